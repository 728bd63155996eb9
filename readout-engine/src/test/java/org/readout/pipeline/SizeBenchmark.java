package org.readout.pipeline;

import org.readout.Readout;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A benchmark, not a test: one generated document of N MB of diplomatic prose through {@link Pipeline#process}, for
 * each size given, to check that the time grows linearly with the size.
 *
 * <pre>
 * mvn -q -B -ntp -pl readout-engine -am test-compile
 * java -Xmx4g -cp readout-engine/target/test-classes:readout-engine/target/classes:$(cat cp.txt) org.readout.pipeline.SizeBenchmark 1 2 5 10
 * </pre>
 * (cp.txt from {@code mvn -pl readout-engine dependency:build-classpath -Dmdep.outputFile=cp.txt}.)
 */
public final class SizeBenchmark {
    private static final String[] PEOPLE = {"Foreign Minister Yoshimasa Hayashi of Japan", "Minister of Foreign Affairs Qin Gang of China",
            "Foreign Minister Penny Wong of Australia", "Foreign Minister Park Jin of the Republic of Korea",
            "Foreign Minister Retno Marsudi of Indonesia", "External Affairs Minister S. Jaishankar of India",
            "Foreign Minister Annalena Baerbock of Germany"};
    private static final String[] MEETS = {"held a telephone talk with", "met", "held talks in Jakarta with", "spoke by phone with",
            "will visit Canberra next week to meet", "had a bilateral meeting with"};
    private static final String[] SPEAKERS = {"Minister Hayashi", "Minister Qin", "The Chinese side", "Both ministers", "Minister Wong",
            "Minister Park", "The two ministers", "Minister Marsudi"};
    private static final String[] ACTS = {"expressed serious concerns regarding", "strongly called for the prompt lifting of",
            "urged the other side to stop", "rejected the claims about", "exchanged views on", "welcomed the progress made on",
            "stressed the need for dialogue on", "agreed to continue close communication on", "praised the cooperation on"};
    private static final String[] OBJECTS = {"the situation in the East China Sea", "import restrictions on Japanese food products",
            "the release of detained nationals", "the situation in Ukraine", "recent missile launches by North Korea",
            "economic security and supply chains", "maritime safety in the Taiwan Strait", "climate finance for the Pacific"};
    private static final String[] TAILS = {"on Monday, according to a statement released by the ministry",
            "for about forty minutes on March 14, 2023", "on the sidelines of the G20 meeting in New Delhi",
            "while noting that both countries would keep working closely together in the months ahead",
            "at 10 a.m. local time on 6 June 2023 in Jakarta", "last week, the ministry said"};

    private SizeBenchmark() {
    }

    /** About {@code bytes} of prose: paragraphs of an encounter between two ministers and four of their statements, with dates, times and places. */
    static String prose(int bytes, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes + 512);
        sb.append("Foreign Ministers' Talks\n\nMarch 15, 2023\n\n");
        while (sb.length() < bytes) {
            sb.append(pick(r, PEOPLE)).append(' ').append(pick(r, MEETS)).append(' ').append(pick(r, PEOPLE)).append(' ')
                    .append(pick(r, TAILS)).append(". ");
            for (int i = 0; i < 4; i++) {
                sb.append(pick(r, SPEAKERS)).append(' ').append(pick(r, ACTS)).append(' ').append(pick(r, OBJECTS)).append(' ')
                        .append(pick(r, TAILS)).append(". ");
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    public static void main(String[] args) throws Exception {
        Pipeline pipeline = Readout.bundled().pipeline();
        pipeline.process(raw(prose(200_000, 1)));  // warm-up
        for (String arg : args.length == 0 ? new String[]{"1", "2", "5", "10"} : args) {
            double mb = Double.parseDouble(arg);
            RawDocument raw = raw(prose((int) (mb * (1 << 20)), 42));
            long t0 = System.nanoTime();
            ProcessedDocument doc = pipeline.process(raw);
            System.out.printf("%s MB: %.1f s, %d sentences, %d statements%n", arg, (System.nanoTime() - t0) / 1e9,
                    doc.sentences().size(), doc.extraction().statements().size());
        }
    }

    private static RawDocument raw(String text) {
        return new RawDocument("bench.txt", "bench.txt", text.getBytes(StandardCharsets.UTF_8), SourceMeta.EMPTY);
    }
}
