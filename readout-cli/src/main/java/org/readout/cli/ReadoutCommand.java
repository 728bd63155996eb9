package org.readout.cli;

import org.readout.Readout;
import org.readout.store.Ingestion;
import org.readout.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "readout", mixinStandardHelpOptions = true, version = "readout 0.1.0",
        description = "Diplomatic press releases and news into linked engagements, each fact with its sentence.",
        subcommands = {IngestCommand.class, EngagementsCommand.class, ShowCommand.class, ExportCommand.class,
                AnalyzeCommand.class, BenchCommand.class, BenchExtractCommand.class, BenchDatesCommand.class, CompareCommand.class, ServeCommand.class, ReprocessCommand.class,
                KnowledgeCommand.class, FollowCommand.class})
final class ReadoutCommand {

    @Option(names = "--db", description = "Store file (created on first use; default: ${DEFAULT-VALUE}).",
            defaultValue = "readout.db", scope = picocli.CommandLine.ScopeType.INHERIT)
    Path db;

    @Option(names = "--knowledge", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder of knowledge and rule files (people.tsv, issues.tsv, diplomatic-patterns.tsv, ...) that extend "
                    + "the bundled ones, or replace them when their first line is '# replace' (see 'readout knowledge').")
    Path knowledge;

    @Option(names = "--max-mb", defaultValue = "10", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Largest document accepted, in MB (default ${DEFAULT-VALUE}); larger files are reported and skipped.")
    int maxMegabytes;

    private Readout readout;

    /** The engine with this command line's knowledge folder and size limit, composed once. */
    Readout readout() {
        if (readout == null) readout = Readout.builder().knowledge(knowledge).maxDocumentBytes((long) maxMegabytes << 20).build();
        return readout;
    }

    /** A batch into the store through the engine. */
    Ingestion ingestion(SqliteStore store) {
        return new Ingestion(readout().reader(), readout().pipeline(), store);
    }

    SqliteStore openStore() {
        return SqliteStore.open(db);
    }

    /** Opens the store, bringing its linked view up to date if an earlier run was interrupted before linking. */
    SqliteStore openLinkedStore() {
        SqliteStore store = openStore();
        if (store.linksStale()) ingestion(store).relink();
        return store;
    }
}
