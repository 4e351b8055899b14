package org.articleatlas.geodata.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geotools.api.data.FileDataStore;
import org.geotools.api.data.FileDataStoreFactorySpi;

/**
 * Lets GeoTools' finders open GeoJSON files: {@code FileDataStoreFinder.getDataStore(file)} for a
 * {@code .geojson}, {@code .json}, {@code .geojson.gz} or {@code .json.gz} file, or
 * {@code DataStoreFinder.getDataStore(Map.of("url", url))}.
 */
public class GeoJsonDataStoreFactory implements FileDataStoreFactorySpi {

    /** The file to open, as a {@code file:} URL (a string is converted). */
    public static final Param URL_PARAM = new Param("url", URL.class,
            "a GeoJSON file: .geojson, .json, .geojson.gz or .json.gz", true);

    private static final List<String> EXTENSIONS = List.of(".geojson", ".json", ".geojson.gz", ".json.gz");

    /** How much of a file {@link #declaresGeoJsonType} reads. */
    private static final int SNIFFED_BYTES = 4096;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String getDisplayName() {
        return "GeoJSON";
    }

    @Override
    public String getDescription() {
        return "GeoJSON files (RFC 7946), plain or gzip-compressed, read-only";
    }

    @Override
    public Param[] getParametersInfo() {
        return new Param[] {URL_PARAM};
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public String[] getFileExtensions() {
        return EXTENSIONS.toArray(String[]::new);
    }

    @Override
    public boolean canProcess(Map<String, ?> params) {
        try {
            Object url = URL_PARAM.lookUp(params);
            return url instanceof URL u && canProcess(u);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public boolean canProcess(URL url) {
        if (url == null || !"file".equalsIgnoreCase(url.getProtocol())) {
            return false;
        }
        String path = url.getPath().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(path::endsWith);
    }

    /**
     * Whether the file's first bytes (plain JSON, not gzip) open an object whose {@code "type"} is a
     * GeoJSON type: tells a GeoJSON file named {@code .json} from the other JSON files of a folder
     * without reading it whole. A {@code "type"} after the first few kilobytes is not seen.
     */
    public static boolean declaresGeoJsonType(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        } catch (IOException e) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING && GeoJsonReader.isGeoJsonType(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            // the head ends mid-document or is not JSON: no "type" seen in the first bytes
            return false;
        }
    }

    @Override
    public GeoJsonDataStore createDataStore(Map<String, ?> params) throws IOException {
        Object url = URL_PARAM.lookUp(params);
        if (!(url instanceof URL u)) {
            throw new IOException("no \"url\" parameter naming a GeoJSON file");
        }
        return createDataStore(u);
    }

    /** Reading starts on first use, so that a bad file fails with its reason rather than a null store. */
    @Override
    public GeoJsonDataStore createDataStore(URL url) throws IOException {
        if (!canProcess(url)) {
            throw new IOException(url + ": not a GeoJSON file (expected a file: URL ending in "
                    + String.join(", ", EXTENSIONS) + ")");
        }
        return new GeoJsonDataStore(toPath(url));
    }

    @Override
    public FileDataStore createNewDataStore(Map<String, ?> params) {
        throw new UnsupportedOperationException("GeoJSON files are read-only here");
    }

    @Override
    public String getTypeName(URL url) throws IOException {
        return GeoJsonDataStore.typeNameOf(toPath(url));
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException(url + ": not a usable file URL (" + e.getMessage() + ")", e);
        }
    }
}
