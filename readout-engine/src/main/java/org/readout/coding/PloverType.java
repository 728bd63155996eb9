package org.readout.coding;

/** The sixteen PLOVER event types (PLOVER manual draft 0.8). */
public enum PloverType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
    REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

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
