package org.readout.annotate;

public enum MentionType { PERSON, COUNTRY, PLACE, TITLE, TRIGGER, CUE }
