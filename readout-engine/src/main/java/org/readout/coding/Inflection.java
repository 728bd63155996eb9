package org.readout.coding;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Regular English inflection for matching: verb forms (-s, -ed, -ing) and noun plurals, plus a
 * small table of irregular verbs common in diplomatic text. Forms are generated generously (both
 * "visited" and "visitted" for a consonant-vowel-consonant ending): extra spellings never occur in
 * text, missing ones lose matches.
 */
final class Inflection {

    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("be", new String[] {"am", "is", "are", "was", "were", "been", "being"}),
            Map.entry("have", new String[] {"has", "had", "having"}),
            Map.entry("do", new String[] {"does", "did", "done", "doing"}),
            Map.entry("hold", new String[] {"held"}),
            Map.entry("make", new String[] {"made"}),
            Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("undertake", new String[] {"undertook", "undertaken"}),
            Map.entry("give", new String[] {"gave", "given"}),
            Map.entry("forgive", new String[] {"forgave", "forgiven"}),
            Map.entry("meet", new String[] {"met"}),
            Map.entry("send", new String[] {"sent"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}),
            Map.entry("say", new String[] {"said"}),
            Map.entry("tell", new String[] {"told"}),
            Map.entry("see", new String[] {"saw", "seen"}),
            Map.entry("come", new String[] {"came"}),
            Map.entry("go", new String[] {"goes", "went", "gone"}),
            Map.entry("put", new String[] {"put"}),
            Map.entry("set", new String[] {"set"}),
            Map.entry("keep", new String[] {"kept"}),
            Map.entry("lead", new String[] {"led"}),
            Map.entry("seek", new String[] {"sought"}),
            Map.entry("bring", new String[] {"brought"}),
            Map.entry("understand", new String[] {"understood"}),
            Map.entry("write", new String[] {"wrote", "written"}),
            Map.entry("strike", new String[] {"struck", "stricken"}),
            Map.entry("lay", new String[] {"laid"}),
            Map.entry("pay", new String[] {"paid"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
            Map.entry("draw", new String[] {"drew", "drawn"}),
            Map.entry("begin", new String[] {"began", "begun"}),
            Map.entry("break", new String[] {"broke", "broken"}),
            Map.entry("stand", new String[] {"stood"}),
            Map.entry("show", new String[] {"shown"}),
            Map.entry("know", new String[] {"knew", "known"}),
            Map.entry("think", new String[] {"thought"}),
            Map.entry("feel", new String[] {"felt"}),
            Map.entry("leave", new String[] {"left"}),
            Map.entry("shake", new String[] {"shook", "shaken"}),
            Map.entry("get", new String[] {"got", "gotten"}),
            Map.entry("find", new String[] {"found"}),
            Map.entry("deal", new String[] {"dealt"}),
            Map.entry("hear", new String[] {"heard"}),
            Map.entry("fight", new String[] {"fought"}),
            Map.entry("win", new String[] {"won"}),
            Map.entry("spread", new String[] {"spread"}),
            Map.entry("forbid", new String[] {"forbade", "forbidden"}),
            Map.entry("lend", new String[] {"lent"}),
            Map.entry("spend", new String[] {"spent"}),
            Map.entry("build", new String[] {"built"}),
            Map.entry("sell", new String[] {"sold"}),
            Map.entry("buy", new String[] {"bought"}),
            Map.entry("rise", new String[] {"rose", "risen"}),
            Map.entry("choose", new String[] {"chose", "chosen"}),
            Map.entry("mean", new String[] {"meant"}));

    private Inflection() {
    }

    /** The word itself and every regular verb and noun form of it, plus irregular verb forms. */
    static Set<String> anyForm(String word) {
        Set<String> out = new LinkedHashSet<>(verbForms(word));
        out.add(plural(word));
        return out;
    }

    /** Base, third person singular, past / past participle and present participle forms. */
    static Set<String> verbForms(String v) {
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        if (v.isEmpty() || !Character.isLetter(v.charAt(v.length() - 1))) return out;
        out.add(thirdPerson(v));
        char last = v.charAt(v.length() - 1);
        boolean consonantY = last == 'y' && v.length() > 1 && !isVowel(v.charAt(v.length() - 2));
        if (last == 'e') {
            out.add(v + "d");
            if (v.endsWith("ie")) out.add(v.substring(0, v.length() - 2) + "ying");
            else if (v.endsWith("ee") || v.endsWith("ye") || v.endsWith("oe")) out.add(v + "ing");
            else out.add(v.substring(0, v.length() - 1) + "ing");
        } else if (consonantY) {
            out.add(v.substring(0, v.length() - 1) + "ied");
            out.add(v + "ing");
        } else {
            out.add(v + "ed");
            out.add(v + "ing");
            if (endsConsonantVowelConsonant(v)) {
                out.add(v + last + "ed");
                out.add(v + last + "ing");
            }
        }
        String[] irregular = IRREGULAR.get(v);
        if (irregular != null) for (String f : irregular) out.add(f);
        return out;
    }

    static String thirdPerson(String v) {
        if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh")) return v + "es";
        if (v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v.substring(0, v.length() - 1) + "ies";
        if (v.endsWith("o") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2))) return v + "es";
        return v + "s";
    }

    /** The regular plural of a noun. */
    static String plural(String n) {
        if (n.endsWith("s") || n.endsWith("x") || n.endsWith("z") || n.endsWith("ch") || n.endsWith("sh")) return n + "es";
        if (n.endsWith("y") && n.length() > 1 && !isVowel(n.charAt(n.length() - 2))) return n.substring(0, n.length() - 1) + "ies";
        return n + "s";
    }

    private static boolean endsConsonantVowelConsonant(String v) {
        int n = v.length();
        if (n < 3) return false;
        char c1 = v.charAt(n - 3), c2 = v.charAt(n - 2), c3 = v.charAt(n - 1);
        return !isVowel(c1) && isVowel(c2) && !isVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y'
                && Character.isLetter(c1) && Character.isLetter(c3);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
