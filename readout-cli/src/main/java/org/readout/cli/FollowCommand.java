package org.readout.cli;

import org.readout.store.Ingestion;
import org.readout.store.Inputs;
import org.readout.store.SqliteStore;
import org.readout.store.WebInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "follow", description = "Ingest the new items of RSS or Atom feeds or sitemaps; items ingested before are not fetched again. "
        + "An item that fails is reported on one line, and tried again next time; the exit code is 1 if any failed.")
final class FollowCommand implements Callable<Integer> {
    @ParentCommand
    ReadoutCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    WebFetchOptions web;

    @Option(names = "--limit", paramLabel = "N", description = "At most N new items per feed this time (default: all); the rest next time.")
    Integer limit;

    @Parameters(paramLabel = "FEED_URL", arity = "1..*", description = "Feeds or sitemaps (http:// or https://).")
    List<String> feeds;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) throw new IllegalArgumentException("--limit must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteStore store = parent.openStore()) {
            WebInputs web = new WebInputs(this.web.reader((long) parent.maxMegabytes << 20), store);
            Inputs inputs = new Inputs();
            for (String feed : feeds) {
                WebInputs.Followed f = web.follow(feed, limit == null ? Integer.MAX_VALUE : limit, inputs);
                if (f.notModified()) out.printf("feed %s: not modified since it was last read%n", f.feed());
                else if (!f.failed()) out.printf("feed %s: %d items, %d ingested before%s%n", f.feed(), f.items(), f.seenBefore(),
                        f.leftForLater() > 0 ? ", " + f.leftForLater() + " left for the next run" : "");
            }
            out.flush();
            Ingestion ingestion = parent.ingestion(store);
            Ingestion.Result r = IngestCommand.ingest(ingestion, inputs, spec.commandLine().getErr());
            return IngestCommand.report(spec, ingestion, r, store, "items");
        }
    }
}
