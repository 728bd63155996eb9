package org.readout.store;

import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What a file was before any processing: its bytes and the metadata given with it, hashed. */
final class RawDigest {
    private RawDigest() {
    }

    /** {@code copy} tells apart the benchmark's distinct copies of one file. */
    static String of(RawDocument raw, int copy) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(raw.view());
            SourceMeta m = raw.meta();
            sha.update(("\u0000" + m.url() + "\u0000" + m.outlet() + "\u0000" + m.published() + "\u0000" + m.language()
                    + "\u0000" + m.title() + "\u0000" + copy).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
