package org.articleatlas.geodata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the small JSON files of a geodata folder (the catalog, the reference tables) with one-line errors. */
final class GeodataJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeodataJson() {
    }

    /**
     * @param what the file's role in the message: « catalog » gives « invalid catalog JSON: … (line 3) »
     * @throws GeodataException naming the file, the line and the cause
     */
    static <T> T read(Path file, Class<T> type, String what) throws GeodataException {
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            if (value == null) {
                throw new GeodataException(file + ": invalid " + what + " JSON: the file holds no object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new GeodataException(file + ": invalid " + what + " JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new GeodataException(file + ": cannot read the " + what + ": " + e.getMessage(), e);
        }
    }
}
