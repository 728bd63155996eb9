package org.readout.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns of {@code junk.tsv}: what ends an article, what page furniture to drop, what starts a headline list. */
record JunkRules(List<Pattern> cut, List<Pattern> endCut, List<Pattern> drop, List<Pattern> list, List<Pattern> noTitle,
                 List<Pattern> backlink, List<Pattern> titlePrefix, List<Pattern> htmlClass) {

    static JunkRules load() {
        return load(null);
    }

    static JunkRules load(Path userDir) {
        return parse(Tsv.read("junk.tsv", userDir));
    }

    static JunkRules parse(List<Tsv.Row> rows) {
        List<Pattern> cut = new ArrayList<>(), endCut = new ArrayList<>(), drop = new ArrayList<>(), list = new ArrayList<>(),
                noTitle = new ArrayList<>(), backlink = new ArrayList<>(), titlePrefix = new ArrayList<>(),
                htmlClass = new ArrayList<>();
        for (Tsv.Row row : rows) {
            List<Pattern> target = switch (row.cell(0)) {
                case "cut" -> cut;
                case "endcut" -> endCut;
                case "drop" -> drop;
                case "list" -> list;
                case "notitle" -> noTitle;
                case "backlink" -> backlink;
                case "titleprefix" -> titlePrefix;
                case "htmlclass" -> htmlClass;
                default -> throw row.error("unknown rule kind " + row.cell(0));
            };
            target.add(row.pattern(1));
        }
        return new JunkRules(List.copyOf(cut), List.copyOf(endCut), List.copyOf(drop), List.copyOf(list), List.copyOf(noTitle),
                List.copyOf(backlink), List.copyOf(titlePrefix), List.copyOf(htmlClass));
    }

    boolean cuts(String line) {
        return any(cut, line);
    }

    /** A line that ends the article only where little prose follows it (a copyright line; inside an article, a photo credit). */
    boolean cutsAtEnd(String line) {
        return any(endCut, line);
    }

    boolean drops(String line) {
        return any(drop, line);
    }

    boolean startsList(String line) {
        return any(list, line);
    }

    boolean neverTitle(String line) {
        return any(noTitle, line);
    }

    String withoutTitlePrefix(String line) {
        for (Pattern p : titlePrefix) {
            line = p.matcher(line).replaceFirst("");
        }
        return line;
    }

    /** Whether one class name or id, whole and in lower case, names page furniture. */
    boolean isFurnitureClass(String classOrId) {
        for (Pattern p : htmlClass) {
            if (p.matcher(classOrId).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The section a "Back to X" line names, if it is one. */
    Optional<String> backlinkTarget(String line) {
        for (Pattern p : backlink) {
            Matcher m = p.matcher(line);
            if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean any(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
