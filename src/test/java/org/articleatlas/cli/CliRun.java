package org.articleatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line inside the test's JVM, as a test reads it: exit code, output, errors. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AtlasCli.run(args, new PrintWriter(out), new PrintWriter(err));
        // Line ends as on every platform, so that expected text can be written once.
        return new CliRun(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    String[] outLines() {
        return out.isEmpty() ? new String[0] : out.split("\n");
    }

    /** Standard output read as JSON; null when the command printed nothing. */
    JsonNode json() throws IOException {
        return out.isBlank() ? null : new ObjectMapper().readTree(out);
    }
}
