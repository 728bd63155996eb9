package org.readout.synthetic;

import org.readout.extract.Participant;
import org.readout.link.DocLink;
import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.LinkedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the engine made of a generated corpus, against what was generated: each encounter is found as the engagement
 * its documents are linked to, and is recovered when that engagement holds exactly its documents, each in its
 * relation, and every field (status, format, setting, day, local time, duration, place, host, occasion, participants
 * with country and office) is the generated one. Documents are matched by the generated file name that ends their
 * source; their kind and issuer are checked too.
 */
public record Recovery(int encounters, int recovered, int documents, int documentsRight, Map<String, Integer> wrong,
                       List<String> examples) {
    private static final int EXAMPLES = 20;

    public Recovery {
        wrong = Map.copyOf(wrong);
        examples = List.copyOf(examples);
    }

    /** One line: {@code recovered=R/E encounters, documents right D/N}, then the fields most often wrong. */
    public String summary() {
        String fields = wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return "recovered=" + recovered + "/" + encounters + " documents_right=" + documentsRight + "/" + documents
                + (fields.isEmpty() ? "" : " wrong: " + fields);
    }

    public static Recovery of(List<Story> stories, LinkedCorpus corpus) {
        Map<String, LinkedDocument> byName = new HashMap<>();
        Map<String, String> nameOfId = new HashMap<>();
        for (LinkedDocument d : corpus.documents()) {
            String source = d.summary().source();
            String name = source.substring(source.lastIndexOf('/') + 1);
            byName.put(name, d);
            nameOfId.put(d.summary().id(), name);
        }
        Map<String, Engagement> engagements = corpus.engagements().stream().collect(Collectors.toMap(Engagement::id, Function.identity()));
        Map<String, Integer> wrong = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int recovered = 0;
        int documents = 0;
        int documentsRight = 0;
        for (Story story : stories) {
            for (SyntheticDocument d : story.documents()) {
                documents++;
                LinkedDocument ld = byName.get(d.name());
                if (ld != null && d.kind().equals(ld.summary().kind()) && Objects.equals(d.issuer(), ld.issuerCountry())) documentsRight++;
            }
            List<String> faults = faults(story, byName, engagements, nameOfId);
            if (faults.isEmpty()) recovered++;
            for (String f : faults) wrong.merge(f.substring(0, f.indexOf(':')), 1, Integer::sum);
            if (!faults.isEmpty() && examples.size() < EXAMPLES) examples.add("encounter " + story.planned().index() + ": " + String.join("; ", faults));
        }
        return new Recovery(stories.size(), recovered, documents, documentsRight, wrong, examples);
    }

    private static List<String> faults(Story story, Map<String, LinkedDocument> byName, Map<String, Engagement> engagements,
                                       Map<String, String> nameOfId) {
        Encounter want = story.expected();
        Map<String, Integer> votes = new TreeMap<>();
        for (SyntheticDocument d : story.documents()) {
            LinkedDocument ld = byName.get(d.name());
            if (ld == null) continue;
            for (DocLink l : ld.engagements()) if (l.relation().equals(d.relation())) votes.merge(l.id(), 1, Integer::sum);
        }
        if (votes.isEmpty()) return List.of("missing: no engagement");
        String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Engagement got = engagements.get(best);
        List<String> faults = new ArrayList<>();
        Set<String> wantDocs = story.documents().stream().map(d -> d.name() + " " + d.relation()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> gotDocs = got.documents().stream().map(l -> nameOfId.get(l.id()) + " " + l.relation()).collect(Collectors.toCollection(TreeSet::new));
        check(faults, "documents", wantDocs, gotDocs);
        check(faults, "status", want.status(), got.status());
        check(faults, "format", want.format(), got.format());
        check(faults, "setting", want.setting(), got.setting());
        check(faults, "date", want.date(), got.date());
        check(faults, "local_time", want.localTime(), got.localTime());
        check(faults, "duration", want.durationMinutes(), got.durationMinutes());
        check(faults, "location", want.location(), got.location());
        check(faults, "host", want.host(), got.host());
        check(faults, "occasion", want.occasion(), got.occasion());
        Set<String> wantPeople = want.sides().stream().map(s -> s.name() + " (" + s.country() + ", " + s.role() + ")")
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> gotPeople = new TreeSet<>();
        for (Participant p : got.participants()) gotPeople.add(p.name() + " (" + p.country() + ", " + p.role() + ")");
        check(faults, "participants", wantPeople, gotPeople);
        return faults;
    }

    private static void check(List<String> faults, String field, Object want, Object got) {
        if (!Objects.equals(want, got)) faults.add(field + ": want " + want + ", got " + got);
    }
}
