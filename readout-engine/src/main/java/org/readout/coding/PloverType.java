package org.readout.coding;

/** The sixteen PLOVER event types (PLOVER manual draft 0.8). */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
    REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

    /** What people read where a statement's PLOVER type is null: PLOVER does not code plain statements (CAMEO 01). */
    public static final String NONE_LABEL = "no PLOVER type";

    /** A statement's type as people read it; exports leave a null type empty instead. */
    public static String label(String type) {
        return type == null ? NONE_LABEL : type;
    }

    /** PLOVER's quad class of the type (1 verbal cooperation ... 4 material conflict). */
    public int quadClass() {
        switch (this) {
            case AGREE: case CONSULT: case SUPPORT: case CONCEDE: return 1;
            case COOPERATE: case AID: case RETREAT: return 2;
            case REQUEST: case ACCUSE: case REJECT: case THREATEN: return 3;
            default: return 4;
        }
    }
}
