package org.readout.extract;

/** Whether a sentence speaks of an engagement as past, future, not as a fact at all, or does not say (NONE). */
enum Tense {
    PAST, FUTURE, UNREAL, NONE
}
