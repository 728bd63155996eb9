package org.readout.link;

/** A document–engagement link: {@code reports}, {@code announces} or {@code mentions}. */
public record DocLink(String id, String relation) {
    static int strength(String relation) {
        return switch (relation) {
            case "reports" -> 3;
            case "announces" -> 2;
            default -> 1;
        };
    }
}
