package org.readout.coding;

/**
 * A CAMEO 1.1b3 event code with everything the coder knows about it.
 *
 * @param cameo         the CAMEO 1.1b3 code ("0311")
 * @param name          its CAMEO name
 * @param goldstein     Goldstein value (from CAMEO.SCALE, through the 1.1b3 → 0.5B1 crosswalk); null if none
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverType    PLOVER event type; null where PLOVER does not code the event (CAMEO 01 and 02)
 * @param ploverMode    PLOVER mode, "" if none (null with a null type)
 * @param ploverContext PLOVER context as in the table ("crime; corruption"), "" if none (null with a null type)
 */
public record EventCode(String cameo, String name, Double goldstein, int quadClass,
                        PloverType ploverType, String ploverMode, String ploverContext) {

    /** The two-digit CAMEO cue category ("0311" → "03"). */
    public String rootCode() {
        return cameo.substring(0, 2);
    }

    /**
     * Whether the code asks something of someone: a CAMEO appeal (02, no PLOVER type) or demand
     * (10, PLOVER REQUEST).
     */
    public boolean isRequest() {
        String r = rootCode();
        return r.equals("02") || r.equals("10");
    }

    /** Whether PLOVER codes this event at all. */
    public boolean ploverCoded() {
        return ploverType != null;
    }
}
