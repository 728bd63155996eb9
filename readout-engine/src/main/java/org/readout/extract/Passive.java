package org.readout.extract;

import org.readout.knowledge.Cues;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act told in the passive: "regional issues were also discussed", "Also discussed were ...", "Gallant
 * was briefed by the Secretary on ...". Its doer is the one after "by" when the sentence names one; else
 * nobody in particular, which in a readout means the two sides together.
 */
record Passive(int agentFrom) {
    private static final Pattern AGENT = Pattern.compile("(?i)^\\s+by\\s+");

    /** Whether someone named after "by" does the act. */
    boolean hasAgent() {
        return agentFrom >= 0;
    }

    /**
     * @param cues the participles that end in neither -ed nor -en ("held", "paid") and the auxiliaries ("were")
     * @param text the sentence
     * @param verbStart where the act's words start in it
     * @param verbEnd where they end
     * @return the act's voice if passive, else null
     */
    static Passive of(Cues cues, String text, int verbStart, int verbEnd) {
        boolean participle = cues.participle().matcher(text.substring(verbStart)).find();
        // "attention was paid": the passive may be inside the act's own words
        boolean passive = participle && (cues.auxiliaryBefore().matcher(text.substring(0, verbStart)).find()
                || cues.auxiliaryAfter().matcher(text.substring(verbEnd)).find())
                || cues.passiveInside().matcher(text.substring(verbStart, verbEnd)).find();
        if (!passive) return null;
        Matcher agent = AGENT.matcher(text.substring(verbEnd));
        return new Passive(agent.find() ? verbEnd + agent.end() : -1);
    }
}
