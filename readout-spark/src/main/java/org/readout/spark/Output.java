package org.readout.spark;

import java.io.Serializable;

/**
 * One line of the job's output: a {@code readout/1} object of one table as compact JSON, with the key that sorts it
 * where {@code readout export} puts it; a statement also has its TSV row, a document the engine version and
 * knowledge digest that read it, and an engagement its natural id ({@code org.readout.link.Linker#naturalId}).
 */
record Output(Table table, String key, String json, String tsv, String engineVersion, String knowledgeDigest, String naturalId)
        implements Serializable {
    enum Table {
        DOCUMENTS, ENGAGEMENTS, STATEMENTS;

        String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
