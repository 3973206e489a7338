package se.ansvarskarta.responsibility;

import java.util.ArrayList;
import java.util.List;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;

/** Who is responsible for what (PRODUCT.md, analysis 6): the {@code RESPONSIBLE_FOR} edges with their roles. */
public final class Responsibilities {

    private Responsibilities() {
    }

    /**
     * One responsibility.
     *
     * @param role         the role
     * @param aspect       the responsibility aspect
     * @param organisation the role's organisation ({@code IN}), or -1
     * @param vacant       the role has no holder
     * @param target       the node the role is responsible for
     */
    public record Entry(int role, Aspect aspect, int organisation, boolean vacant, int target) {
    }

    /** The responsibilities for a node, or, for a role, those the role holds; empty for nodes without any. */
    public static List<Entry> of(Projection p, int node) {
        boolean ofRole = p.kind(node) == Kind.ROLE;
        Adjacency edges = ofRole ? p.out(Rel.RESPONSIBLE_FOR) : p.in(Rel.RESPONSIBLE_FOR);
        List<Entry> result = new ArrayList<>(edges.degree(node));
        for (int e = edges.start(node); e < edges.end(node); e++) {
            int role = ofRole ? node : edges.target(e);
            int target = ofRole ? edges.target(e) : node;
            result.add(new Entry(role, Aspect.values()[edges.tag(e)], organisationOf(p, role), p.isVacant(role),
                    target));
        }
        return result;
    }

    /** The organisation a role belongs to, or -1. */
    static int organisationOf(Projection p, int role) {
        Adjacency in = p.out(Rel.IN);
        return in.degree(role) == 0 ? -1 : in.target(in.start(role));
    }
}
