package org.readout.store;

import org.readout.link.Blocking;
import org.readout.link.Engagement;
import org.readout.link.LinkInput;
import org.readout.link.LinkKey;
import org.readout.link.LinkedCorpus;
import org.readout.link.Linker;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out what a relink writes ({@link LinkPlan}). Incrementally: the documents pending since the last relink,
 * the blocks they were in and are in now ({@link BlockReach}), and the engagements those blocks held; then, since
 * two engagements that would share an id are told apart by their first reports ({@link Linker#naturalId}), every
 * other block holding an engagement of a natural id that these blocks held or hold now, until there is none; so the
 * blocks linked alone get exactly the ids a linking of everything gives them.
 */
final class Relinking {
    interface Read<T> {
        T run(Connection db) throws SQLException;
    }

    /** Runs reads, each in one snapshot of the store or inside the caller's transaction. */
    interface Reader {
        <T> T read(Read<T> read);
    }

    /** Fewer pending documents than this are always relinked by their blocks. */
    static final int WALK_AT_MOST = 1000;

    private final Reader reader;
    private final Function<List<LinkInput>, LinkedCorpus> linker;

    Relinking(Reader reader, Function<List<LinkInput>, LinkedCorpus> linker) {
        this.reader = reader;
        this.linker = linker;
    }

    /**
     * What to write: everything linked again when {@code whole}, or when a thousand documents or more and half the
     * stored ones or more are pending (a first batch: reading every block through its keys would cost more than
     * reading all), else the blocks of the pending documents.
     */
    LinkPlan plan(boolean whole) {
        if (whole || reader.read(Relinking::mostlyPending)) {
            List<LinkInput> inputs = reader.read(db -> inputs(db, null));
            Map<String, List<LinkKey>> keys = new HashMap<>();
            for (LinkInput in : inputs) keys.put(in.summary().id(), Blocking.keys(in));
            return new LinkPlan(true, Set.of(), Set.of(), Set.of(), keys, linker.apply(inputs));
        }
        Map<String, LinkInput> inputs = new LinkedHashMap<>();
        Map<String, List<LinkKey>> keys = new HashMap<>();
        Set<String> pending = new LinkedHashSet<>();
        Set<String> documents = new LinkedHashSet<>();
        Map<String, String> replaced = new HashMap<>();
        BlockReach reach = reader.read(db -> {
            LinkedView.query(db, "SELECT document_id FROM link_pending", List.of(), rs -> pending.add(rs.getString(1)));
            for (LinkInput in : inputs(db, pending)) inputs.put(in.summary().id(), in);
            BlockReach r = new BlockReach(db);
            for (String id : pending) {
                LinkInput in = inputs.get(id);
                if (in != null) keys.put(id, Blocking.keys(in));
                r.add(id, in == null ? List.of() : keys.get(id));
            }
            return r;
        });
        Set<String> clashing = Set.of();
        while (true) { // each round takes in the blocks of engagements that share a natural id with these blocks'

            Set<String> more = clashing;
            reader.read(db -> {
                for (String id : more) reach.add(id, List.of());
                Set<String> found = new LinkedHashSet<>(reach.documents());
                found.removeAll(documents);
                documents.addAll(found);
                found.removeAll(inputs.keySet());
                for (LinkInput in : inputs(db, found)) inputs.put(in.summary().id(), in);
                replaced.putAll(LinkedView.engagementsOf(db, documents));
                return null;
            });
            LinkedCorpus corpus = linker.apply(new ArrayList<>(inputs.values()));
            Set<String> natural = new HashSet<>();
            for (Engagement e : corpus.engagements()) natural.add(Linker.naturalId(e));
            for (String n : replaced.values()) if (n != null) natural.add(n);
            Map<String, Set<String>> others = reader.read(db -> LinkedView.withNaturalIds(db, natural));
            others.keySet().removeAll(replaced.keySet());
            Set<String> next = new LinkedHashSet<>();
            for (Map.Entry<String, Set<String>> o : others.entrySet()) {
                if (o.getValue().isEmpty()) replaced.put(o.getKey(), null); // linked to no document any more: it goes
                next.addAll(o.getValue());
            }
            next.removeAll(documents);
            if (next.isEmpty()) return new LinkPlan(false, documents, replaced.keySet(), pending, keys, corpus);
            clashing = next;
        }
    }

    /** A thousand pending documents or more, half the stored ones or more (counted only then: counting reads a whole table). */
    static boolean mostlyPending(Connection db) throws SQLException {
        long[] n = new long[1];
        LinkedView.query(db, "SELECT COUNT(*) FROM link_pending", List.of(), rs -> n[0] = rs.getLong(1));
        if (n[0] < WALK_AT_MOST) return false;
        long pending = n[0];
        LinkedView.query(db, "SELECT COUNT(*) FROM documents", List.of(), rs -> n[0] = rs.getLong(1));
        return pending * 2 >= n[0];
    }

    /** The stored documents of these ids (all when null) with their extractions. */
    private static List<LinkInput> inputs(Connection db, Set<String> ids) throws SQLException {
        List<LinkInput> out = new ArrayList<>();
        if (ids == null) LinkedView.query(db, SqliteStore.LINK_INPUTS, List.of(), rs -> out.add(SqliteStore.linkInput(rs)));
        else LinkedView.query(db, SqliteStore.LINK_INPUTS + " WHERE d.id IN ", ids, rs -> out.add(SqliteStore.linkInput(rs)));
        return out;
    }
}
