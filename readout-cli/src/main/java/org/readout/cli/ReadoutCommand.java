package org.readout.cli;

import org.readout.clean.DefaultCleaner;
import org.readout.knowledge.KnowledgeBase;
import org.readout.pipeline.Pipeline;
import org.readout.source.FileSourceReader;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "readout", mixinStandardHelpOptions = true, version = "readout 0.1.0",
        description = "Diplomatic press releases and news into linked engagements, each fact with its sentence.",
        subcommands = {IngestCommand.class, EngagementsCommand.class, ShowCommand.class, ExportCommand.class,
                AnalyzeCommand.class, BenchCommand.class, CompareCommand.class, ServeCommand.class, ReprocessCommand.class,
                FollowCommand.class})
final class ReadoutCommand {

    @Option(names = "--db", description = "Store file (created on first use; default: ${DEFAULT-VALUE}).",
            defaultValue = "readout.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path db;

    @Option(names = "--knowledge", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder of knowledge files (people.tsv, titles.tsv, ...) that extend the bundled ones.")
    Path knowledge;

    @Option(names = "--max-mb", defaultValue = "10", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Largest document accepted, in MB (default ${DEFAULT-VALUE}); larger files are reported and skipped.")
    int maxMegabytes;

    FileSourceReader reader() {
        return new FileSourceReader((long) maxMegabytes << 20);
    }

    KnowledgeBase knowledgeBase() {
        return knowledge == null ? KnowledgeBase.bundled() : KnowledgeBase.load(knowledge);
    }

    Pipeline pipeline() {
        KnowledgeBase kb = knowledgeBase();
        return new Pipeline(kb, new DefaultCleaner(kb.governmentSites()));
    }

    SqliteStore openStore() {
        return SqliteStore.open(db);
    }

    /** Opens the store, bringing its linked view up to date if an earlier run was interrupted before linking. */
    SqliteStore openLinkedStore() {
        SqliteStore store = openStore();
        if (store.linksStale()) new Ingestion(reader(), pipeline(), store).relink();
        return store;
    }
}
