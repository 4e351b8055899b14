package org.articleatlas.geodata;

import java.nio.file.Path;

/** A layer file that could not be opened; {@code message} is one line that names the file. */
public record LayerProblem(Path file, String message) {
}
