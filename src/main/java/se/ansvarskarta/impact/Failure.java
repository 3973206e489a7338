package se.ansvarskarta.impact;

import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.Workspace;

/**
 * The least fixpoint of failure propagation (PRODUCT.md, analysis 1) on the arrays of a {@link Workspace}, so that a
 * run, and each of many single-node runs (single points of failure), costs only what it touches. A node is down when it
 * failed, when a {@code DEPENDS_ON} target is down, or when it is a cluster with fewer than {@code minAvailable}
 * members up. Not thread-safe: one instance per computation.
 */
final class Failure {

    private final Projection projection;
    private final Adjacency dependedOnBy;
    private final Adjacency clustersOf;
    private final Adjacency members;
    private final int[] downRun;
    private final int[] countRun;
    private final int[] downMembers;
    private final int[] queue;
    private final Workspace workspace;
    private int size;
    private int run;

    Failure(Projection projection, Workspace workspace) {
        this.projection = projection;
        this.dependedOnBy = projection.in(Rel.DEPENDS_ON);
        this.clustersOf = projection.in(Rel.MEMBER);
        this.members = projection.out(Rel.MEMBER);
        this.workspace = workspace;
        this.downRun = workspace.marks();
        this.countRun = workspace.marks();
        this.downMembers = workspace.data();
        this.queue = workspace.data();
    }

    /**
     * Computes the down set of {@code failed} (distinct node indices). When {@code stop} is given, the run ends as
     * soon as a node marked there goes down and answers true; otherwise it answers false.
     */
    boolean run(int[] failed, boolean[] stop) {
        run = workspace.nextStamp();
        size = 0;
        for (int f : failed) {
            if (markDown(f) && stop != null && stop[f]) {
                return true;
            }
        }
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            for (int e = dependedOnBy.start(v); e < dependedOnBy.end(v); e++) {
                int u = dependedOnBy.target(e);
                if (markDown(u) && stop != null && stop[u]) {
                    return true;
                }
            }
            for (int e = clustersOf.start(v); e < clustersOf.end(v); e++) {
                int c = clustersOf.target(e);
                if (countRun[c] != run) {
                    countRun[c] = run;
                    downMembers[c] = 0;
                }
                downMembers[c]++;
                if (members.degree(c) - downMembers[c] < projection.minAvailable(c)
                        && markDown(c) && stop != null && stop[c]) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean markDown(int node) {
        if (downRun[node] == run) {
            return false;
        }
        downRun[node] = run;
        queue[size++] = node;
        return true;
    }

    /** Whether the node is down in the last run. */
    boolean isDown(int node) {
        return run != 0 && downRun[node] == run;
    }

    /** How many nodes the last run took down. */
    int size() {
        return size;
    }
}
