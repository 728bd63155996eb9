package org.readout.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.readout.Readout;
import org.readout.annotate.Sentence;
import org.readout.extract.StatementReport;
import org.readout.pipeline.Pipeline;
import org.readout.pipeline.ProcessedDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Statement detection and typing, sentence by sentence, two ways on the same blind-set pages: the engine's speech-act
 * patterns (its statements' sentences and PLOVER types), and nearest-neighbour coding over all-MiniLM-L6-v2 sentence
 * embeddings trained on other halves' gold. Usage:
 * {@code KnnStatements EVAL_DIR PAGES_DIR train-half,... test-half,... [k]}; prints recall, precision and time.
 */
public final class KnnStatements {
    private static final String NONE = "NONE";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sentence of a page with the PLOVER types its gold statements give it (empty: none; "ANY": a statement of unclear type). */
    record Labelled(String half, String file, int index, String text, Set<String> gold, Set<String> engine) {
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args[0]);
        Path pages = Path.of(args[1]);
        List<String> train = List.of(args[2].split(","));
        List<String> test = List.of(args[3].split(","));
        int k = args.length > 4 ? Integer.parseInt(args[4]) : 7;
        Pipeline pipeline = Readout.bundled().pipeline();
        long t0 = System.nanoTime();
        List<Labelled> trainSet = new ArrayList<>();
        for (String h : train) trainSet.addAll(sentences(pipeline, eval, pages, h));
        List<Labelled> testSet = new ArrayList<>();
        long p0 = System.nanoTime();
        for (String h : test) testSet.addAll(sentences(pipeline, eval, pages, h));
        double engineMs = (System.nanoTime() - p0) / 1e6;
        System.out.printf(Locale.ROOT, "sentences: train %d (%d with a statement), test %d (%d); read in %.1f s%n", trainSet.size(),
                trainSet.stream().filter(l -> !l.gold().isEmpty()).count(), testSet.size(),
                testSet.stream().filter(l -> !l.gold().isEmpty()).count(), (System.nanoTime() - t0) / 1e9);

        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm-up");
        float[][] trainVectors = embed(model, trainSet);
        long e0 = System.nanoTime();
        float[][] testVectors = embed(model, testSet);
        double embedMs = (System.nanoTime() - e0) / 1e6;

        List<Set<String>> knn = new ArrayList<>();
        for (float[] v : testVectors) knn.add(nearest(v, trainVectors, trainSet, k));
        List<Set<String>> engine = testSet.stream().map(Labelled::engine).toList();
        List<Set<String>> both = new ArrayList<>();
        for (int i = 0; i < testSet.size(); i++) {
            Set<String> u = new HashSet<>(engine.get(i));
            u.addAll(knn.get(i));
            both.add(u);
        }
        report("patterns (engine)", testSet, engine);
        report("nearest neighbours (k=" + k + ")", testSet, knn);
        report("patterns + neighbours", testSet, both);
        long pagesRead = testSet.stream().map(l -> l.half() + "/" + l.file()).distinct().count();
        System.out.printf(Locale.ROOT, "time on the test pages (%d pages, %d sentences): engine's whole pipeline %.1f ms/page;"
                        + " embedding alone %.1f ms/page (%.2f ms/sentence)%n", pagesRead, testSet.size(), engineMs / pagesRead,
                embedMs / pagesRead, embedMs / testSet.size());
    }

    /** Recall of the gold (sentence, type) pairs and precision of the predicted ones; a gold ANY is met by any type. */
    private static void report(String name, List<Labelled> set, List<Set<String>> predicted) {
        int gold = 0, found = 0, fired = 0, right = 0;
        for (int i = 0; i < set.size(); i++) {
            Set<String> g = set.get(i).gold();
            Set<String> p = predicted.get(i);
            for (String t : g) {
                gold++;
                if (t.equals("ANY") ? !p.isEmpty() : p.contains(t)) found++;
            }
            for (String t : p) {
                fired++;
                if (g.contains(t) || g.contains("ANY")) right++;
            }
        }
        System.out.printf(Locale.ROOT, "%-28s recall %d/%d = %.2f   precision %d/%d = %.2f%n", name, found, gold,
                (double) found / gold, right, fired, fired == 0 ? 0.0 : (double) right / fired);
    }

    private static float[][] embed(EmbeddingModel model, List<Labelled> set) {
        float[][] out = new float[set.size()][];
        int batch = 64;
        for (int from = 0; from < set.size(); from += batch) {
            List<TextSegment> segments = new ArrayList<>();
            for (int i = from; i < Math.min(set.size(), from + batch); i++) segments.add(TextSegment.from(set.get(i).text()));
            var vectors = model.embedAll(segments).content();
            for (int i = 0; i < vectors.size(); i++) out[from + i] = unit(vectors.get(i).vector());
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        float norm = (float) Math.sqrt(n);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] / norm;
        return out;
    }

    /** The type the k nearest training sentences vote for, weighted by similarity; none when NONE wins. */
    private static Set<String> nearest(float[] v, float[][] train, List<Labelled> labels, int k) {
        int[] best = new int[k];
        double[] sim = new double[k];
        java.util.Arrays.fill(sim, -2);
        for (int i = 0; i < train.length; i++) {
            double s = 0;
            for (int d = 0; d < v.length; d++) s += v[d] * train[i][d];
            int at = k - 1;
            if (s <= sim[at]) continue;
            while (at > 0 && sim[at - 1] < s) {
                sim[at] = sim[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            sim[at] = s;
            best[at] = i;
        }
        Map<String, Double> votes = new HashMap<>();
        for (int j = 0; j < k; j++) {
            Set<String> g = labels.get(best[j]).gold();
            Set<String> typed = new HashSet<>(g);
            typed.remove("ANY");
            if (typed.isEmpty()) votes.merge(g.isEmpty() ? NONE : "ANY", sim[j], Double::sum);
            for (String t : typed) votes.merge(t, sim[j] / typed.size(), Double::sum);
        }
        String top = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NONE);
        return top.equals(NONE) || top.equals("ANY") ? Set.of() : Set.of(top);
    }

    /** Every sentence of a half's pages, with its gold types and the types of the statements the engine reads from it. */
    private static List<Labelled> sentences(Pipeline pipeline, Path eval, Path pages, String half) throws Exception {
        JsonNode gold = JSON.readTree(eval.resolve(half).resolve("gold.json").toFile());
        Map<String, List<JsonNode>> byDoc = new HashMap<>();
        for (JsonNode s : gold.get("statements")) byDoc.computeIfAbsent(s.get("doc").asText(), x -> new ArrayList<>()).add(s);
        List<Labelled> out = new ArrayList<>();
        var reader = Readout.bundled().reader();
        for (JsonNode d : gold.get("documents")) {
            String file = d.get("file").asText();
            Path page = pages.resolve(half).resolve(file);
            if (!Files.exists(page)) continue;
            ProcessedDocument pd;
            try {
                pd = pipeline.process(reader.read(page));
            } catch (Exception e) {
                continue;
            }
            List<Sentence> ss = pd.sentences();
            List<Set<String>> goldTypes = new ArrayList<>();
            List<Set<String>> engineTypes = new ArrayList<>();
            for (int i = 0; i < ss.size(); i++) {
                goldTypes.add(new HashSet<>());
                engineTypes.add(new HashSet<>());
            }
            for (JsonNode st : byDoc.getOrDefault(file, List.of())) {
                int at = sentenceOf(ss, st.get("terms"));
                if (at >= 0) goldTypes.get(at).add(st.get("type").asText());
            }
            for (StatementReport r : pd.extraction().statements()) {
                if (r.type() == null) continue;
                for (int i = 0; i < ss.size(); i++) {
                    if (r.evidence().start() >= ss.get(i).start() && r.evidence().start() < ss.get(i).end()) engineTypes.get(i).add(r.type());
                }
            }
            for (int i = 0; i < ss.size(); i++) {
                out.add(new Labelled(half, file, i, ss.get(i).text(), Set.copyOf(goldTypes.get(i)), Set.copyOf(engineTypes.get(i))));
            }
        }
        return out;
    }

    /** The first sentence holding one of a gold statement's terms, blanks squeezed and case ignored; -1 if none. */
    private static int sentenceOf(List<Sentence> ss, JsonNode terms) {
        for (JsonNode t : terms) {
            String term = squeeze(t.asText());
            for (int i = 0; i < ss.size(); i++) if (squeeze(ss.get(i).text()).contains(term)) return i;
        }
        return -1;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
    }
}
