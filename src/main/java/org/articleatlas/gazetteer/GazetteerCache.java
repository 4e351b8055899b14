package org.articleatlas.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.articleatlas.home.AtlasCache;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole built gazetteer kept on disk — entries, folded names, name automaton — so that a
 * start reads one file instead of reading the tables and layers, folding 400,000 names and
 * building the automaton. See {@code docs/decisions/0008-gazetteer-cached-whole.md}.
 *
 * <p>An entry is named by a hash of its key: the source files (name, size, CRC-32C of the bytes),
 * the bytes of the classes that build the gazetteer and the ICU version that folds names, so a
 * changed file or a new version of the application never loads a stale gazetteer. The key is
 * also stored in the file and compared, and a CRC-32C over the whole file catches a damaged
 * one. A cache that cannot be read or written is ignored: the gazetteer is then built, which
 * is slower and nothing worse.
 */
final class GazetteerCache {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerCache.class);
    /** Bumped whenever the layout below changes. */
    private static final String FORMAT = "gazetteer-v1";
    private static final int MAGIC = 0x41414731;
    private static final int KEPT_OTHERS = 2;
    /** The classes whose code decides what the gazetteer holds; a change to any of them is a new key. */
    private static final List<Class<?>> BUILDERS = List.of(GazetteerLoader.class, Gazetteer.class, NameFolder.class,
            NameIndex.class, NameTrie.class, GazetteerEntry.class, GazetteerCache.class,
            org.articleatlas.geodata.geojson.GeoJsonDataStore.class);

    private final Optional<Path> folder;

    private GazetteerCache(Optional<Path> folder) {
        this.folder = folder;
    }

    static GazetteerCache none() {
        return new GazetteerCache(Optional.empty());
    }

    static GazetteerCache in(Path folder) {
        return new GazetteerCache(Optional.of(folder));
    }

    /** In the user's cache folder ({@link AtlasCache}); none when caching is off. */
    static GazetteerCache userDefault() {
        return new GazetteerCache(AtlasCache.folder("gazetteer"));
    }

    boolean enabled() {
        return folder.isPresent();
    }

    boolean sameFolder(GazetteerCache other) {
        return folder.equals(other.folder);
    }

    /**
     * What identifies a gazetteer built from {@code sources}: each file's path, size and time
     * (or that it is missing), the building code and the folding library.
     */
    static List<String> keyOf(List<Path> sources) {
        List<String> key = new ArrayList<>();
        key.add(FORMAT);
        key.add("icu " + com.ibm.icu.util.VersionInfo.ICU_VERSION);
        key.add("code " + AtlasCache.nameFor(classBytes()));
        for (Path source : sources) {
            Path name = source.getFileName();
            try {
                key.add(name + " " + AtlasCache.contentKey(source));
            } catch (IOException e) {
                key.add(name + " missing");
            }
        }
        return key;
    }

    /** The building classes' bytes and the list of names that are not places, which ships with them. */
    private static List<String> classBytes() {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : BUILDERS) {
            parts.add(resource(c, c.getSimpleName() + ".class"));
        }
        parts.add(resource(GazetteerLoader.class, GazetteerLoader.NOT_PLACES_RESOURCE));
        return parts;
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            return in == null ? name + " missing" : HexFormat.of().formatHex(in.readAllBytes());
        } catch (IOException e) {
            return name + " unreadable";
        }
    }

    Optional<Gazetteer> read(List<String> key) {
        Optional<Path> file = fileFor(key);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = AtlasCache.readChecked(file.get());
            return Optional.of(decode(in, key));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Gazetteer cache {} unreadable, rebuilding: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    void write(List<String> key, Gazetteer gazetteer) {
        Optional<Path> file = fileFor(key);
        if (file.isEmpty() || !gazetteer.names().trie().valuesAreIndexes()) {
            return;
        }
        try {
            AtlasCache.writeChecked(file.get(), out -> encode(out, key, gazetteer));
            removeOthers(file.get());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Gazetteer cache not written to {}: {}", file.get(), e.toString());
        }
    }

    // Layout: magic, key lines, automaton (its length first), string pool, entries (strings as pool
    // indexes, -1 for none), names (key, not-a-place flag, entry indexes); then the CRC-32C of all that.

    private static void encode(DataOutputStream out, List<String> key, Gazetteer gazetteer) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(key.size());
        for (String line : key) {
            out.writeUTF(line);
        }
        ByteArrayOutputStream trie = new ByteArrayOutputStream(1 << 24);
        gazetteer.names().trie().writeTo(new DataOutputStream(trie));
        out.writeInt(trie.size());
        trie.writeTo(out);
        StringPool pool = new StringPool();
        List<GazetteerEntry> entries = gazetteer.entries();
        NameTarget[] targets = gazetteer.names().targets();
        for (GazetteerEntry e : entries) {
            pool.add(e.id(), e.place().name(), e.place().nameFr(), e.place().kind().name(), e.featureCode());
            e.place().country().ifPresent(pool::add);
            e.admin1().ifPresent(pool::add);
            e.operator().ifPresent(pool::add);
            e.names().forEach(pool::add);
            e.members().forEach(pool::add);
        }
        for (NameTarget t : targets) {
            pool.add(t.key());
        }
        pool.writeTo(out);

        Map<GazetteerEntry, Integer> indexOf = new IdentityHashMap<>(entries.size() * 2);
        out.writeInt(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            GazetteerEntry e = entries.get(i);
            indexOf.put(e, i);
            Place p = e.place();
            out.writeInt(pool.indexOf(p.id()));
            out.writeInt(pool.indexOf(p.name()));
            out.writeInt(pool.indexOf(p.nameFr()));
            out.writeInt(pool.indexOf(p.kind().name()));
            out.writeInt(p.country().map(pool::indexOf).orElse(-1));
            out.writeDouble(p.point().lat());
            out.writeDouble(p.point().lon());
            writeStrings(out, pool, e.names());
            out.writeLong(e.population());
            out.writeInt(e.admin1().map(pool::indexOf).orElse(-1));
            out.writeInt(pool.indexOf(e.featureCode()));
            out.writeInt(e.operator().map(pool::indexOf).orElse(-1));
            out.writeBoolean(e.active());
            writeStrings(out, pool, e.members());
        }

        out.writeInt(targets.length);
        for (NameTarget t : targets) {
            out.writeInt(pool.indexOf(t.key()));
            out.writeBoolean(t.notAPlace());
            out.writeInt(t.entries().size());
            for (GazetteerEntry e : t.entries()) {
                Integer index = indexOf.get(e);
                if (index == null) {
                    throw new IllegalStateException("name " + t.key() + " stands for a place outside the gazetteer");
                }
                out.writeInt(index);
            }
        }
    }

    private static Gazetteer decode(ByteBuffer in, List<String> key) {
        if (in.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a gazetteer cache");
        }
        int lines = in.getInt();
        if (lines != key.size()) {
            throw new IllegalArgumentException("key mismatch");
        }
        for (String line : key) {
            if (!readUtf(in).equals(line)) {
                throw new IllegalArgumentException("key mismatch");
            }
        }
        // The automaton is half the bytes and needs nothing else: read on another core meanwhile.
        int trieBytes = in.getInt();
        ByteBuffer trieSlice = in.slice(in.position(), trieBytes);
        CompletableFuture<NameTrie> trie = CompletableFuture.supplyAsync(() -> NameTrie.readFrom(trieSlice));
        in.position(in.position() + trieBytes);
        String[] pool = StringPool.readFrom(in);
        GazetteerEntry[] entries = new GazetteerEntry[in.getInt()];
        for (int i = 0; i < entries.length; i++) {
            String id = pool[in.getInt()];
            String name = pool[in.getInt()];
            String nameFr = pool[in.getInt()];
            PlaceKind kind = PlaceKind.valueOf(pool[in.getInt()]);
            Optional<String> country = optional(pool, in.getInt());
            GeoPoint point = new GeoPoint(in.getDouble(), in.getDouble());
            List<String> names = readStrings(in, pool);
            long population = in.getLong();
            Optional<String> admin1 = optional(pool, in.getInt());
            String featureCode = pool[in.getInt()];
            Optional<String> operator = optional(pool, in.getInt());
            boolean active = in.get() != 0;
            List<String> members = readStrings(in, pool);
            entries[i] = new GazetteerEntry(new Place(id, name, nameFr, kind, country, point), names, population,
                    admin1, featureCode, operator, active, members);
        }
        NameTarget[] targets = new NameTarget[in.getInt()];
        for (int i = 0; i < targets.length; i++) {
            String name = pool[in.getInt()];
            boolean notAPlace = in.get() != 0;
            GazetteerEntry[] meant = new GazetteerEntry[in.getInt()];
            for (int k = 0; k < meant.length; k++) {
                meant[k] = entries[in.getInt()];
            }
            targets[i] = new NameTarget(name, List.of(meant), notAPlace);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return new Gazetteer(List.of(entries), new NameIndex(targets, joined(trie)), List.of());
    }

    private static NameTrie joined(CompletableFuture<NameTrie> trie) {
        try {
            NameTrie read = trie.join();
            if (read.size() < 0) {
                throw new IllegalArgumentException("negative trie size");
            }
            return read;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Optional<String> optional(String[] pool, int index) {
        return index < 0 ? Optional.empty() : Optional.of(pool[index]);
    }

    private static void writeStrings(DataOutputStream out, StringPool pool, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeInt(pool.indexOf(s));
        }
    }

    private static List<String> readStrings(ByteBuffer in, String[] pool) {
        String[] strings = new String[in.getInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = pool[in.getInt()];
        }
        return List.of(strings);
    }

    /** The same as {@link java.io.DataInput#readUTF} for the plain text of key lines. */
    private static String readUtf(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** Each distinct string written once: most entries share their kind, country and feature code. */
    private static final class StringPool {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        void add(String... values) {
            for (String s : values) {
                index.computeIfAbsent(s, k -> {
                    strings.add(k);
                    return strings.size() - 1;
                });
            }
        }

        int indexOf(String s) {
            return index.get(s);
        }

        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(strings.size());
            for (String s : strings) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }

        static String[] readFrom(ByteBuffer in) {
            String[] pool = new String[in.getInt()];
            byte[] bytes = in.array();
            for (int i = 0; i < pool.length; i++) {
                int length = in.getInt();
                pool[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            return pool;
        }
    }

    /**
     * Gazetteers built from other files are rarely read again and each is megabytes; the few
     * most recent are kept for a user who switches between two versions of the data.
     */
    private static void removeOthers(Path kept) throws IOException {
        try (var others = Files.list(kept.getParent())) {
            List<Path> stale = others.filter(p -> p.getFileName().toString().startsWith(FORMAT + "-"))
                    .filter(p -> !p.equals(kept))
                    .sorted(java.util.Comparator.comparing(GazetteerCache::modified).reversed())
                    .toList();
            for (Path p : stale.subList(Math.min(KEPT_OTHERS, stale.size()), stale.size())) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Optional<Path> fileFor(List<String> key) {
        return folder.map(f -> f.resolve(FORMAT + "-" + AtlasCache.nameFor(key) + ".bin"));
    }
}
