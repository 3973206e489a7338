package se.ansvarskarta.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.Workspace;

/**
 * Risk exposure (PRODUCT.md, analysis 5): every risk that is not closed and threatens the start node(s) or a node in
 * their dependency closure, once each, via its nearest target with a shortest path from a start node; the score is
 * the highest risk score, 0 when there is none.
 *
 * @param score the highest score of the risks, 0 without risks
 * @param risks the risks, nearest first, in model order on one node
 */
public record Exposure(int score, List<Reached> risks) {

    /** Status of a risk that counts nowhere. */
    static final String CLOSED = "closed";

    /**
     * A risk and where it was reached.
     *
     * @param risk the risk
     * @param via  the nearest node it threatens
     * @param path node indices from a start node to {@code via}, both included
     */
    public record Reached(int risk, int via, int[] path) {
    }

    /** The exposure of one node: risks on itself and on its dependency closure. */
    public static Exposure of(Projection p, int node) {
        return from(p, new int[] {node});
    }

    /** An organisation's exposure: over the systems it uses, paths starting at such a system; empty for others. */
    public static Exposure ofOrganisation(Projection p, int organisation) {
        if (p.kind(organisation) != Kind.ORGANISATION) {
            return new Exposure(0, List.of());
        }
        Adjacency uses = p.in(Rel.USED_BY);
        List<Integer> systems = new ArrayList<>();
        for (int e = uses.start(organisation); e < uses.end(organisation); e++) {
            if (p.kind(uses.target(e)) == Kind.SYSTEM) {
                systems.add(uses.target(e));
            }
        }
        return from(p, systems.stream().mapToInt(Integer::intValue).distinct().sorted().toArray());
    }

    /** The band of the score from the model's settings; null without risks or outside every band. */
    public String band(Projection p) {
        return risks.isEmpty() ? null : p.settings().band(score);
    }

    private static Exposure from(Projection p, int[] starts) {
        try (Workspace workspace = p.workspace()) {
            return from(p, starts, workspace);
        }
    }

    private static Exposure from(Projection p, int[] starts, Workspace workspace) {
        int[] previous = workspace.data();
        int[] seen = workspace.marks();
        int[] listed = workspace.marks();
        int[] queue = workspace.data();
        int stamp = workspace.nextStamp();
        int size = 0;
        for (int s : starts) {
            seen[s] = stamp;
            previous[s] = -1;
            queue[size++] = s;
        }
        Adjacency[] closure = {p.out(Rel.DEPENDS_ON), p.out(Rel.MEMBER)};
        Adjacency threatenedBy = p.in(Rel.THREATENS);
        List<Reached> risks = new ArrayList<>();
        int score = 0;
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            int first = risks.size();
            for (int e = threatenedBy.start(v); e < threatenedBy.end(v); e++) {
                int risk = threatenedBy.target(e);
                if (listed[risk] == stamp || CLOSED.equals(p.status(risk))) {
                    continue;
                }
                listed[risk] = stamp;
                risks.add(new Reached(risk, v, path(previous, v)));
                score = Math.max(score, p.likelihood(risk) * p.consequence(risk));
            }
            // risks on one node in model order, whatever order their edges come in
            risks.subList(first, risks.size()).sort(Comparator.comparingInt(Reached::risk));
            for (Adjacency edges : closure) {
                for (int e = edges.start(v); e < edges.end(v); e++) {
                    int w = edges.target(e);
                    if (seen[w] != stamp) {
                        seen[w] = stamp;
                        previous[w] = v;
                        queue[size++] = w;
                    }
                }
            }
        }
        return new Exposure(score, risks);
    }

    private static int[] path(int[] previous, int end) {
        int length = 0;
        for (int v = end; v >= 0; v = previous[v]) {
            length++;
        }
        int[] path = new int[length];
        int i = length;
        for (int v = end; v >= 0; v = previous[v]) {
            path[--i] = v;
        }
        return path;
    }
}
