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

    /** About how many pending documents one relink takes when many are pending (whole blocks of them: more if one is larger). */
    static final int CHUNK = 2000;

    private final Reader reader;
    private final Function<List<LinkInput>, LinkedCorpus> linker;
    private final StoredJson.Texts texts;

    /** {@code texts}: stored documents' texts, for evidence that an extraction gives by offsets in another document. */
    Relinking(Reader reader, Function<List<LinkInput>, LinkedCorpus> linker, StoredJson.Texts texts) {
        this.reader = reader;
        this.linker = linker;
        this.texts = texts;
    }

    /** What to write to link every stored document again. */
    LinkPlan whole() {
        List<LinkInput> inputs = reader.read(db -> inputs(db, null, texts));
        Map<String, List<LinkKey>> keys = new HashMap<>();
        for (LinkInput in : inputs) keys.put(in.summary().id(), Blocking.keys(in));
        return new LinkPlan(true, Set.of(), Set.of(), Set.of(), keys, linker.apply(inputs));
    }

    /** What to write to link the blocks of these pending documents again. */
    LinkPlan plan(Set<String> pendingDocuments) {
        Map<String, LinkInput> inputs = new LinkedHashMap<>();
        Map<String, List<LinkKey>> keys = new HashMap<>();
        Set<String> pending = new LinkedHashSet<>(pendingDocuments);
        Set<String> documents = new LinkedHashSet<>();
        Map<String, String> replaced = new HashMap<>();
        BlockReach reach = reader.read(db -> {
            for (LinkInput in : inputs(db, pending, texts)) inputs.put(in.summary().id(), in);
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
                for (LinkInput in : inputs(db, found, texts)) inputs.put(in.summary().id(), in);
                replaced.putAll(LinkedView.engagementsOf(db, documents));
                return null;
            });
            LinkedCorpus corpus = linker.apply(new ArrayList<>(inputs.values()));
            Set<String> natural = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (Engagement e : corpus.engagements()) {
                natural.add(Linker.naturalId(e));
                ids.add(e.id());
            }
            for (String n : replaced.values()) if (n != null) natural.add(n);
            Map<String, Set<String>> others = reader.read(db -> LinkedView.withNaturalIds(db, natural, ids));
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

    /**
     * The pending documents in groups for one relink each: all in one when they are {@code chunk} or fewer, else
     * whole blocks of them (as their new keys make them) packed up to about {@code chunk} documents, so that a first
     * batch of any size is linked in parts of bounded size. The last relink that takes a block in takes all of it: the
     * pending documents of the groups before have their keys stored by then, and those of its own group are in it.
     */
    static List<Set<String>> chunks(Connection db, int chunk, StoredJson.Texts texts) throws SQLException {
        List<String> pending = new ArrayList<>();
        LinkedView.query(db, "SELECT document_id FROM link_pending ORDER BY document_id", List.of(), rs -> pending.add(rs.getString(1)));
        if (pending.isEmpty()) return List.of();
        if (pending.size() <= chunk) return List.of(new LinkedHashSet<>(pending));
        Map<String, List<LinkKey>> keys = new LinkedHashMap<>();
        for (String id : pending) keys.put(id, List.of());
        for (int from = 0; from < pending.size(); from += LinkedView.CHUNK) {
            for (LinkInput in : inputs(db, new LinkedHashSet<>(pending.subList(from, Math.min(pending.size(), from + LinkedView.CHUNK))), texts)) {
                keys.put(in.summary().id(), Blocking.keys(in));
            }
        }
        Map<LinkKey, String> named = Blocking.blocksOfKeys(keys.values());
        Map<String, List<String>> byBlock = new LinkedHashMap<>();
        keys.forEach((id, k) -> byBlock.computeIfAbsent(k.isEmpty() ? "\u0000" + id : named.get(k.get(0).anonymous()), b -> new ArrayList<>()).add(id));
        List<Set<String>> out = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        for (List<String> block : byBlock.values()) {
            if (!current.isEmpty() && current.size() + block.size() > chunk) {
                out.add(current);
                current = new LinkedHashSet<>();
            }
            current.addAll(block);
        }
        out.add(current);
        return out;
    }

    /** The stored documents of these ids (all when null) with their extractions. */
    private static List<LinkInput> inputs(Connection db, Set<String> ids, StoredJson.Texts texts) throws SQLException {
        List<LinkInput> out = new ArrayList<>();
        if (ids == null) LinkedView.query(db, SqliteStore.LINK_INPUTS, List.of(), rs -> out.add(SqliteStore.linkInput(rs, texts)));
        else LinkedView.query(db, SqliteStore.LINK_INPUTS + " WHERE d.id IN ", ids, rs -> out.add(SqliteStore.linkInput(rs, texts)));
        return out;
    }
}
