package org.readout.issues;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readout.knowledge.Tsv;
import org.readout.knowledge.Tsv.Row;

/**
 * The issue taxonomy: categories ({@code categories.tsv}), issues ({@code issues.tsv}) and phrases
 * that are not issues ({@code not-issues.tsv}), and the words that label a clause on no issue
 * ({@code label-words.tsv}), bundled under {@code readout/issues/} and extended by a user's files of
 * the same names. The formats are documented in the head of each file.
 */
public final class IssueTaxonomy {

    public static final String ISSUES_FILE = "issues.tsv";
    public static final String CATEGORIES_FILE = "categories.tsv";
    public static final String NOT_ISSUES_FILE = "not-issues.tsv";
    private static final String RESOURCE_DIR = "readout/issues/";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    /** A phrase the tagger knows: an alias ({@code country} null), a side's wording, or a not-issue ({@code issue} null). */
    record Phrase(String text, Issue issue, String country) {
    }

    private final Map<String, IssueCategory> categories;
    private final Map<String, Issue> issues;
    private final List<String> notIssues;
    private final Map<String, Phrase> phrases;
    private final List<String> warnings;
    private final ClauseLabel labels;
    private volatile IssueTagger tagger;

    private IssueTaxonomy(Map<String, IssueCategory> categories, Map<String, Issue> issues, List<String> notIssues,
                          Map<String, Phrase> phrases, List<String> warnings, ClauseLabel labels) {
        this.categories = Collections.unmodifiableMap(categories);
        this.issues = Collections.unmodifiableMap(issues);
        this.notIssues = List.copyOf(notIssues);
        this.phrases = Collections.unmodifiableMap(phrases);
        this.warnings = List.copyOf(warnings);
        this.labels = labels;
    }

    private static volatile IssueTaxonomy bundled;

    /** The bundled taxonomy alone, loaded once per JVM. */
    public static IssueTaxonomy bundled() {
        IssueTaxonomy t = bundled;
        if (t == null) {
            synchronized (IssueTaxonomy.class) {
                if (bundled == null) bundled = load(null);
                t = bundled;
            }
        }
        return t;
    }

    /**
     * The bundled taxonomy, extended by the files of the same names in {@code userDirOrNull} when
     * that is given (missing files are skipped).
     *
     * @throws IllegalArgumentException for a malformed row, with its file and line
     * @throws UncheckedIOException     when a user file cannot be read
     */
    public static IssueTaxonomy load(Path userDirOrNull) {
        Map<String, IssueCategory> categories = new LinkedHashMap<>();
        for (Row r : rows(CATEGORIES_FILE, userDirOrNull)) {
            String name = r.get(0);
            if (!CATEGORY.matcher(name).matches()) throw r.error("bad category name '" + name + "'");
            if (r.cells().length > 4) throw r.error("more than 4 columns");
            String plover = r.get(1).isEmpty() ? name : r.get(1);
            String origin = r.get(2).isEmpty() ? "readout" : r.get(2);
            categories.put(name, new IssueCategory(name, plover, origin, r.get(3)));
        }

        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Row r : rows(ISSUES_FILE, userDirOrNull)) {
            String id = r.get(0);
            if (!ID.matcher(id).matches()) throw r.error("bad issue id '" + id + "' (lower-case letters, digits, hyphens)");
            if (r.cells().length > 5) throw r.error("more than 5 columns");
            Draft d = drafts.get(id);
            if (d == null) {
                d = new Draft(id);
                drafts.put(id, d);
            }
            d.apply(r);
        }

