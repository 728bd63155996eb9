package org.readout.spark;

import java.io.Serializable;

/**
 * One line of the job's output: a {@code readout/1} object of one table as compact JSON, with the key that sorts it
 * where {@code readout export} puts it; a statement also has its TSV row, and a document the engine version and
 * knowledge digest that read it.
 */
record Output(Table table, String key, String json, String tsv, String engineVersion, String knowledgeDigest) implements Serializable {
    enum Table {
        DOCUMENTS, ENGAGEMENTS, STATEMENTS;

        String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
