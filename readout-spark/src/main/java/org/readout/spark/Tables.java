package org.readout.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables' schemas: the fields of {@code readout/1} (see {@code shared/spec/export-format.md}) with their
 * names, nested as there, dates as {@code DATE}; the documents table adds the engine version and knowledge digest
 * that read each document. The rows are read from the very JSON objects the JSON Lines hold, strictly (a value of the
 * wrong type fails the job), so the tables and the JSON cannot say different things.
 */
final class Tables {
    private static final DataType S = DataTypes.StringType;

    private Tables() {
    }

    static StructType schema(Output.Table table) {
        return switch (table) {
            case DOCUMENTS -> struct(field("id", S), field("source", S), field("url", S), field("title", S), field("outlet", S),
                    field("kind", S), field("issuer", S), field("published", DataTypes.DateType), field("published_basis", S),
                    field("language", S), field("engagements", links()));
            case ENGAGEMENTS -> struct(field("id", S), field("status", S), field("format", S), field("setting", S),
                    field("date", DataTypes.DateType), field("date_end", DataTypes.DateType), field("local_time", S),
                    field("duration_minutes", DataTypes.IntegerType),
                    field("location", struct(field("place", S), field("country", S))), field("host", S), field("occasion", S),
                    field("participants", array(struct(field("name", S), field("country", S), field("role", S), field("actor", S)))),
                    field("documents", links()));
            case STATEMENTS -> struct(field("id", S), field("engagement", S), field("document", S),
                    field("speakers", array(struct(field("name", S), field("country", S), field("role", S)))),
                    field("target", S), field("type", S), field("mode", S), field("cameo", S), field("goldstein", DataTypes.DoubleType),
                    field("issue", struct(field("id", S), field("label", S))), field("wording", S), field("text", S),
                    field("span", array(DataTypes.IntegerType)));
        };
    }

    private static ArrayType links() {
        return array(struct(field("id", S), field("relation", S)));
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
