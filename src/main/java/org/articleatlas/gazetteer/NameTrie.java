package org.articleatlas.gazetteer;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.TreeMap;

/**
 * The library's Aho-Corasick automaton over sorted folded names, each name's value its index.
 * The library keeps its arrays protected for subclasses; this one writes and reads them as plain
 * ints, which loads in a fraction of the time Java serialisation of the same arrays takes.
 */
final class NameTrie extends AhoCorasickDoubleArrayTrie<Integer> {

    /**
     * {@code base} and {@code check} side by side ({@code base[p]} at {@code 2p}, {@code check[p]}
     * at {@code 2p + 1}): a walk reads both at each state, and the arrays are tens of megabytes, so
     * one memory line for both rather than two halves the cache misses of the walk.
     */
    private int[] cells;

    private NameTrie() {
    }

    private void interleave() {
        int[] both = new int[2 * base.length];
        for (int p = 0; p < base.length; p++) {
            both[2 * p] = base[p];
            both[2 * p + 1] = p < check.length ? check[p] : 0;
        }
        cells = both;
    }

    /** @param sortedKeys folded names in {@link String#compareTo} order; a hit's value is the index of its name */
    static NameTrie build(String[] sortedKeys) {
        TreeMap<String, Integer> indexed = new TreeMap<>();
        for (int i = 0; i < sortedKeys.length; i++) {
            indexed.put(sortedKeys[i], i);
        }
        NameTrie trie = new NameTrie();
        trie.build(indexed);
        trie.interleave();
        return trie;
    }

    /**
     * The names that {@code text} spells from {@code begin}, shortest first: for the k-th,
     * {@code found[2k]} is where it ends and {@code found[2k + 1]} its index.
     *
     * @param found room for {@link #longestName()} pairs
     * @return how many names were found
     */
    int namesStartingAt(char[] text, int begin, int[] found) {
        // The library walks a text only with its failure links, over every position (parseText);
        // a walk from one position along the goto function alone is not in its API. The steps are
        // the library's own (exactMatchSearch): a child of the state whose base is b sits at
        // b + c + 1 and has check b; a state that ends a name has a child at b itself whose base
        // is minus one minus the name's index.
        // The arrays in locals: the client compiler the commands run with reads a field again at
        // each step of a loop, and this loop runs from every word start of every article.
        int[] cells = this.cells;
        int states = Math.min(check.length, base.length);
        int count = 0;
        int b = cells[0];
        for (int end = begin; end < text.length; ) {
            int p = b + text[end] + 1;
            if (p >= states || cells[2 * p + 1] != b) {
                break;
            }
            b = cells[2 * p];
            end++;
            if (cells[2 * b + 1] == b && cells[2 * b] < 0) {
                found[2 * count] = end;
                found[2 * count + 1] = -cells[2 * b] - 1;
                count++;
            }
        }
        return count;
    }

    /** The length of the longest name. */
    int longestName() {
        int longest = 0;
        for (int length : l) {
            longest = Math.max(longest, length);
        }
        return longest;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(size);
        writeInts(out, check);
        writeInts(out, base);
        writeInts(out, fail);
        writeInts(out, l);
        out.writeInt(output.length);
        for (int[] emits : output) {
            if (emits == null) {
                out.writeInt(-1);
            } else {
                writeInts(out, emits);
            }
        }
        out.writeInt(l.length);
    }

    /** @throws IllegalArgumentException or a {@link java.nio.BufferUnderflowException} when the bytes are not a trie */
    static NameTrie readFrom(ByteBuffer in) {
        NameTrie trie = new NameTrie();
        trie.size = in.getInt();
        trie.check = readInts(in);
        trie.base = readInts(in);
        trie.fail = readInts(in);
        trie.l = readInts(in);
        int states = in.getInt();
        if (states < 0 || states > in.remaining()) {
            throw new IllegalArgumentException("bad state count " + states);
        }
        trie.output = new int[states][];
        for (int i = 0; i < states; i++) {
            int n = in.getInt();
            if (n >= 0) {
                in.position(in.position() - Integer.BYTES);
                trie.output[i] = readInts(in);
            }
        }
        int values = in.getInt();
        if (values != trie.l.length) {
            throw new IllegalArgumentException("values " + values + " for " + trie.l.length + " names");
        }
        trie.v = new Integer[values];
        for (int i = 0; i < values; i++) {
            trie.v[i] = i;
        }
        trie.interleave();
        return trie;
    }

    /** Whether each name's value is its index, as {@link #readFrom} rebuilds them. */
    boolean valuesAreIndexes() {
        // Through get(int): the library's value array is an Object[] whatever V is.
        for (int i = 0; i < l.length; i++) {
            if (get(i) != i) {
                return false;
            }
        }
        return true;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        byte[] bytes = new byte[values.length * Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().put(values);
        out.write(bytes);
    }

    private static int[] readInts(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining() / Integer.BYTES) {
            throw new IllegalArgumentException("bad array length " + n);
        }
        int[] values = new int[n];
        in.asIntBuffer().get(values);
        in.position(in.position() + n * Integer.BYTES);
        return values;
    }
}
