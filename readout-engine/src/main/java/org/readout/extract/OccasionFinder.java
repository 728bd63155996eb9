package org.readout.extract;

import org.readout.annotate.AnnotatedDocument;
import org.readout.annotate.Sentence;
import org.readout.knowledge.Cues;
import org.readout.knowledge.Occasions;
import org.readout.knowledge.PhraseIndex;

import java.time.LocalDate;

/**
 * The recurring summit or ministerial an encounter was held at ("on the sidelines of the G20 summit in
 * Osaka", "at the 79th General Assembly"), from the knowledge base's occasions: the edition the words
 * name, or the edition of a series held around the day. Only a name after an occasion marker counts,
 * so "ASEAN" as a subject of talks is no occasion.
 */
final class OccasionFinder {
    /** What the sentence says the encounter was held at: a known edition, or only the words. */
    record Found(Occasions.Occasion edition, String series, String words, String country) {
        String name() {
            return edition != null ? edition.name() : words;
        }
    }

    private final Occasions occasions;
    private final Cues cues;

    OccasionFinder(Occasions occasions, Cues cues) {
        this.occasions = occasions;
        this.cues = cues;
    }

    /** "the G7 summit in Canada", "the BRICS summit in Kazan": the country where the words say it was held. */
    private String countryAfter(AnnotatedDocument doc, Sentence s, int end) {
        String text = doc.document().text();
        for (org.readout.annotate.Mention m : doc.mentionsIn(s.index())) {
            if (m.start() < end || !cues.occasionPlace().matcher(text.substring(end, m.start())).matches()) continue;
            if (m.type() == org.readout.annotate.MentionType.COUNTRY) return m.as(org.readout.knowledge.Countries.Ref.class).iso3();
            if (m.type() == org.readout.annotate.MentionType.PLACE) return m.as(org.readout.knowledge.Place.class).country();
        }
        return null;
    }

    /** Every edition of a series the knowledge base knows. */
    java.util.List<Occasions.Occasion> editions(String series) {
        return occasions.editions(series);
    }

    /**
     * @param day the encounter's day if known, else the publication day, else null
     * @param elsewhere document positions that tell of another encounter ("after the recent meeting at the G20 summit")
     */
    Found find(AnnotatedDocument doc, Sentence s, LocalDate day, java.util.function.IntPredicate elsewhere) {
        String text = s.text();
        for (PhraseIndex.Match<Occasions.Ref> m : occasions.find(text)) {
            if (elsewhere.test(s.start() + m.start())) continue;
            if (!cues.occasionMarker().matcher(text.substring(0, m.start())).find()) continue;
            Occasions.Occasion edition = m.value().edition();
            if (edition == null) edition = occasions.edition(m.value().series(), day).orElse(null);
            return new Found(edition, m.value().series(), m.text(), countryAfter(doc, s, s.start() + m.end()));
        }
        return null;
    }
}
