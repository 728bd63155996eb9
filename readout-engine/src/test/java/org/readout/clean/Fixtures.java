package org.readout.clean;

import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents from {@code src/test/resources/clean/} and made-up ones. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument raw(String name) {
        return new RawDocument("fixtures/" + name, name, bytes(name), SourceMeta.EMPTY);
    }

    static RawDocument text(String fileName, String content) {
        return new RawDocument("test/" + fileName, fileName, content.getBytes(StandardCharsets.UTF_8), SourceMeta.EMPTY);
    }
}
