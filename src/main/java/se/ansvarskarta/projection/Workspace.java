package se.ansvarskarta.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-node work arrays for one analysis at a time, taken from a small pool of the projection and given back when
 * closed, so that a what-if allocates what its answer needs and not arrays the size of the model (on the national
 * model, 870 kB per array and several per call: humongous objects for the garbage collector, hundreds of megabytes a
 * second under load).
 *
 * <p>Arrays keep what earlier uses left in them. A <em>mark</em> array only ever holds stamps: a node is marked in
 * this use when its entry equals a stamp from {@link #nextStamp()}, which no earlier use has written, so nothing needs
 * clearing. A <em>data</em> array holds anything and is only read where this use wrote it (where a mark says so).
 * Not thread-safe: one analysis, one thread.
 */
public final class Workspace implements AutoCloseable {

    /** Stamps past this point are rewound (marks cleared) when the workspace is next taken. */
    private static final int REWIND_AT = 1 << 30;

    private final Pool pool;
    private final int size;
    private final List<int[]> marks = new ArrayList<>(4);
    private final List<int[]> data = new ArrayList<>(4);
    private int marksHandedOut;
    private int dataHandedOut;
    private int stamp;

    private Workspace(Pool pool, int size) {
        this.pool = pool;
        this.size = size;
    }

    /** A mark array with one entry per node; compare entries with a stamp of this use. */
    public int[] marks() {
        if (marksHandedOut == marks.size()) {
            marks.add(new int[size]);
        }
        return marks.get(marksHandedOut++);
    }

    /** A data array with one entry per node, holding whatever an earlier use left. */
    public int[] data() {
        if (dataHandedOut == data.size()) {
            data.add(new int[size]);
        }
        return data.get(dataHandedOut++);
    }

    /** A stamp that no mark array of this workspace holds yet. */
    public int nextStamp() {
        return ++stamp;
    }

    /** Gives the workspace back; its arrays must not be used after this. */
    @Override
    public void close() {
        pool.release(this);
    }

    private void prepare(int rewindAt) {
        marksHandedOut = 0;
        dataHandedOut = 0;
        if (stamp >= rewindAt) {
            for (int[] m : marks) {
                Arrays.fill(m, 0);
            }
            stamp = 0;
        }
    }

    /** The workspaces of one projection: as many as analyses run at once, at most {@code keep} kept when idle. */
    static final class Pool {

        private final int size;
        private final int keep;
        private final int rewindAt;
        private final ConcurrentLinkedQueue<Workspace> idle = new ConcurrentLinkedQueue<>();
        private final AtomicInteger idleCount = new AtomicInteger();

        Pool(int size, int keep) {
            this(size, keep, REWIND_AT);
        }

        Pool(int size, int keep, int rewindAt) {
            this.size = size;
            this.keep = keep;
            this.rewindAt = rewindAt;
        }

        Workspace take() {
            Workspace w = idle.poll();
            if (w == null) {
                w = new Workspace(this, size);
            } else {
                idleCount.decrementAndGet();
            }
            w.prepare(rewindAt);
            return w;
        }

        private void release(Workspace w) {
            if (idleCount.incrementAndGet() <= keep) {
                idle.offer(w);
            } else {
                idleCount.decrementAndGet();
            }
        }
    }
}
