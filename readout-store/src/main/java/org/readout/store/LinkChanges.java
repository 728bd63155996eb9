package org.readout.store;

import org.readout.link.Engagement;
import org.readout.link.LinkedCorpus;
import org.readout.link.Statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a relink changed in the linked view. An engagement id that went away is {@code merged} into an
 * engagement that holds other engagements' documents too, {@code renamed} when it alone became the new
 * engagement (it learnt a day, a participant, a format: the old id stays as an alias), or {@code removed}
 * when none of its documents reports it any more. {@code changed} engagements kept their ids with other facts.
 */
public record LinkChanges(List<String> added, Map<String, String> merged, Map<String, String> renamed, List<String> removed,
                          List<String> changed, int unchanged, int statementsAdded, int statementsRemoved, int statementsChanged) {

    public LinkChanges {
        added = List.copyOf(added);
        merged = Collections.unmodifiableMap(new TreeMap<>(merged));
        renamed = Collections.unmodifiableMap(new TreeMap<>(renamed));
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** @param aliases every replaced engagement id with the id it resolves to after the relink */
    public static LinkChanges between(LinkedCorpus before, LinkedCorpus after, Map<String, String> aliases) {
        Map<String, Engagement> was = byId(before.engagements(), Engagement::id);
        Map<String, Engagement> is = byId(after.engagements(), Engagement::id);
        Map<String, List<String>> gone = new TreeMap<>();
        List<String> removed = new ArrayList<>();
        for (String id : was.keySet()) {
            if (is.containsKey(id)) continue;
            String successor = aliases.get(id);
            if (successor != null && is.containsKey(successor)) gone.computeIfAbsent(successor, k -> new ArrayList<>()).add(id);
            else removed.add(id);
        }
        Map<String, String> merged = new TreeMap<>();
        Map<String, String> renamed = new TreeMap<>();
        gone.forEach((successor, ids) -> {
            boolean merge = ids.size() > 1 || was.containsKey(successor);
            for (String id : ids) (merge ? merged : renamed).put(id, successor);
        });
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (Engagement e : is.values()) {
            Engagement old = was.get(e.id());
            if (old == null) {
                if (!gone.containsKey(e.id())) added.add(e.id());
            } else if (old.equals(e)) {
                unchanged++;
            } else {
                changed.add(e.id());
            }
        }
        Map<String, Statement> said = byId(before.statements(), Statement::id);
        Map<String, Statement> says = byId(after.statements(), Statement::id);
        int statementsAdded = 0;
        int statementsChanged = 0;
        for (Statement s : says.values()) {
            Statement old = said.get(s.id());
            if (old == null) statementsAdded++;
            else if (!old.equals(s)) statementsChanged++;
        }
        Set<String> kept = says.keySet();
        int statementsRemoved = (int) said.keySet().stream().filter(id -> !kept.contains(id)).count();
        return new LinkChanges(added, merged, renamed, removed, changed, unchanged, statementsAdded, statementsRemoved, statementsChanged);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, x -> x, (a, b) -> a, TreeMap::new));
    }

    public boolean none() {
        return added.isEmpty() && merged.isEmpty() && renamed.isEmpty() && removed.isEmpty() && changed.isEmpty()
                && statementsAdded == 0 && statementsRemoved == 0 && statementsChanged == 0;
    }

    /** As a JSON object: lists of ids, maps of old id to new id, counts. */
    public Map<String, Object> json() {
        Map<String, Object> engagements = new LinkedHashMap<>();
        engagements.put("added", added);
        engagements.put("merged", merged);
        engagements.put("renamed", renamed);
        engagements.put("removed", removed);
        engagements.put("changed", changed);
        engagements.put("unchanged", unchanged);
        Map<String, Object> statements = new LinkedHashMap<>();
        statements.put("added", statementsAdded);
        statements.put("removed", statementsRemoved);
        statements.put("changed", statementsChanged);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engagements", engagements);
        out.put("statements", statements);
        return out;
    }
}
