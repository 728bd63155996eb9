package org.readout.knowledge;

import java.util.List;

/** The normalised role names of readout/1, most senior first. */
public final class Roles {
    public static final String HEAD_OF_STATE = "head of state";
    public static final String HEAD_OF_GOVERNMENT = "head of government";
    public static final String FOREIGN_MINISTER = "foreign minister";
    public static final String DEFENCE_MINISTER = "defence minister";
    public static final String SPOKESPERSON = "spokesperson";

    private static final List<String> ORDER = List.of(HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER,
            DEFENCE_MINISTER, "minister", "state councilor", "ambassador", SPOKESPERSON);

    private Roles() {
    }

    static int rank(String role) {
        if (role == null) return ORDER.size() + 1;
        int i = ORDER.indexOf(role);
        return i < 0 ? ORDER.size() : i;
    }

    public static boolean isLeader(String role) {
        return HEAD_OF_STATE.equals(role) || HEAD_OF_GOVERNMENT.equals(role);
    }

    /** Anyone who may take part in an engagement: not a spokesperson, who speaks about it. An unknown role may. */
    public static boolean isPrincipal(String role) {
        return !SPOKESPERSON.equals(role);
    }
}