        Map<String, Issue> issues = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            if (d.label.isEmpty()) throw d.last.error("issue " + d.id + " has no label");
            if (!categories.containsKey(d.category)) {
                throw d.last.error("issue " + d.id + ": unknown category '" + d.category + "' (see " + CATEGORIES_FILE + ")");
            }
            if (d.aliases.isEmpty() && d.wordings.isEmpty()) throw d.last.error("issue " + d.id + " has no phrase");
            issues.put(d.id, new Issue(d.id, d.label, d.category, d.aliases, d.wordings));
        }

        List<String> notIssues = new ArrayList<>();
        for (Row r : rows(NOT_ISSUES_FILE, userDirOrNull)) {
            checkPhrase(r, r.get(0));
            notIssues.add(r.get(0));
        }

        List<String> warnings = new ArrayList<>();
        Map<String, Phrase> phrases = resolve(issues.values(), notIssues, warnings);
        return new IssueTaxonomy(categories, issues, notIssues, phrases, warnings,
                new ClauseLabel(rows(ClauseLabel.FILE, userDirOrNull)));
    }

    /** Every phrase by its key; where two claim one key the later wins and a warning says so. */
    private static Map<String, Phrase> resolve(Collection<Issue> issues, List<String> notIssues, List<String> warnings) {
        Map<String, Phrase> all = new LinkedHashMap<>();
        for (Issue issue : issues) {
            Map<String, Phrase> own = new LinkedHashMap<>();
            for (String a : issue.aliases()) own.putIfAbsent(PhraseForm.key(a), new Phrase(a, issue, null));
            issue.wordings().forEach((country, list) -> {
                for (String w : list) {
                    Phrase prev = own.put(PhraseForm.key(w), new Phrase(w, issue, country));
                    if (prev != null && prev.country() != null && !prev.country().equals(country)) {
                        warnings.add("issue " + issue.id() + ": '" + w + "' is a wording of both "
                                + prev.country() + " and " + country + "; " + country + " kept");
                    }
                }
            });
            own.forEach((key, p) -> {
                Phrase prev = all.put(key, p);
                if (prev != null && prev.issue() != null && prev.issue() != issue) {
                    warnings.add("'" + p.text() + "' names both " + prev.issue().id() + " and " + issue.id()
                            + "; " + issue.id() + " kept");
                }
            });
        }
        for (String n : notIssues) {
            Phrase prev = all.put(PhraseForm.key(n), new Phrase(n, null, null));
            if (prev != null && prev.issue() != null) {
                warnings.add("'" + n + "' is listed as not an issue but names " + prev.issue().id() + "; not-issue kept");
            }
        }
        return all;
    }

    public List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    public Optional<Issue> byId(String id) {
        return Optional.ofNullable(issues.get(id));
    }

    public List<Issue> inCategory(String category) {
        return issues.values().stream().filter(i -> i.category().equals(category)).toList();
    }

    public List<IssueCategory> categories() {
        return List.copyOf(categories.values());
    }

    public Optional<IssueCategory> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    /** Phrases that contain an alias but name no issue. */
    public List<String> notIssues() {
        return notIssues;
    }

    /** The issue a phrase of the taxonomy identifies, compared as the tagger compares; empty for unknown phrases and not-issues. */
    public Optional<Issue> issueOf(String phrase) {
        Phrase p = phrases.get(PhraseForm.key(phrase));
        return p == null ? Optional.empty() : Optional.ofNullable(p.issue());
    }

    /** Conflicts found while loading (a phrase claimed by two issues, ...): empty for a clean taxonomy. */
    public List<String> warnings() {
        return warnings;
    }

    /** The tagger over this taxonomy, built once. */
    public IssueTagger tagger() {
        IssueTagger t = tagger;
        if (t == null) {
            synchronized (this) {
                if (tagger == null) tagger = new IssueTagger(this);
                t = tagger;
            }
        }
        return t;
    }

    /** What labels a clause on no issue with its own words. */
    ClauseLabel labels() {
        return labels;
    }

    Collection<Phrase> phrases() {
        return phrases.values();
    }

    // ------------------------------------------------------------------ reading

    private static final class Draft {
        final String id;
        String label = "";
        String category = "";
        final List<String> aliases = new ArrayList<>();
        final Map<String, List<String>> wordings = new LinkedHashMap<>();
        Row last;

        Draft(String id) {
            this.id = id;
        }

        void apply(Row r) {
            last = r;
            if (!r.get(1).isEmpty()) label = r.get(1);
            if (!r.get(2).isEmpty()) category = r.get(2);
            String a = r.get(3);
            if (!a.isEmpty()) {
                boolean add = a.startsWith("+");
                if (!add) aliases.clear();
                for (String p : split(add ? a.substring(1) : a, "\\|")) {
                    checkPhrase(r, p);
                    aliases.add(p);
                }
            }
            String w = r.get(4);
            if (!w.isEmpty()) {
                boolean add = w.startsWith("+");
                if (!add) wordings.clear();
                for (String side : split(add ? w.substring(1) : w, ";")) {
                    int eq = side.indexOf('=');
                    if (eq < 0) throw r.error("wording '" + side + "' is not CODE=phrase|phrase");
                    String country = side.substring(0, eq).strip();
                    if (!COUNTRY.matcher(country).matches()) throw r.error("bad country code '" + country + "' (ISO 3166 alpha-3)");
                    List<String> list = wordings.computeIfAbsent(country, k -> new ArrayList<>());
                    for (String p : split(side.substring(eq + 1), "\\|")) {
                        checkPhrase(r, p);
                        list.add(p);
                    }
                    if (list.isEmpty()) throw r.error("no wording for " + country);
                }
            }
        }
    }

    private static void checkPhrase(Row r, String p) {
        if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
            throw r.error("phrase '" + p + "' must start with a letter or digit");
        }
    }

    private static List<String> split(String s, String regex) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(regex)) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static List<Row> rows(String name, Path userDir) {
        return Tsv.load(RESOURCE_DIR, name, userDir);
    }
}
