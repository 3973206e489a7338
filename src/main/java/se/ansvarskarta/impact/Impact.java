package se.ansvarskarta.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.Workspace;

/**
 * The failure impact of a set of failed nodes (PRODUCT.md, analysis 1): the down nodes, each with its depth (fewest
 * edges to a failed node along edges that lead to down nodes) and one shortest path, and the organisations that use
 * a down system.
 */
public final class Impact {

    private final int[] down;
    /** Per position in {@link #down}: the depth, and the position of the next node on its path (-1: failed). */
    private final int[] depth;
    private final int[] next;
    private final NodePositions positions;
    private final Map<Integer, int[]> organisations;

    private Impact(int[] down, int[] depth, int[] next, Map<Integer, int[]> organisations) {
        this.down = down;
        this.depth = depth;
        this.next = next;
        this.positions = new NodePositions(down);
        this.organisations = organisations;
    }

    /** The impact of the failure of {@code failed} (node indices; repeats count once). */
    public static Impact of(Projection p, int[] failed) {
        int[] distinct = Arrays.stream(failed).distinct().toArray();
        try (Workspace workspace = p.workspace()) {
            Failure failure = new Failure(p, workspace);
            failure.run(distinct, null);
            return breadthFirst(p, distinct, failure, workspace);
        }
    }

    /** Breadth-first from the failed nodes against the edges, staying on down nodes. */
    private static Impact breadthFirst(Projection p, int[] failed, Failure failure, Workspace workspace) {
        int[] reached = workspace.marks();
        int[] position = workspace.data();
        int stamp = workspace.nextStamp();
        int total = failure.size();
        int[] queue = new int[total];
        int[] depth = new int[total];
        int[] next = new int[total];
        int size = 0;
        for (int f : failed) {
            reached[f] = stamp;
            position[f] = size;
            depth[size] = 0;
            next[size] = -1;
            queue[size++] = f;
        }
        Adjacency[] against = {p.in(Rel.DEPENDS_ON), p.in(Rel.MEMBER)};
        // level by level, each level past the failed nodes in model order, so that neither the order nor the paths
        // depend on the order edges come from the store
        int levelEnd = size;
        for (int head = 0; head < size; head++) {
            if (head == levelEnd) {
                levelEnd = size;
            }
            int v = queue[head];
            for (Adjacency edges : against) {
                for (int e = edges.start(v); e < edges.end(v); e++) {
                    int u = edges.target(e);
                    if (reached[u] != stamp && failure.isDown(u)) {
                        reached[u] = stamp;
                        depth[size] = depth[head] + 1;
                        next[size] = v; // a node for now: positions move when the level is sorted
                        queue[size++] = u;
                    }
                }
            }
            if (head + 1 == levelEnd && size > levelEnd) {
                sortLevel(queue, depth, next, levelEnd, size);
                for (int i = levelEnd; i < size; i++) {
                    position[queue[i]] = i;
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (next[i] >= 0) {
                next[i] = position[next[i]];
            }
        }
        if (size < total) { // every down node is reached from a failed one; trimmed in case one is not
            queue = Arrays.copyOf(queue, size);
            depth = Arrays.copyOf(depth, size);
            next = Arrays.copyOf(next, size);
        }
        return new Impact(queue, depth, next, organisations(p, queue));
    }

    /** Sorts one level of the queue by node index, carrying depth and next along (one level has one depth). */
    private static void sortLevel(int[] queue, int[] depth, int[] next, int from, int to) {
        long[] pairs = new long[to - from];
        for (int i = from; i < to; i++) {
            pairs[i - from] = ((long) queue[i] << 32) | (next[i] & 0xffffffffL);
        }
        Arrays.sort(pairs);
        for (int i = from; i < to; i++) {
            queue[i] = (int) (pairs[i - from] >>> 32);
            next[i] = (int) pairs[i - from];
        }
    }

    private static Map<Integer, int[]> organisations(Projection p, int[] down) {
        Map<Integer, List<Integer>> byOrganisation = new LinkedHashMap<>();
        Adjacency usedBy = p.out(Rel.USED_BY);
        for (int v : down) {
            if (p.kind(v) != Kind.SYSTEM) {
                continue;
            }
            for (int e = usedBy.start(v); e < usedBy.end(v); e++) {
                byOrganisation.computeIfAbsent(usedBy.target(e), o -> new ArrayList<>()).add(v);
            }
        }
        Map<Integer, int[]> organisations = new LinkedHashMap<>();
        byOrganisation.keySet().stream().sorted().forEach(o ->
                organisations.put(o, byOrganisation.get(o).stream().mapToInt(Integer::intValue).toArray()));
        return organisations;
    }

    /** The down nodes: the failed ones first as given, then by depth and, within a depth, in model order. */
    public int[] down() {
        return down.clone();
    }

    /** Whether the node is down. */
    public boolean isDown(int node) {
        return positions.of(node) >= 0;
    }

    /** The fewest edges from a down node to a failed one; -1 for a node that is up. */
    public int depth(int node) {
        int at = positions.of(node);
        return at < 0 ? -1 : depth[at];
    }

    /** One shortest path from a down node to a failed node, both included. */
    public int[] path(int node) {
        int at = positions.of(node);
        if (at < 0) {
            return new int[0];
        }
        int[] path = new int[depth[at] + 1];
        for (int i = 0; i < path.length; i++) {
            path[i] = down[at];
            at = next[at];
        }
        return path;
    }

    /** Organisations that use a down system (in model order), each with the down systems it uses. */
    public Map<Integer, int[]> organisations() {
        return organisations;
    }
}
