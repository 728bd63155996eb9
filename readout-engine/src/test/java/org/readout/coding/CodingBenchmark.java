package org.readout.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small benchmark (not a test): load time of the coding dictionaries and matching throughput on a
 * few hundred synthetic readout sentences of about 30 words.
 *
 * <pre>
 * cd /work/wt-coding &amp;&amp; mvn -q -B -o -pl readout-engine test-compile
 * java -cp readout-engine/target/test-classes:readout-engine/target/classes org.readout.coding.CodingBenchmark [sentences] [rounds]
 * </pre>
 */
public final class CodingBenchmark {

    private static final String[] SUBJECTS = {
        "Foreign Minister Hayashi", "Minister for Foreign Affairs Kamikawa", "The Chinese side",
        "Secretary of State Blinken", "Prime Minister Kishida", "The spokesperson of the Ministry",
        "President Yoon", "The two ministers", "Both leaders", "Vice Minister Okano"};
    private static final String[] ACTS = {
        "expressed serious concerns regarding", "strongly called for the prompt lifting of",
        "concurred on continuing close communication on", "expressed his gratitude for",
        "urged the Japanese side to stop", "rejected the claims about", "exchanged views on",
        "lodged solemn representations over", "welcomed the progress made on", "reiterated the importance of",
        "stressed the need for dialogue on", "condemned in the strongest terms", "discussed",
        "shared the view to further strengthen cooperation on", "made requests based on the agreement on",
        "stated that the government would continue to monitor", "warned against unilateral changes to",
        "signed a memorandum of cooperation on", "pledged humanitarian assistance for", "invited his counterpart to discuss"};
    private static final String[] OBJECTS = {
        "the situation in the East China Sea", "import restrictions on Japanese food products",
        "the release of detained nationals", "the rescue of the crew", "the situation in Ukraine",
        "recent missile launches by North Korea", "economic security and supply chains",
        "the security environment of the Indo-Pacific region", "maritime safety in the Taiwan Strait"};
    private static final String[] TAILS = {
        "during a meeting held in Tokyo on Monday, according to a statement released afterwards by the ministry",
        "in a telephone talk that lasted about forty minutes, the foreign ministry said in a press release",
        "at the start of the bilateral meeting on the margins of the summit, officials told reporters later",
        "while noting that both countries would keep working closely together in the months ahead"};

    private CodingBenchmark() {
    }

    static List<String> sentences(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + ACTS[r.nextInt(ACTS.length)] + " "
                    + OBJECTS[r.nextInt(OBJECTS.length)] + " " + TAILS[r.nextInt(TAILS.length)] + ".");
        }
        return out;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;

        long t0 = System.nanoTime();
        EventCoder coder = EventCoder.load();
        long t1 = System.nanoTime();
        VerbDictionary verbs = VerbDictionary.load();
        long t2 = System.nanoTime();
        DiplomaticPatterns diplomatic = DiplomaticPatterns.load();
        long t3 = System.nanoTime();
        SpeechActLexicon lexicon = new SpeechActLexicon(verbs, diplomatic, coder);
        long t4 = System.nanoTime();
        System.out.printf("load (cold JVM): event coder %.0f ms, PETRARCH dictionary %.0f ms, diplomatic patterns %.0f ms,"
                        + " lexicon build %.0f ms, total %.0f ms%n",
                ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0));
        System.out.printf("patterns: %d diplomatic, %d PETRARCH (incl. coded bare verbs)%n",
                lexicon.patternCount(SpeechActMatch.Origin.DIPLOMATIC), lexicon.patternCount(SpeechActMatch.Origin.PETRARCH));

        List<String> sentences = sentences(n, 42);
        int words = 0;
        for (String s : sentences) words += SpeechActLexicon.tokens(s).size();
        System.out.printf("%d synthetic sentences, %.1f words on average%n", n, words / (double) n);

        long first = System.nanoTime();
        int matches = 0;
        for (String s : sentences) matches += lexicon.find(s).size();
        double firstMs = ms(System.nanoTime() - first);
        System.out.printf("first pass (cold): %.1f ms, %.0f sentences/s, %d matches%n", firstMs, n / (firstMs / 1000), matches);

        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) for (String s : sentences) matches += lexicon.find(s).size();
        double total = ms(System.nanoTime() - start);
        double perSentence = total / (rounds * (double) n);
        System.out.printf("warm: %d sentences in %.1f ms: %.0f sentences/s, %.1f µs per sentence%n",
                rounds * n, total, rounds * n / (total / 1000), perSentence * 1000);
        System.out.println("example: " + sentences.get(0));
        for (SpeechActMatch m : lexicon.find(sentences.get(0)))
            System.out.printf("  [%s] %s %s %s%n", m.text(), m.cameo(), m.origin(),
                    m.event() == null ? "" : m.event().name() + " / " + m.event().ploverType());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
