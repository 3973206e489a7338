package se.ansvarskarta.protection;

import java.util.Arrays;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Closure;
import se.ansvarskarta.projection.Projection;

/**
 * The protection need of one node (PRODUCT.md, analysis 3): per classification aspect the highest of its own level
 * and the own levels of all its dependents, with the node that declares that level. An information type's need is
 * its own classification; other kinds than systems, infrastructure and information types have no need.
 */
public final class ProtectionNeed {

    /** Marks an aspect without a level. */
    public static final int NONE = -1;

    private static final int ASPECTS = ClassificationAspect.values().length;

    private final int[] level;
    private final int[] source;
    private final boolean underClassified;
    private final int[][] raisedBy;

    ProtectionNeed(int[] level, int[] source, boolean underClassified, int[][] raisedBy) {
        this.level = level;
        this.source = source;
        this.underClassified = underClassified;
        this.raisedBy = raisedBy;
    }

    /** The need of the node at index {@code node}. */
    public static ProtectionNeed of(Projection p, int node) {
        int[] level = new int[ASPECTS];
        int[] source = new int[ASPECTS];
        Arrays.fill(level, NONE);
        Arrays.fill(source, NONE);
        Kind kind = p.kind(node);
        if (kind == Kind.INFORMATION_TYPE) {
            ownLevel(p, node, level, source);
            return new ProtectionNeed(level, source, false, raisedBy(p, node, new int[0], level));
        }
        if (!kind.isAsset()) {
            return new ProtectionNeed(level, source, false, new int[ASPECTS][0]);
        }
        ownLevel(p, node, level, source);
        int[] dependents = Closure.dependents(p, node);
        int[] own = new int[ASPECTS];
        int[] ownSource = new int[ASPECTS];
        for (int u : dependents) {
            Arrays.fill(own, NONE);
            ownLevel(p, u, own, ownSource);
            for (int a = 0; a < ASPECTS; a++) {
                if (own[a] > level[a]) {
                    level[a] = own[a];
                    source[a] = ownSource[a];
                }
            }
        }
        return new ProtectionNeed(level, source, underClassified(p, node, level),
                raisedBy(p, node, dependents, level));
    }

    /** Per aspect: the node and the dependents whose own level reaches the need, the node first. */
    private static int[][] raisedBy(Projection p, int node, int[] dependents, int[] need) {
        int[][] result = new int[ASPECTS][];
        int[] sizes = new int[ASPECTS];
        for (int a = 0; a < ASPECTS; a++) {
            result[a] = new int[need[a] == NONE ? 0 : 4];
        }
        int[] own = new int[ASPECTS];
        int[] ownSource = new int[ASPECTS];
        for (int i = -1; i < dependents.length; i++) {
            int u = i < 0 ? node : dependents[i];
            Arrays.fill(own, NONE);
            ownLevel(p, u, own, ownSource);
            for (int a = 0; a < ASPECTS; a++) {
                if (need[a] != NONE && own[a] == need[a]) {
                    if (sizes[a] == result[a].length) {
                        result[a] = Arrays.copyOf(result[a], sizes[a] * 2);
                    }
                    result[a][sizes[a]++] = u;
                }
            }
        }
        for (int a = 0; a < ASPECTS; a++) {
            result[a] = Arrays.copyOf(result[a], sizes[a]);
        }
        return result;
    }

    /** The need on an aspect, or {@link #NONE}. */
    public int level(ClassificationAspect aspect) {
        return level[aspect.ordinal()];
    }

    /** The node that declares the need on an aspect, or {@link #NONE}. */
    public int source(ClassificationAspect aspect) {
        return source[aspect.ordinal()];
    }

    /**
     * The node itself and the dependents whose own level on the aspect equals the need: everything that would have
     * to change for the need to drop.
     */
    public int[] raisedBy(ClassificationAspect aspect) {
        return raisedBy[aspect.ordinal()].clone();
    }

    /** Whether a system's or infrastructure node's declared level is below its need on some aspect it declares. */
    public boolean underClassified() {
        return underClassified;
    }

    /**
     * Raises {@code level}/{@code source} to the node's own level: a system's own classification and the needs of the
     * information types it processes; an infrastructure node's or information type's own classification. A value
     * already there is replaced only by a strictly higher one.
     */
    static void ownLevel(Projection p, int node, int[] level, int[] source) {
        Kind kind = p.kind(node);
        if (!kind.isAsset() && kind != Kind.INFORMATION_TYPE) {
            return;
        }
        raise(p, node, level, source);
        if (kind == Kind.SYSTEM) {
            Adjacency processes = p.out(Rel.PROCESSES);
            for (int e = processes.start(node); e < processes.end(node); e++) {
                raise(p, processes.target(e), level, source);
            }
        }
    }

    private static void raise(Projection p, int declaring, int[] level, int[] source) {
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            int l = p.level(declaring, aspect);
            int a = aspect.ordinal();
            if (l != Projection.NO_LEVEL && l > level[a]) {
                level[a] = l;
                source[a] = declaring;
            }
        }
    }

    static boolean underClassified(Projection p, int node, int[] need) {
        if (!p.kind(node).isAsset()) {
            return false;
        }
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            int declared = p.level(node, aspect);
            if (declared != Projection.NO_LEVEL && declared < need[aspect.ordinal()]) {
                return true;
            }
        }
        return false;
    }
}
