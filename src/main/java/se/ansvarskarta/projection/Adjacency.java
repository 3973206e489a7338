package se.ansvarskarta.projection;

/**
 * Edges of one relationship type in one direction as compressed sparse rows: the neighbours of node {@code n} are
 * {@code targets[offsets[n] .. offsets[n+1])}, with an optional small tag per edge (a responsibility's aspect).
 */
public final class Adjacency {

    private static final int[] NONE = new int[0];

    private final int[] offsets;
    private final int[] targets;
    private final byte[] tags;

    private Adjacency(int[] offsets, int[] targets, byte[] tags) {
        this.offsets = offsets;
        this.targets = targets;
        this.tags = tags;
    }

    /** Builds the rows for {@code nodes} nodes from parallel edge arrays (counting sort, stable). */
    static Adjacency of(int nodes, int[] from, int[] to, byte[] tag, int edges) {
        int[] offsets = new int[nodes + 1];
        for (int i = 0; i < edges; i++) {
            offsets[from[i] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            offsets[n + 1] += offsets[n];
        }
        int[] cursor = new int[nodes];
        System.arraycopy(offsets, 0, cursor, 0, nodes);
        int[] targets = edges == 0 ? NONE : new int[edges];
        byte[] tags = tag == null || edges == 0 ? null : new byte[edges];
        for (int i = 0; i < edges; i++) {
            int slot = cursor[from[i]]++;
            targets[slot] = to[i];
            if (tags != null) {
                tags[slot] = tag[i];
            }
        }
        return new Adjacency(offsets, targets, tags);
    }

    /** What {@link #edges} calls for every edge: its node, its neighbour and its position in the rows. */
    @FunctionalInterface
    interface EdgeVisitor {
        void edge(int node, int neighbour, int position);
    }

    /** Every edge, node by node in index order, each node's neighbours in their order. */
    void edges(EdgeVisitor visitor) {
        int nodes = offsets.length - 1;
        for (int node = 0; node < nodes; node++) {
            for (int e = offsets[node]; e < offsets[node + 1]; e++) {
                visitor.edge(node, targets[e], e);
            }
        }
    }

    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** Index of the first edge of {@code node}; edges run to {@link #end(int)}. */
    public int start(int node) {
        return offsets[node];
    }

    public int end(int node) {
        return offsets[node + 1];
    }

    public int target(int edge) {
        return targets[edge];
    }

    public byte tag(int edge) {
        return tags == null ? 0 : tags[edge];
    }

    /** A copy of the neighbours of {@code node}. */
    public int[] of(int node) {
        int start = offsets[node];
        int end = offsets[node + 1];
        if (start == end) {
            return NONE;
        }
        int[] result = new int[end - start];
        System.arraycopy(targets, start, result, 0, result.length);
        return result;
    }

    public int edgeCount() {
        return targets.length;
    }

    long bytes() {
        return 4L * offsets.length + 4L * targets.length + (tags == null ? 0 : tags.length);
    }
}
