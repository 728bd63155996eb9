package org.readout.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's rows copied into an older schema as the engine of that time wrote them: every record as plain JSON text,
 * and each sentence and statement with a copy of its text, as stores before schema version 5 hold them.
 */
final class PlainJsonCopy {
    private static final Map<String, Class<?>> TYPES = Map.of("extractions", org.readout.extract.DocumentExtraction.class,
            "engagements", org.readout.link.Engagement.class, "statements", org.readout.link.Statement.class,
            "document_links", org.readout.link.LinkedDocument.class);

    private PlainJsonCopy() {
    }

    /** Copies {@code tables} from the attached database {@code src} into {@code target}'s tables of the same names. */
    static void copy(Connection target, List<String> tables) throws SQLException {
        Map<String, String> texts = new HashMap<>();
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT id, text FROM src.documents")) {
            while (rs.next()) texts.put(rs.getString(1), rs.getString(2));
        }
        for (String table : tables) {
            List<String> targetColumns = columns(target, "main", table);
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM src." + table)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) if (targetColumns.contains(md.getColumnName(i))) cols.add(md.getColumnName(i));
                boolean sentence = targetColumns.contains("text") && (table.equals("statements") || table.equals("sentences"));
                String from = table.equals("statements") ? "span_start" : "start";
                String to = table.equals("statements") ? "span_end" : "end";
                List<String> insert = new ArrayList<>(cols);
                if (sentence) insert.add("text");
                String sql = "INSERT INTO main." + table + "(" + String.join(",", insert.stream().map(c -> "\"" + c + "\"").toList())
                        + ") VALUES (" + "?,".repeat(insert.size() - 1) + "?)";
                try (PreparedStatement p = target.prepareStatement(sql)) {
                    while (rs.next()) {
                        for (int i = 0; i < cols.size(); i++) {
                            Object v = rs.getObject(cols.get(i));
                            p.setObject(i + 1, cols.get(i).equals("json") ? StoredJson.plain(v, TYPES.get(table), texts::get) : v);
                        }
                        if (sentence) {
                            p.setString(cols.size() + 1, texts.get(rs.getString("document_id")).substring(rs.getInt(from), rs.getInt(to)));
                        }
                        p.executeUpdate();
                    }
                }
            }
        }
    }

    private static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + schema + ".table_info(" + table + ")")) {
            while (rs.next()) out.add(rs.getString("name"));
        }
        return out;
    }
}
