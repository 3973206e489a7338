package se.ansvarskarta.projection;

import java.util.Arrays;

import se.ansvarskarta.graph.Rel;

/**
 * Dependency closure and dependents (PRODUCT.md, analysis 2): every node reachable from a node over
 * {@code DEPENDS_ON} and {@code MEMBER} (or against them), nearest first and in model order at the same distance,
 * never the node itself.
 */
public final class Closure {

    private Closure() {
    }

    /** Every node the node needs, directly or through others. */
    public static int[] dependencies(Projection p, int node) {
        return reach(p, new int[] {node}, p.out(Rel.DEPENDS_ON), p.out(Rel.MEMBER));
    }

    /** Every node that any of the nodes needs, other than the nodes themselves (one search for all). */
    public static int[] dependencies(Projection p, int[] nodes) {
        return reach(p, nodes, p.out(Rel.DEPENDS_ON), p.out(Rel.MEMBER));
    }

    /** Every node that needs the node, directly or through others. */
    public static int[] dependents(Projection p, int node) {
        return reach(p, new int[] {node}, p.in(Rel.DEPENDS_ON), p.in(Rel.MEMBER));
    }

    private static int[] reach(Projection p, int[] starts, Adjacency first, Adjacency second) {
        Adjacency[] edgeSets = {first, second};
        try (Workspace workspace = p.workspace()) {
            int[] seen = workspace.marks();
            int[] queue = workspace.data();
            int stamp = workspace.nextStamp();
            int size = 0;
            for (int node : starts) {
                if (seen[node] != stamp) {
                    seen[node] = stamp;
                    queue[size++] = node;
                }
            }
            int starting = size;
            // level by level, each level in model order, so that answers do not depend on the order edges come in
            int levelEnd = size;
            for (int head = 0; head < size; head++) {
                if (head == levelEnd) {
                    levelEnd = size;
                }
                int v = queue[head];
                for (Adjacency edges : edgeSets) {
                    for (int e = edges.start(v); e < edges.end(v); e++) {
                        int w = edges.target(e);
                        if (seen[w] != stamp) {
                            seen[w] = stamp;
                            queue[size++] = w;
                        }
                    }
                }
                if (head + 1 == levelEnd) {
                    Arrays.sort(queue, levelEnd, size);
                }
            }
            return Arrays.copyOfRange(queue, starting, size);
        }
    }
}
