package org.readout.store;

import org.readout.source.InputRejected;
import org.readout.source.SourceReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a batch will ingest, in order, and what failed already before reading began (a path that cannot be listed, a feed that cannot be read). */
public final class Inputs {
    private final List<Input> items = new ArrayList<>();
    private final List<Ingestion.Failure> failures = new ArrayList<>();

    public Inputs add(Input input) {
        items.add(input);
        return this;
    }

    public Inputs failed(String source, String reason) {
        failures.add(new Ingestion.Failure(source, reason));
        return this;
    }

    /** Each document file under each path; a path that cannot be listed is a failure. */
    public Inputs files(SourceReader reader, List<Path> paths) {
        for (Path p : paths) {
            try {
                for (Path file : reader.list(List.of(p))) add(Input.file(reader, file));
            } catch (InputRejected e) {
                failed(e.source(), e.getMessage());
            }
        }
        return this;
    }

    public List<Input> items() {
        return List.copyOf(items);
    }

    public List<Ingestion.Failure> failures() {
        return List.copyOf(failures);
    }
}
