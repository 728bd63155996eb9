package org.readout.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every data file the engine reads, and where each comes from. The files a user may give in the knowledge
 * folder ({@link #USER_READABLE}) are all looked up by {@link Tsv#load(String, String, Path)}: the bundled file,
 * extended by the user's file of the same name, or replaced by it when that starts with {@value Tsv#REPLACE_MARKER}.
 * The others (published dictionaries, and word lists of the language itself) come from the engine alone.
 */
public final class KnowledgeFiles {

    /** The bundled resources a user's file of the same name extends or replaces; their names are unique. */
    public static final Set<String> USER_READABLE = Set.of(
            "readout/knowledge/countries.tsv", "readout/knowledge/people.tsv", "readout/knowledge/name-variants.tsv", "readout/knowledge/name-cases.tsv", "readout/knowledge/name-sounds.tsv", "readout/knowledge/places.tsv",
            "readout/knowledge/venues.tsv", "readout/knowledge/titles.tsv", "readout/knowledge/engagement-triggers.tsv",
            "readout/knowledge/engagement-trigger-parts.tsv", "readout/knowledge/status-cues.tsv",
            "readout/knowledge/government-sites.tsv", "readout/knowledge/country-domains.tsv",
            "readout/knowledge/occasions.tsv", "readout/knowledge/occasion-series.tsv",
            "readout/issues/categories.tsv", "readout/issues/issues.tsv", "readout/issues/not-issues.tsv",
            "readout/issues/label-words.tsv",
            "readout/compare/topics.tsv", "readout/coding/diplomatic-patterns.tsv", "readout/coding/irregular-verbs.tsv", "readout/coding/verb-endings.tsv", "readout/coding/clitics.tsv",
            "readout/coding/noun-markers.tsv",
            "readout/clean/junk.tsv", "readout/clean/kinds.tsv", "readout/clean/outlets.tsv", "readout/clean/sites.tsv",
            "readout/extract/cues.tsv");

    public enum Origin {
        /** The bundled file alone. */
        BUNDLED,
        /** The bundled file, then the user's rows. */
        EXTENDED,
        /** The user's file alone. */
        REPLACED
    }

    /** One data file: its bundled resource, whether a user's file can stand in, where it came from, and its rows. */
    public record Listing(String resource, boolean userReadable, Origin origin, Path userFile, int rows) {
        public String name() {
            return KnowledgeFiles.name(resource);
        }
    }

    private KnowledgeFiles() {
    }

    /** Every bundled data file, in resource order, as a user's folder ({@code null}: none) makes it. */
    public static List<Listing> list(Path userDir) {
        List<Listing> out = new ArrayList<>();
        for (String resource : KnowledgeDigest.bundledFiles().keySet()) {
            boolean readable = USER_READABLE.contains(resource);
            Path user = readable ? Tsv.userFile(userDir, name(resource)) : null;
            Origin origin = user == null ? Origin.BUNDLED : Tsv.replacesBundled(user) ? Origin.REPLACED : Origin.EXTENDED;
            int rows = Tsv.load(folder(resource), name(resource), user == null ? null : userDir).size();
            out.add(new Listing(resource, readable, origin, user, rows));
        }
        return out;
    }

    /** The files of a user's folder that the engine does not read (a misspelt name, a file read only from the engine). */
    public static List<Path> unread(Path userDir) {
        if (userDir == null || !Files.isDirectory(userDir)) return List.of();
        Set<String> names = Set.copyOf(USER_READABLE.stream().map(KnowledgeFiles::name).toList());
        try (Stream<Path> files = Files.list(userDir)) {
            return files.filter(Files::isRegularFile).filter(p -> !names.contains(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list knowledge folder " + userDir, e);
        }
    }

    static String name(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static String folder(String resource) {
        return resource.substring(0, resource.lastIndexOf('/') + 1);
    }
}
