package se.ansvarskarta.protection;

import java.util.Arrays;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
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

    ProtectionNeed(int[] level, int[] source, boolean underClassified) {
        this.level = level;
        this.source = source;
        this.underClassified = underClassified;
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
            return new ProtectionNeed(level, source, false);
        }
        if (!kind.isAsset()) {
            return new ProtectionNeed(level, source, false);
        }
        ownLevel(p, node, level, source);
        int[] dependents = dependents(p, node);
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
        return new ProtectionNeed(level, source, underClassified(p, node, level));
    }

    /** The need on an aspect, or {@link #NONE}. */
    public int level(ClassificationAspect aspect) {
        return level[aspect.ordinal()];
    }

    /** The node that declares the need on an aspect, or {@link #NONE}. */
    public int source(ClassificationAspect aspect) {
        return source[aspect.ordinal()];
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

    private static int[] dependents(Projection p, int node) {
        boolean[] seen = new boolean[p.size()];
        int[] queue = new int[p.size()];
        int size = 0;
        seen[node] = true;
        queue[size++] = node;
        Adjacency[] against = {p.in(Rel.DEPENDS_ON), p.in(Rel.MEMBER)};
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            for (Adjacency edges : against) {
                for (int e = edges.start(v); e < edges.end(v); e++) {
                    int w = edges.target(e);
                    if (!seen[w]) {
                        seen[w] = true;
                        queue[size++] = w;
                    }
                }
            }
        }
        return Arrays.copyOfRange(queue, 1, size);
    }
}
