package org.articleatlas.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.articleatlas.model.PlaceKind;

/** Every place the application can recognise, and the index that finds their names in a text. */
public final class Gazetteer {

    /** Names this short are left out: two letters match too many ordinary words and initials. */
    private static final int MIN_NAME_LENGTH = 3;

    private final List<GazetteerEntry> entries;
    /** Built at the first look-up by id: a geoparse without a project never asks. */
    private volatile Map<String, GazetteerEntry> byId;
    private final NameIndex names;
    private final List<String> problems;

    Gazetteer(List<GazetteerEntry> entries, NameIndex names, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.names = names;
        this.problems = List.copyOf(problems);
    }

    /** Layers that could not be read while building it, one line each naming the file. */
    public List<String> problems() {
        return problems;
    }

    /**
     * @param notPlaces names never to read as places: organisations and media that contain a place
     *                  name, demonyms and adjectives that are also town names
     */
    public static Gazetteer of(List<GazetteerEntry> entries, List<String> notPlaces) {
        return of(entries, notPlaces, List.of());
    }

    static Gazetteer of(List<GazetteerEntry> entries, List<String> notPlaces, List<String> problems) {
        // Folding 400,000 names is the costly part: done on every core, gathered in entry order.
        List<String[]> keysOfEntries = entries.parallelStream()
                .map(e -> e.names().stream().map(NameFolder::fold).toArray(String[]::new))
                .toList();
        Map<String, List<GazetteerEntry>> byName = new HashMap<>(entries.size() * 4);
        for (int n = 0; n < entries.size(); n++) {
            GazetteerEntry entry = entries.get(n);
            for (String key : keysOfEntries.get(n)) {
                // Two letters are a country's code or a curated feature's whole name (the Ob, K2), too often
                // something else in a town table's alternative names.
                if (key.length() < MIN_NAME_LENGTH && entry.place().kind() != PlaceKind.COUNTRY
                        && entry.place().kind() != PlaceKind.PHYSICAL) {
                    continue;
                }
                if (key.length() < 2) {
                    continue;
                }
                List<GazetteerEntry> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
                // An entry's names are added together, so a repeat is always the last one added;
                // comparing identities there avoids records' deep equals over every name list.
                if (list.isEmpty() || list.get(list.size() - 1) != entry) {
                    list.add(entry);
                }
            }
        }
        Map<String, NameTarget> targets = new HashMap<>(byName.size() + notPlaces.size());
        byName.forEach((key, list) -> targets.put(key, new NameTarget(key, List.copyOf(list), false)));
        for (String name : notPlaces) {
            String key = NameFolder.fold(name);
            targets.put(key, new NameTarget(key, List.of(), true));
        }
        return new Gazetteer(entries, new NameIndex(targets), problems);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public Optional<GazetteerEntry> byId(String id) {
        Map<String, GazetteerEntry> table = byId;
        if (table == null) {
            table = byIdTable();
        }
        return Optional.ofNullable(table.get(id));
    }

    private synchronized Map<String, GazetteerEntry> byIdTable() {
        if (byId == null) {
            // Sized for every entry at once: growing the table step by step re-hashed some 140,000 ids
            // several times. Built once, on whichever thread asks first, and only then: hashing every id
            // was a tenth of reading the gazetteer, on the thread every command waits for.
            Map<String, GazetteerEntry> table = new HashMap<>(entries.size() * 4 / 3 + 1);
            entries.forEach(e -> table.put(e.id(), e));
            byId = table;
        }
        return byId;
    }

    public NameIndex names() {
        return names;
    }
}
