package org.articleatlas.geoparse;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.gazetteer.GazetteerLoader;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.CatalogEntry;
import org.articleatlas.geodata.GeodataException;
import org.articleatlas.geodata.Layer;
import org.articleatlas.geodata.LayerCatalog;
import org.articleatlas.geodata.LayerKind;
import org.articleatlas.geodata.LayerSet;
import org.articleatlas.home.AtlasCache;
import org.articleatlas.model.Article;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.Place;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The geoparser's reading of each article kept on disk, so that a start with articles read before
 * (the seeds, a lesson's articles) shows their places without building the gazetteer and the
 * geoparser first. One file per article in the cache folder's {@code geoparse/}.
 *
 * <p>A reading is named by its key: the article as the geoparser reads it (id, language, text,
 * sentence spans), the gazetteer's data key (its source files by contents, its building code, the
 * folding library: {@link GazetteerLoader#dataKey}), the borders layer by contents, the options and
 * the application's own code ({@link AtlasCache#codeVersion}: the jar's bytes). Any change to one of
 * them is another key, so a reading is never reused across versions of the code or of the data. The
 * key is also stored in the file and compared, and a CRC-32C over the whole file catches a damaged
 * one: an entry that cannot be read is ignored (the article is read again and the entry rewritten),
 * never trusted. Only readings made with every geodata file readable are kept. Corrections of a
 * project are not part of a reading: they apply after it, as to a fresh one.
 */
public final class GeoparseCache {

    private static final Logger LOG = LoggerFactory.getLogger(GeoparseCache.class);
    /** Bumped whenever the layout below changes. */
    private static final String FORMAT = "geoparse-v1";
    private static final int MAGIC = 0x41414750;
    /** Readings made by other builds or from other data are removed once this old. */
    private static final Duration KEEP_OTHERS = Duration.ofDays(7);

    private final Optional<Path> folder;
    private final List<String> baseKey;
    private final String baseName;

    private GeoparseCache(Optional<Path> folder, List<String> baseKey) {
        this.folder = folder;
        this.baseKey = List.copyOf(baseKey);
        this.baseName = AtlasCache.nameFor(baseKey);
    }

    /** A cache that keeps nothing: every reading is made anew. */
    public static GeoparseCache none() {
        return new GeoparseCache(Optional.empty(), List.of());
    }

    /**
     * In {@code folder}, for readings made with the gazetteer and borders of {@code dataKey} (tests
     * give their own folder); the code's version and the options are added to the key here.
     */
    static GeoparseCache in(Path folder, List<String> dataKey, GeoparseOptions options) {
        return new GeoparseCache(Optional.of(folder), baseKey(dataKey, options));
    }

    /**
     * In the user's cache folder, for a geoparser built from {@code folder}'s gazetteer and the
     * layers of {@code layers} (as {@link GeoparserLoader} builds it); none when caching is off.
     */
    public static GeoparseCache userDefault(Path folder, LayerSet layers, GeoparseOptions options) {
        Optional<Path> cache = AtlasCache.folder("geoparse");
        if (cache.isEmpty()) {
            return none();
        }
        List<String> key = new ArrayList<>(GazetteerLoader.dataKey(folder, layers));
        key.add(bordersKey(layers.firstOf(LayerKind.BORDERS).map(Layer::file)));
        return new GeoparseCache(cache, baseKey(key, options));
    }

    /**
     * The same for the layers {@code folder}'s catalog names, without opening them (the window looks
     * its seeds up before its layers are open); none when caching is off or the catalog unreadable.
     */
    public static GeoparseCache userDefault(Path folder, GeoparseOptions options) {
        Optional<Path> cache = AtlasCache.folder("geoparse");
        if (cache.isEmpty()) {
            return none();
        }
        try {
            List<String> key = new ArrayList<>(GazetteerLoader.dataKey(folder));
            Optional<Path> borders = LayerCatalog.read(folder).entries().stream()
                    .filter(e -> e.kind() == LayerKind.BORDERS).findFirst()
                    .map(CatalogEntry::file).map(folder::resolve);
            key.add(bordersKey(borders));
            return new GeoparseCache(cache, baseKey(key, options));
        } catch (GeodataException | RuntimeException e) {
            LOG.debug("No geoparse cache for {}: {}", folder, e.toString());
            return none();
        }
    }

    private static List<String> baseKey(List<String> dataKey, GeoparseOptions options) {
        List<String> key = new ArrayList<>();
        key.add(FORMAT);
        key.add("code " + AtlasCache.codeVersion());
        key.add("options " + options);
        key.addAll(dataKey);
        return key;
    }

    private static String bordersKey(Optional<Path> borders) {
        if (borders.isEmpty()) {
            return "borders none";
        }
        try {
            return "borders " + borders.get().getFileName() + " " + AtlasCache.contentKey(borders.get());
        } catch (IOException e) {
            return "borders " + borders.get().getFileName() + " missing";
        }
    }

    public boolean enabled() {
        return folder.isPresent();
    }

    /**
     * The reading of {@code articles}: each article's from the cache when it is there, the others
     * read by the geoparser {@code parser} gives (asked for only then) and kept. The result is the
     * one {@link Geoparser#parseAll} gives for the same articles.
     */
    public GeoparseResult parseAll(List<Article> articles, Supplier<Geoparser> parser) {
        List<ArticleGeoparse> read = new ArrayList<>(articles.size());
        List<Article> missing = new ArrayList<>();
        for (Article article : articles) {
            Optional<ArticleGeoparse> cached = read(article);
            read.add(cached.orElse(null));
            if (cached.isEmpty()) {
                missing.add(article);
            }
        }
        if (!missing.isEmpty()) {
            Geoparser geoparser = parser.get();
            List<ArticleGeoparse> parsed = geoparser.parseAll(missing).articles();
            for (int i = 0, next = 0; i < read.size(); i++) {
                if (read.get(i) == null) {
                    ArticleGeoparse fresh = parsed.get(next++);
                    read.set(i, fresh);
                    if (geoparser.dataProblems().isEmpty()) {
                        write(fresh);
                    }
                }
            }
        }
        return GeoparseResult.of(read);
    }

    /** The reading of every one of {@code articles} from the cache, or none if any is missing. */
    public Optional<GeoparseResult> readAll(List<Article> articles) {
        List<ArticleGeoparse> read = new ArrayList<>(articles.size());
        for (Article article : articles) {
            Optional<ArticleGeoparse> cached = read(article);
            if (cached.isEmpty()) {
                return Optional.empty();
            }
            read.add(cached.get());
        }
        return Optional.of(GeoparseResult.of(read));
    }

    /** Keeps the readings of a geoparser whose data was all readable (see {@link Geoparser#dataProblems}). */
    public void writeAll(GeoparseResult result) {
        result.articles().forEach(this::write);
    }

    /** The cached reading of {@code article}, if there is a sound one for this key. */
    public Optional<ArticleGeoparse> read(Article article) {
        Optional<Path> file = fileFor(article);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            ByteBuffer content = AtlasCache.readChecked(file.get());
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(content.array(), 0, content.limit()));
            ArticleGeoparse read = decode(in, article);
            if (in.available() > 0) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return Optional.of(read);
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.debug("Geoparse cache {} unreadable, reading the article again: {}", file.get(), e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the reading of one article; a cache that cannot be written is left as it is. */
    public void write(ArticleGeoparse reading) {
        Optional<Path> file = fileFor(reading.article());
        if (file.isEmpty()) {
            return;
        }
        try {
            AtlasCache.writeChecked(file.get(), out -> encode(out, reading));
            removeStale(file.get().getParent());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Geoparse cache not written to {}: {}", file.get(), e.toString());
        }
    }

    /** What the geoparser reads of an article; nothing else of it (title, metadata) changes its reading. */
    private static String articleName(Article article) {
        return AtlasCache.nameFor(List.of(article.id(), article.language().name(), article.text(),
                article.sentences().toString()));
    }

    /** The entry of {@code article}, for tests that damage it. */
    Optional<Path> fileFor(Article article) {
        return folder.map(f -> f.resolve(FORMAT + "-" + baseName + "-" + articleName(article) + ".bin"));
    }

    // Layout: magic, key lines, the article's name; its places (mention, entry, score, reason,
    // runners-up), its borders (border with its line as WKB, mention, reason); then the CRC-32C of
    // all that. The mention's text is not stored: it is the article's text at its span.

    private void encode(DataOutputStream out, ArticleGeoparse reading) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(baseKey.size());
        for (String line : baseKey) {
            out.writeUTF(line);
        }
        out.writeUTF(articleName(reading.article()));
        out.writeInt(reading.places().size());
        for (ResolvedMention r : reading.places()) {
            writeMention(out, r.mention());
            writeEntry(out, r.entry());
            out.writeDouble(r.score());
            out.writeUTF(r.reason());
            out.writeInt(r.runnersUp().size());
            for (Candidate c : r.runnersUp()) {
                writePlace(out, c.place());
                out.writeDouble(c.score());
                out.writeUTF(c.reason());
            }
        }
        out.writeInt(reading.borders().size());
        WKBWriter wkb = new WKBWriter();
        for (BorderMention b : reading.borders()) {
            Border border = b.border();
            out.writeUTF(border.id());
            out.writeUTF(border.a());
            out.writeUTF(border.b());
            out.writeUTF(border.nameEn());
            out.writeUTF(border.nameFr());
            out.writeDouble(border.lengthKm());
            byte[] line = wkb.write(border.geometry());
            out.writeInt(line.length);
            out.write(line);
            writeMention(out, b.mention());
            out.writeUTF(b.reason());
        }
    }

    private ArticleGeoparse decode(DataInputStream in, Article article) throws IOException, ParseException {
        if (in.readInt() != MAGIC) {
            throw new IllegalArgumentException("not a geoparse cache");
        }
        if (in.readInt() != baseKey.size()) {
            throw new IllegalArgumentException("key mismatch");
        }
        for (String line : baseKey) {
            if (!in.readUTF().equals(line)) {
                throw new IllegalArgumentException("key mismatch");
            }
        }
        if (!in.readUTF().equals(articleName(article))) {
            throw new IllegalArgumentException("another article");
        }
        List<ResolvedMention> places = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            Mention mention = readMention(in, article);
            GazetteerEntry entry = readEntry(in);
            double score = in.readDouble();
            String reason = in.readUTF();
            List<Candidate> runnersUp = new ArrayList<>();
            for (int k = count(in); k > 0; k--) {
                runnersUp.add(new Candidate(readPlace(in), in.readDouble(), in.readUTF()));
            }
            places.add(new ResolvedMention(mention, entry, score, reason, List.copyOf(runnersUp)));
        }
        List<BorderMention> borders = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        for (int i = count(in); i > 0; i--) {
            String id = in.readUTF();
            String a = in.readUTF();
            String b = in.readUTF();
            String nameEn = in.readUTF();
            String nameFr = in.readUTF();
            double km = in.readDouble();
            byte[] line = new byte[count(in)];
            in.readFully(line);
            Border border = new Border(id, a, b, nameEn, nameFr, km, wkb.read(line));
            borders.add(new BorderMention(border, readMention(in, article), in.readUTF()));
        }
        return new ArticleGeoparse(article, places, borders);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IllegalArgumentException("bad count " + n);
        }
        return n;
    }

    private static void writeMention(DataOutputStream out, Mention m) throws IOException {
        out.writeInt(m.span().start());
        out.writeInt(m.span().end());
        out.writeInt(m.sentence().start());
        out.writeInt(m.sentence().end());
        out.writeUTF(m.use().name());
    }

    /** A span outside the article's text fails here, as a damaged entry. */
    private static Mention readMention(DataInputStream in, Article article) throws IOException {
        TextSpan span = new TextSpan(in.readInt(), in.readInt());
        TextSpan sentence = new TextSpan(in.readInt(), in.readInt());
        if (span.end() > article.text().length() || sentence.end() > article.text().length()) {
            throw new IllegalArgumentException("span outside the article");
        }
        return new Mention(article.id(), span, span.of(article.text()), sentence, MentionUse.valueOf(in.readUTF()));
    }

    private static void writeEntry(DataOutputStream out, GazetteerEntry e) throws IOException {
        writePlace(out, e.place());
        writeStrings(out, e.names());
        out.writeLong(e.population());
        writeOptional(out, e.admin1());
        out.writeUTF(e.featureCode());
        writeOptional(out, e.operator());
        out.writeBoolean(e.active());
        writeStrings(out, e.members());
    }

    private static GazetteerEntry readEntry(DataInputStream in) throws IOException {
        Place place = readPlace(in);
        List<String> names = readStrings(in);
        long population = in.readLong();
        Optional<String> admin1 = readOptional(in);
        String featureCode = in.readUTF();
        Optional<String> operator = readOptional(in);
        boolean active = in.readBoolean();
        return new GazetteerEntry(place, names, population, admin1, featureCode, operator, active, readStrings(in));
    }

    private static void writePlace(DataOutputStream out, Place p) throws IOException {
        out.writeUTF(p.id());
        out.writeUTF(p.name());
        out.writeUTF(p.nameFr());
        out.writeUTF(p.kind().name());
        writeOptional(out, p.country());
        out.writeDouble(p.point().lat());
        out.writeDouble(p.point().lon());
    }

    private static Place readPlace(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        String nameFr = in.readUTF();
        PlaceKind kind = PlaceKind.valueOf(in.readUTF());
        Optional<String> country = readOptional(in);
        return new Place(id, name, nameFr, kind, country, new GeoPoint(in.readDouble(), in.readDouble()));
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        String[] strings = new String[count(in)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        return List.of(strings);
    }

    /**
     * Readings made by other builds of the application or from other data are of no use to this one;
     * kept a while for a user who switches between two versions, then removed.
     */
    private void removeStale(Path dir) throws IOException {
        Instant limit = Instant.now().minus(KEEP_OTHERS);
        String current = FORMAT + "-" + baseName + "-";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(FORMAT + "-") && !name.startsWith(current)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(limit)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
