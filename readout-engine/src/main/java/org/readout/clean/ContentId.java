package org.readout.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Id of a document's content: the same cleaned text always gets the same id, whatever its whitespace. */
final class ContentId {
    static final int HEX_CHARS = 16;

    private ContentId() {
    }

    static String of(String cleanedText) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(TextNormalizer.collapse(cleanedText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
