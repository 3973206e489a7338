package se.ansvarskarta.model;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to read past a byte limit, so an oversized file is stopped while it streams in. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown (unchecked, so parsers pass it through) when the limit is passed. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded() {
            super(null, null, false, false);
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw new LimitExceeded();
        }
    }
}
