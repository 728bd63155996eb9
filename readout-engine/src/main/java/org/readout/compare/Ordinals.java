package org.readout.compare;

/** English ordinals: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
final class Ordinals {
    private Ordinals() {
    }

    static String of(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
