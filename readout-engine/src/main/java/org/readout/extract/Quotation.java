package org.readout.extract;

import org.readout.annotate.Sentence;

/** Where a sentence quotes someone: between opening and closing quotation marks (curly, or straight ones paired). */
final class Quotation {
    private Quotation() {
    }

    /** Whether the position (in the document) stands inside a quotation of its sentence. */
    static boolean inside(Sentence s, int position) {
        String t = s.text();
        int at = position - s.start();
        boolean open = false;
        for (int i = 0; i < at && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }
}
