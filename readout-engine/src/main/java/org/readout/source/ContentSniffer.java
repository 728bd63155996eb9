package org.readout.source;

/** Tells text from binary content by its bytes (NUL bytes or many control characters mean binary), and empty from blank. */
public final class ContentSniffer {
    /** Above this share of control bytes (other than tab, line feed, carriage return, form feed, escape) it is binary. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private ContentSniffer() {
    }

    public static boolean isBinary(byte[] bytes) {
        if (hasUtf16Bom(bytes)) {
            return false;
        }
        long controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return bytes.length > 0 && controls > bytes.length * MAX_CONTROL_SHARE;
    }

    /** UTF-16 text is full of NUL bytes; with a byte-order mark it is text the cleaner can decode. */
    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    /** Nothing but white space (after a UTF-8 byte-order mark). */
    public static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F;
    }
}
