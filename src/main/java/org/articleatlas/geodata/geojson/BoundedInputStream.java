package org.articleatlas.geodata.geojson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that pass and stops at a limit, so that a file (or a gzip bomb) larger
 * than we are willing to hold is refused after reading no more than the limit. It also
 * tells read failures of the underlying stream apart from JSON errors found by the parser.
 */
final class BoundedInputStream extends FilterInputStream {

    /** Thrown once more than the limit has been read. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException() {
            super("size limit exceeded");
        }
    }

    /** A failure of the stream under the parser (disk, gzip), as opposed to bad JSON in it. */
    static final class SourceException extends IOException {
        private static final long serialVersionUID = 1L;

        SourceException(String message, IOException cause) {
            super(message, cause);
        }
    }

    private final long limit;
    private final String failurePrefix;
    private long count;

    /**
     * @param failurePrefix what a failure of {@code in} means to the user, e.g. "could not read the file"
     */
    BoundedInputStream(InputStream in, long limit, String failurePrefix) {
        super(in);
        this.limit = limit;
        this.failurePrefix = failurePrefix;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = guarded(() -> super.read());
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // Never ask for more than one byte past the limit: enough to know it was crossed.
        long room = limit - count + 1;
        int wanted = (int) Math.min(length, Math.max(1, room));
        int n = guarded(() -> super.read(buffer, offset, wanted));
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = guarded(() -> (int) super.skip(Math.min(n, Integer.MAX_VALUE)));
        advance(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException();
        }
    }

    private interface Read {
        int run() throws IOException;
    }

    private int guarded(Read read) throws IOException {
        try {
            return read.run();
        } catch (LimitExceededException | SourceException e) {
            throw e;
        } catch (IOException e) {
            throw new SourceException(failurePrefix + " (" + Messages.oneLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }
}
