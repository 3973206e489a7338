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

/**
 * The failure impact of a set of failed nodes (PRODUCT.md, analysis 1): the down nodes, each with its depth (fewest
 * edges to a failed node along edges that lead to down nodes) and one shortest path, and the organisations that use
 * a down system.
 */
public final class Impact {

    private final int[] down;
    private final int[] depth;
    private final int[] next;
    private final Map<Integer, int[]> organisations;

    private Impact(int[] down, int[] depth, int[] next, Map<Integer, int[]> organisations) {
        this.down = down;
        this.depth = depth;
        this.next = next;
        this.organisations = organisations;
    }

    /** The impact of the failure of {@code failed} (node indices; repeats count once). */
    public static Impact of(Projection p, int[] failed) {
        int[] distinct = Arrays.stream(failed).distinct().toArray();
        Failure failure = new Failure(p);
        failure.run(distinct, null);

        // breadth-first from the failed nodes against the edges, staying on down nodes
        int n = p.size();
        int[] depth = new int[n];
        int[] next = new int[n];
        Arrays.fill(depth, -1);
        int[] queue = new int[failure.size()];
        int size = 0;
        for (int f : distinct) {
            depth[f] = 0;
            next[f] = -1;
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
                    if (depth[u] < 0 && failure.isDown(u)) {
                        depth[u] = depth[v] + 1;
                        next[u] = v;
                        queue[size++] = u;
                    }
                }
            }
            if (head + 1 == levelEnd) {
                Arrays.sort(queue, levelEnd, size);
            }
        }
        int[] down = Arrays.copyOf(queue, size);

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
        return new Impact(down, depth, next, organisations);
    }

    /** The down nodes: the failed ones first as given, then by depth and, within a depth, in model order. */
    public int[] down() {
        return down.clone();
    }

    /** Whether the node is down. */
    public boolean isDown(int node) {
        return depth[node] >= 0;
    }

    /** The fewest edges from a down node to a failed one; -1 for a node that is up. */
    public int depth(int node) {
        return depth[node];
    }

    /** One shortest path from a down node to a failed node, both included. */
    public int[] path(int node) {
        if (depth[node] < 0) {
            return new int[0];
        }
        int[] path = new int[depth[node] + 1];
        int v = node;
        for (int i = 0; i < path.length; i++) {
            path[i] = v;
            v = next[v];
        }
        return path;
    }

    /** Organisations that use a down system (in model order), each with the down systems it uses. */
    public Map<Integer, int[]> organisations() {
        return organisations;
    }
}
