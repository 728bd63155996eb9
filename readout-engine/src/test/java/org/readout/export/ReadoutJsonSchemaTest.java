package org.readout.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The export validates against {@code shared/spec/export.schema.json}, the contract kept beside the repository. */
class ReadoutJsonSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    /** {@code -Dreadout.shared=...} (set by the build), else a sibling {@code shared} folder of a parent directory. */
    static Path schemaFile() {
        String prop = System.getProperty("readout.shared");
        if (prop != null) {
            Path p = Path.of(prop, "spec", "export.schema.json");
            if (Files.isRegularFile(p)) return p;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve("spec").resolve("export.schema.json");
            if (dir.getParent() != null && Files.isRegularFile(p)) return p;
        }
        return null;
    }

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = schemaFile();
        assumeTrue(file != null, "shared/spec/export.schema.json not found; schema validation skipped");
        JsonNode node = MAPPER.readTree(file.toFile());
        // The schema's "$id" ("readout/1") is relative: it is resolved against the file it was read from.
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(file.toUri(), node);
    }

    private static Set<ValidationMessage> validate(JsonNode json) {
        return schema.validate(json);
    }

    @Test
    void linkedCorpusIsValid() {
        Set<ValidationMessage> errors = validate(ReadoutJson.tree(ExportCorpus.linked()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void writtenBytesAreValid() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadoutJson.write(ExportCorpus.linked(), out);
        Set<ValidationMessage> errors = validate(MAPPER.readTree(out.toByteArray()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void sparseCorpusWithNullsIsValid() {
        Set<ValidationMessage> errors = validate(ReadoutJson.tree(ExportCorpus.sparse()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void awkwardCorpusIsValid() {
        Set<ValidationMessage> errors = validate(ReadoutJson.tree(ExportCorpus.awkward()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void emptyCorpusIsValid() {
        Set<ValidationMessage> errors = validate(ReadoutJson.tree(new org.readout.link.LinkedCorpus(java.util.List.of(), java.util.List.of())));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    // the validator is not a rubber stamp

    @Test
    void missingRequiredKeyIsInvalid() {
        ObjectNode root = ReadoutJson.tree(ExportCorpus.sparse());
        ((ObjectNode) root.get("engagements").get(0)).remove("duration_minutes");
        assertFalse(validate(root).isEmpty());
    }

    @Test
    void wrongFormatNameIsInvalid() {
        ObjectNode root = ReadoutJson.tree(ExportCorpus.sparse());
        root.put("format", "readout/2");
        assertFalse(validate(root).isEmpty());
    }

    @Test
    void unknownEnumValueIsInvalid() {
        ObjectNode root = ReadoutJson.tree(ExportCorpus.sparse());
        ((ObjectNode) root.get("engagements").get(0)).put("format", "carrier_pigeon");
        assertFalse(validate(root).isEmpty());
    }

    @Test
    void badDateIsInvalid() {
        ObjectNode root = ReadoutJson.tree(ExportCorpus.sparse());
        ((ObjectNode) root.get("engagements").get(0)).put("date", "2 April 2023");
        assertFalse(validate(root).isEmpty());
    }

    @Test
    void nullSourceIsInvalid() {
        ObjectNode root = ReadoutJson.tree(ExportCorpus.sparse());
        ((ObjectNode) root.get("documents").get(0)).putNull("source");
        assertEquals(1, validate(root).size(), validate(root).toString());
    }

    @Test
    void schemaFileIsFound() {
        assertTrue(schemaFile() != null && schemaFile().endsWith(Path.of("spec", "export.schema.json")));
    }
}
