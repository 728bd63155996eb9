package org.readout.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.readout.Readout;
import org.readout.source.FileSourceReader;
import org.readout.source.OneLine;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

/**
 * The Spark job: the documents of folders of text and HTML files, JSON Lines files and WARC files through the same
 * engine as the command line ({@link Readout}), linked, and written as Parquet tables, {@code readout/1} JSON Lines and
 * the statements' TSV.
 *
 * <ol>
 *   <li>The driver lists the inputs ({@link SourceListing}); tasks read each file into its records ({@link SourceReading}),
 *   which are spread over the partitions.</li>
 *   <li>Each partition runs the pipeline's per-document stages with its executor's one engine ({@link Engines}: the
 *   knowledge is loaded once per executor JVM) into documents as the linker takes them ({@link Processed}); a
 *   document held by several files is kept from the first, in the inputs' order, as the CLI keeps it.</li>
 *   <li>The documents are shuffled by block ({@link Blocking}) and each block is linked by the engine's linker
 *   ({@link BlockLinker}); the blocks are chosen so that this gives exactly what one linking of everything gives.</li>
 *   <li>The outputs are sorted as {@code readout export} sorts them and written ({@link SingleFile}, {@link Tables}).</li>
 * </ol>
 */
public final class ReadoutSparkJob {
    static final String USAGE = "usage: readout-spark [--knowledge DIR] [--max-mb N] [--partitions N] [--overwrite] INPUT... OUTPUT";

    /** The job's arguments: input paths (folders, files, globs and addresses of JSON Lines and WARC files) and the output folder. */
    public record Options(List<String> inputs, String output, String knowledge, long maxDocumentBytes, int partitions, boolean overwrite) {
        public Options {
            inputs = List.copyOf(inputs);
        }

        public static Options of(List<String> inputs, String output) {
            return new Options(inputs, output, null, Readout.DEFAULT_MAX_DOCUMENT_BYTES, 0, false);
        }

