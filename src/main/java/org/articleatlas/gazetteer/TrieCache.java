package org.articleatlas.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.articleatlas.home.AtlasCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built name automaton kept on disk, named by a hash of its names so that a changed gazetteer
 * never loads a stale one. A cache that cannot be read or written is ignored: the automaton is
 * then built, which is slower and nothing worse.
 */
final class TrieCache {

    private static final Logger LOG = LoggerFactory.getLogger(TrieCache.class);
    /** Bumped whenever what is cached changes shape. */
    private static final String FORMAT = "names-v1";

    private final Optional<Path> folder;

    private TrieCache(Optional<Path> folder) {
        this.folder = folder;
    }

    static TrieCache none() {
        return new TrieCache(Optional.empty());
    }

    static TrieCache in(Path folder) {
        return new TrieCache(Optional.of(folder));
    }

    /** In the user's cache folder ({@link AtlasCache}); none when caching is off. */
    static TrieCache userDefault() {
        return new TrieCache(AtlasCache.folder("names"));
    }

    @SuppressWarnings("unchecked")
    Optional<AhoCorasickDoubleArrayTrie<Integer>> load(Collection<String> sortedKeys) {
        Optional<Path> file = fileFor(sortedKeys);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file.get()), 1 << 16))) {
            return Optional.of((AhoCorasickDoubleArrayTrie<Integer>) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.debug("Name cache {} unreadable, rebuilding: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    void store(Collection<String> sortedKeys, AhoCorasickDoubleArrayTrie<Integer> trie) {
        Optional<Path> file = fileFor(sortedKeys);
        if (file.isEmpty()) {
            return;
        }
        try {
            AtlasCache.writeAtomically(file.get(), out -> {
                ObjectOutputStream objects = new ObjectOutputStream(out);
                objects.writeObject(trie);
                objects.flush();
            });
            removeOthers(file.get());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Name cache not written to {}: {}", file.get(), e.toString());
        }
    }

    /** Automata of earlier gazetteers are never read again; each is megabytes. */
    private static void removeOthers(Path kept) throws IOException {
        try (var others = Files.list(kept.getParent())) {
            for (Path p : others.filter(p -> p.getFileName().toString().startsWith(FORMAT + "-"))
                    .filter(p -> !p.equals(kept)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Optional<Path> fileFor(Collection<String> sortedKeys) {
        return folder.map(f -> f.resolve(FORMAT + "-" + AtlasCache.nameFor(sortedKeys) + ".bin"));
    }
}
