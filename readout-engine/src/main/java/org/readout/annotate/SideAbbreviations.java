package org.readout.annotate;

import org.readout.knowledge.Countries;
import org.readout.knowledge.KnowledgeBase;
import org.readout.knowledge.People;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Chinese names each side of an encounter by the first character of its country's name and a word for "side" (cue kind
 * {@code side-suffix}: "中方愿同日方一道", China's side, Japan's). Such a word is that country's mention when exactly one country the page names otherwise (by
 * name, or as the country of a person it names) begins with the character, and the word is no common one of cue kind
 * {@code not-side} ("西方", the West; "双方", both sides).
 */
final class SideAbbreviations {
    private SideAbbreviations() {
    }

    /** The sides so abbreviated in {@code sentences}, given the mentions found in them. */
    static List<Mention> find(KnowledgeBase kb, List<Sentence> sentences, List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.COUNTRY) named.add(m.as(Countries.Ref.class).iso3());
            else if (m.type() == MentionType.PERSON) named.addAll(m.as(People.NameForm.class).countries());
        }
        List<Mention> out = new ArrayList<>();
        if (named.isEmpty()) return out;
        for (Sentence s : sentences) {
            Matcher m = kb.cues().sideAbbreviation().matcher(s.text());
            while (m.find()) {
                boolean common = kb.cues().notSide(m.group()) || m.start() > 0 && kb.cues().notSide(s.text().substring(m.start() - 1, m.end()));
                if (common) continue;
                String country = onlyOne(kb.countries().withHanInitial(m.group().charAt(0)), named);
                int start = s.start() + m.start();
                if (country == null || inside(mentions, start)) continue;
                out.add(new Mention(MentionType.COUNTRY, s.index(), start, s.start() + m.end(), m.group(), new Countries.Ref(country, Countries.Form.NAME)));
            }
        }
        return out;
    }

    private static String onlyOne(Set<String> beginning, Set<String> named) {
        String found = null;
        for (String iso3 : beginning) {
            if (!named.contains(iso3)) continue;
            if (found != null) return null;
            found = iso3;
        }
        return found;
    }

    /** "中方" inside a longer name the knowledge base knows is part of that name. */
    private static boolean inside(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m.start() <= at && at < m.end()) return true;
        return false;
    }
}