        static Options parse(String... args) {
            List<String> paths = new ArrayList<>();
            String knowledge = null;
            long maxBytes = Readout.DEFAULT_MAX_DOCUMENT_BYTES;
            int partitions = 0;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--knowledge" -> knowledge = value(args, ++i, a);
                    case "--max-mb" -> maxBytes = positive(value(args, ++i, a), a) << 20;
                    case "--partitions" -> partitions = (int) positive(value(args, ++i, a), a);
                    case "--overwrite" -> overwrite = true;
                    case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                    default -> {
                        if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                        paths.add(a);
                    }
                }
            }
            if (paths.size() < 2) throw new IllegalArgumentException(USAGE);
            return new Options(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), knowledge, maxBytes, partitions, overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            return args[i];
        }

        private static long positive(String v, String option) {
            try {
                long n = Long.parseLong(v);
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " must be a positive whole number: " + v);
        }
    }

    /** What a run read and wrote. */
    public record Summary(long records, long documents, long failed, long skipped, long engagements, long statements,
                          long blocks, long largestBlock, long sharedIds, List<String> failures, Map<String, Double> seconds) {
        String line() {
            return String.format(Locale.ROOT, "%d records read: %d documents, %d duplicates, %d failed, %d WARC records skipped; "
                            + "%d engagements, %d statements; %d blocks linked (the largest %d documents)",
                    records, documents, records - documents - failed, failed, skipped, engagements, statements, blocks, largestBlock);
        }

        String timing() {
            StringBuilder b = new StringBuilder("seconds:");
            seconds.forEach((phase, t) -> b.append(String.format(Locale.ROOT, " %s %.1f", phase, t)));
            return b.toString();
        }
    }

    private ReadoutSparkJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "readout");
        if (!conf.contains("spark.master")) {
            // started with java, not spark-submit: local mode on every core, on loopback, without the web UI
            conf.setMaster("local[*]").set("spark.ui.enabled", "false")
                    .setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int exit;
        try {
            long start = System.nanoTime();
            Summary s = run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            report(s, System.err);
            System.out.println(s.line());
            System.out.println(s.timing());
            System.out.printf(Locale.ROOT, "wrote %s in %.1f s (%.1f documents/s)%n", options.output(), seconds, s.documents() / seconds);
            exit = s.failed() > 0 ? 1 : 0;
        } catch (Exception e) {
            System.err.println("readout-spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    private static void report(Summary s, PrintStream err) {
        s.failures().forEach(f -> err.println("failed: " + f));
        if (s.failed() > s.failures().size()) err.println("... and " + (s.failed() - s.failures().size()) + " more failures (see failures.jsonl)");
        if (s.sharedIds() > 0) {
            err.println("warning: " + s.sharedIds() + " engagement ids were made in two blocks; one linking of everything would have"
                    + " renamed all but one of each (see Blocking)");
        }
    }

    /** Runs the job in this session; the output folder must not hold anything unless {@code overwrite}. */
    public static Summary run(SparkSession spark, Options o) throws IOException {
        if (o.knowledge() != null && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(o.knowledge()))) {
            throw new IOException("no knowledge folder " + o.knowledge());
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        Path out = new Path(o.output());
        FileSystem fs = out.getFileSystem(hadoop);
        if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
            if (!o.overwrite()) throw new IOException("the output " + o.output() + " exists; give --overwrite to replace it");
            fs.delete(out, true);
        }
        fs.mkdirs(out);

        Engines.Settings settings = new Engines.Settings(o.knowledge(), o.maxDocumentBytes());
        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(2, jsc.defaultParallelism() * 2);
        SourceListing.Listing listing = SourceListing.list(o.inputs(), new FileSourceReader(o.maxDocumentBytes()), hadoop);
        HadoopConf conf = new HadoopConf(hadoop);
        long maxBytes = o.maxDocumentBytes();
        LongAccumulator skipped = jsc.sc().longAccumulator("WARC records skipped");

        // 1-2: read, spread, and run clean, annotate and extract once per record, one engine per executor
        JavaRDD<SourceRecord> records = jsc.parallelize(listing.units(), Math.max(1, Math.min(listing.units().size(), partitions)))
                .flatMap(u -> SourceReading.read(u, conf, maxBytes, skipped::add).iterator());
        JavaRDD<Processed> processed = records.repartition(partitions).mapPartitions(it -> {
            Engines.Engine engine = Engines.of(settings);
            List<Processed> done = new ArrayList<>();
            while (it.hasNext()) done.add(Processed.of(it.next(), engine));
            return done.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        long t = System.nanoTime();
        long recordCount = processed.count();
        t = lap(seconds, "read+extract", t);

        JavaRDD<Processed> documents = processed.filter(p -> !p.failed())
                .mapToPair(p -> new Tuple2<>(p.id(), p))
                .reduceByKey((a, b) -> a.order().compareTo(b.order()) <= 0 ? a : b, partitions)
                .values();

        // 3: blocks, then each block linked by the engine's linker; blocks whose engagements share a natural id are
        // linked again together, until none do
        List<List<String>> signatures = documents.map(Processed::blockKeys).distinct().collect();
        Broadcast<Map<String, String>> blocks = jsc.broadcast(Blocking.blocks(signatures));
        JavaPairRDD<String, Processed> byBlock = documents.mapToPair(d -> new Tuple2<>(
                Blocking.blockOf(d.id(), d.blockKeys(), blocks.value(), partitions), d));
        Map<String, String> merged = new HashMap<>();
        JavaPairRDD<String, Output> linked;
        while (true) {
            Broadcast<Map<String, String>> into = jsc.broadcast(merged);
            linked = byBlock.mapToPair(x -> new Tuple2<>(into.value().getOrDefault(x._1(), x._1()), x._2()))
                    .groupByKey(partitions)
                    .flatMapToPair(block -> BlockLinker.link(block._2(), Engines.of(settings).pipeline()).stream()
                            .map(line -> new Tuple2<>(block._1(), line)).iterator())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            List<Iterable<String>> clashes = linked.filter(x -> x._2().naturalId() != null)
                    .mapToPair(x -> new Tuple2<>(x._2().naturalId(), x._1())).distinct().groupByKey()
                    .values().filter(b -> {
                        var i = b.iterator();
                        i.next();
                        return i.hasNext();
                    }).collect();
            if (clashes.isEmpty()) break;
            merged = Blocking.merge(merged, clashes);
            linked.unpersist();
        }
        Broadcast<Map<String, String>> finalBlocks = jsc.broadcast(merged);
        List<Long> blockSizes = byBlock.mapToPair(x -> new Tuple2<>(finalBlocks.value().getOrDefault(x._1(), x._1()), 1L))
                .reduceByKey(Long::sum).values().collect();
        JavaRDD<Output> outputs = linked.values();
        outputs.count();
        t = lap(seconds, "link", t);

        // 4: the outputs, sorted as the export sorts them
        String dir = out.toString();
        for (Output.Table table : Output.Table.values()) {
            JavaRDD<Output> rows = outputs.filter(x -> x.table() == table);
            SingleFile.write(rows.mapToPair(x -> new Tuple2<>(x.key(), x.json())), partitions, dir + "/" + table.fileName() + ".jsonl", null, hadoop);
            parquet(spark, rows, table).write().mode(SaveMode.ErrorIfExists).parquet(dir + "/" + table.fileName() + ".parquet");
        }
        JavaRDD<Output> statements = outputs.filter(x -> x.table() == Output.Table.STATEMENTS);
        SingleFile.write(statements.mapToPair(x -> new Tuple2<>(x.key(), x.tsv())), partitions, dir + "/statements.tsv",
                BlockLinker.tsvHeader(), hadoop);

        JavaRDD<Processed> failed = processed.filter(Processed::failed);
        List<Tuple2<String, String>> listed = listing.failures().stream().map(f -> new Tuple2<>("", failureJson(f.source(), f.reason()))).toList();
        JavaPairRDD<String, String> failureLines = failed.mapToPair(p -> new Tuple2<>(p.order(), failureJson(p.source(), p.failure())))
                .union(jsc.parallelizePairs(listed, 1));
        SingleFile.write(failureLines, 1, dir + "/failures.jsonl", null, hadoop);

        long sharedIds = outputs.filter(x -> x.table() == Output.Table.ENGAGEMENTS)
                .mapToPair(x -> new Tuple2<>(BlockLinker.engagementId(x.key()), 1)).reduceByKey(Integer::sum).filter(x -> x._2() > 1).count();
        long failedCount = failed.count() + listing.failures().size();
        List<String> firstFailures = new ArrayList<>();
        listing.failures().stream().limit(20).forEach(f -> firstFailures.add(OneLine.of(f.source(), f.reason())));
        if (firstFailures.size() < 20) {
            failed.sortBy(Processed::order, true, 1).take(20 - firstFailures.size())
                    .forEach(p -> firstFailures.add(OneLine.of(p.source(), p.failure())));
        }
        lap(seconds, "write", t);
        Map<Output.Table, Long> counts = outputs.map(Output::table).countByValue();
        Summary summary = new Summary(recordCount + listing.failures().size(), counts.getOrDefault(Output.Table.DOCUMENTS, 0L),
                failedCount, skipped.value(), counts.getOrDefault(Output.Table.ENGAGEMENTS, 0L), counts.getOrDefault(Output.Table.STATEMENTS, 0L),
                blockSizes.size(), blockSizes.stream().mapToLong(Long::longValue).max().orElse(0), sharedIds, firstFailures, seconds);
        outputs.unpersist();
        processed.unpersist();
        return summary;
    }

    private static long lap(Map<String, Double> seconds, String phase, long since) {
        long now = System.nanoTime();
        seconds.put(phase, (now - since) / 1e9);
        return now;
    }

    /** The table's rows read from its JSON objects, strictly, with the documents' engine stamp beside. */
    static Dataset<Row> parquet(SparkSession spark, JavaRDD<Output> rows, Output.Table table) {
        StructType raw = DataTypes.createStructType(List.of(
                DataTypes.createStructField("json", DataTypes.StringType, false),
                DataTypes.createStructField("engine_version", DataTypes.StringType, true),
                DataTypes.createStructField("knowledge_digest", DataTypes.StringType, true)));
        Dataset<Row> lines = spark.createDataFrame(rows.map(x -> RowFactory.create(x.json(), x.engineVersion(), x.knowledgeDigest())), raw);
        Column parsed = from_json(col("json"), Tables.schema(table), Map.of("mode", "FAILFAST")).as("r");
        return table == Output.Table.DOCUMENTS
                ? lines.select(parsed, col("engine_version"), col("knowledge_digest")).select("r.*", "engine_version", "knowledge_digest")
                : lines.select(parsed).select("r.*");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String failureJson(String source, String reason) {
        return BlockLinker.compact(JSON.createObjectNode().put("source", source).put("reason", reason));
    }
}
