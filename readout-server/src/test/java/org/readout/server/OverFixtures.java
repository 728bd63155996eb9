package org.readout.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** A server over the fixture documents, started once for a test class and stopped after it. */
abstract class OverFixtures {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = new TestServer(dir, List.of(TestServer.fixtures()));
    }

    @AfterAll
    static void stop() {
        t.close();
    }
}
