package org.readout.cli;

import org.readout.store.SqliteStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A store in a fresh temporary folder, removed with its WAL files when closed (for bench). */
final class ThrowawayStore implements AutoCloseable {
    private final Path dir;
    private final SqliteStore store;

    ThrowawayStore(String prefix) throws IOException {
        this.dir = Files.createTempDirectory(prefix);
        this.store = SqliteStore.open(dir.resolve("store.db"));
    }

    SqliteStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        store.close();
        for (String suffix : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(dir.resolve("store.db" + suffix));
        Files.deleteIfExists(dir);
    }
}
