package org.readout.issues;

/**
 * A category of issues.
 *
 * @param name        the name issues use ({@code territory}, {@code economic}, ...)
 * @param plover      the PLOVER context to export for issues of this category
 * @param origin      {@code plover} (a PLOVER context), {@code plover-draft} (a context word of the
 *                    PLOVER manual drafts) or {@code readout} (this project's own)
 * @param description what belongs in it
 */
public record IssueCategory(String name, String plover, String origin, String description) {

    /** Whether the name is PLOVER's own context word. */
    public boolean isPlover() {
        return !"readout".equals(origin);
    }
}
