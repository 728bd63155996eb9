package org.readout.source.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as RFC 9309 reads it: the groups naming this crawler's product token ({@code readout}), else
 * those for {@code *}; of the {@code Allow} and {@code Disallow} rules matching a path the longest wins, and
 * {@code Allow} on a tie; {@code *} matches any characters and a final {@code $} the end. {@code Crawl-delay} in
 * the chosen groups is kept too.
 */
final class RobotsTxt {
    static final String AGENT = "readout";
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);

    private record Rule(boolean allow, String path, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    static RobotsTxt parse(String text) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        Duration[] delays = new Duration[2];
        boolean named = false;
        boolean forUs = false;
        boolean forAnyone = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!inAgents) {
                    forUs = false;
                    forAnyone = false;
                }
                inAgents = true;
                String token = value.toLowerCase(Locale.ROOT).replaceFirst("[^a-z_*-].*", "");
                forUs |= token.equals(AGENT);
                named |= forUs;
                forAnyone |= token.equals("*");
                continue;
            }
            inAgents = false;
            if (field.equals("allow") || field.equals("disallow")) {
                if (value.isEmpty()) continue;
                Rule rule = new Rule(field.equals("allow"), value, pattern(value));
                if (forUs) ours.add(rule);
                if (forAnyone) anyone.add(rule);
            } else if (field.equals("crawl-delay")) {
                Duration d = seconds(value);
                if (forUs && delays[0] == null) delays[0] = d;
                if (forAnyone && delays[1] == null) delays[1] = d;
            }
        }
        return named ? new RobotsTxt(List.copyOf(ours), delays[0]) : new RobotsTxt(List.copyOf(anyone), delays[1]);
    }

    /** Whether a path (with its query) may be fetched; {@code /robots.txt} itself always may. */
    boolean allows(String pathAndQuery) {
        if (pathAndQuery.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule r : rules) {
            if (!r.pattern.matcher(pathAndQuery).lookingAt()) continue;
            if (best == null || r.path.length() > best.path.length() || (r.path.length() == best.path.length() && r.allow)) best = r;
        }
        return best == null || best.allow;
    }

    /** The Crawl-delay asked for, or null. */
    Duration crawlDelay() {
        return crawlDelay;
    }

    private static Pattern pattern(String path) {
        boolean anchored = path.endsWith("$");
        StringJoiner regex = new StringJoiner(".*", "", anchored ? "$" : "");
        for (String part : (anchored ? path.substring(0, path.length() - 1) : path).split("\\*", -1)) regex.add(Pattern.quote(part));
        return Pattern.compile(regex.toString());
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s > 0 && s < 86_400 ? Duration.ofMillis((long) (s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
