package org.readout.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.readout.Analysis;
import org.readout.Readout;
import org.readout.export.ReadoutJson;
import org.readout.link.LinkedCorpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TablesTest {
    private static List<String> keys(ObjectNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachTableHasEveryFieldOfItsReadoutObjectsInTheirOrder() {
        Analysis a = Readout.bundled().analyze(List.of(TestSpark.samples()));
        LinkedCorpus c = a.linked();
        assertEquals(keys(ReadoutJson.document(c.documents().get(0))), Arrays.asList(Tables.schema(Output.Table.DOCUMENTS).fieldNames()));
        assertEquals(keys(ReadoutJson.engagement(c.engagements().get(0))), Arrays.asList(Tables.schema(Output.Table.ENGAGEMENTS).fieldNames()));
        assertEquals(keys(ReadoutJson.statement(c.statements().get(0))), Arrays.asList(Tables.schema(Output.Table.STATEMENTS).fieldNames()));
    }
}
