package se.ansvarskarta.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;

/**
 * Boundaries of responsibility (PRODUCT.md, analysis 7). A node boundary pairs every owner organisation X of a node
 * with every organisation Y ≠ X holding another aspect of it; a dependency boundary pairs every owner organisation of
 * A with every owner organisation of B on a {@code DEPENDS_ON} edge A→B whose ends have owners and share none. Each
 * is reported once per node (edge) and pair, and is covered by every agreement valid on the day, with both
 * organisations as parties, that covers the node (A or B).
 */
public final class Boundaries {

    private static final int[] NONE = new int[0];

    private Boundaries() {
    }

    /** The kinds of boundary. */
    public enum BoundaryKind { NODE, DEPENDENCY }

    /**
     * One boundary.
     *
     * @param kind          node or dependency
     * @param node          the node, or A of the edge A→B
     * @param dependsOn     B of the edge A→B, or -1
     * @param organisations the pair: the owner organisation (of A) first
     * @param agreements    the valid agreements covering it
     */
    public record Boundary(BoundaryKind kind, int node, int dependsOn, int[] organisations, int[] agreements) {

        public boolean covered() {
            return agreements.length > 0;
        }
    }

    /**
     * Every boundary on {@code asOf}, or those involving {@code organisation} when it is not -1; node boundaries
     * and dependency boundaries by node in model order.
     */
    public static List<Boundary> of(Projection p, LocalDate asOf, int organisation) {
        int n = p.size();
        Adjacency responsible = p.in(Rel.RESPONSIBLE_FOR);
        int[][] owners = new int[n][];
        for (int v = 0; v < n; v++) {
            owners[v] = responsible.degree(v) == 0 ? NONE : organisations(p, responsible, v, true);
        }
        boolean[] valid = validAgreements(p, asOf);
        Adjacency coveredBy = p.in(Rel.COVERS);
        Adjacency parties = p.out(Rel.PARTY);
        Adjacency dependsOn = p.out(Rel.DEPENDS_ON);
        List<Boundary> result = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (owners[v].length > 0) {
                pairs.clear();
                int[] others = organisations(p, responsible, v, false);
                for (int x : owners[v]) {
                    for (int y : others) {
                        if (y != x && !contains(pairs, x, y) && involves(organisation, x, y)) {
                            pairs.add(new int[] {x, y});
                            result.add(new Boundary(BoundaryKind.NODE, v, -1, new int[] {x, y},
                                    covering(coveredBy, parties, valid, x, y, v, v)));
                        }
                    }
                }
            }
            if (owners[v].length == 0 || dependsOn.degree(v) == 0) {
                continue;
            }
            for (int e = dependsOn.start(v); e < dependsOn.end(v); e++) {
                int b = dependsOn.target(e);
                if (owners[b].length == 0 || shares(owners[v], owners[b]) || repeated(dependsOn, e, v)) {
                    continue;
                }
                for (int x : owners[v]) {
                    for (int y : owners[b]) {
                        if (involves(organisation, x, y)) {
                            result.add(new Boundary(BoundaryKind.DEPENDENCY, v, b, new int[] {x, y},
                                    covering(coveredBy, parties, valid, x, y, v, b)));
                        }
                    }
                }
            }
        }
        return result;
    }

    /** Distinct organisations of the roles holding the owner aspect ({@code owner}) or any other aspect. */
    private static int[] organisations(Projection p, Adjacency responsible, int node, boolean owner) {
        int[] found = new int[responsible.degree(node)];
        int size = 0;
        for (int e = responsible.start(node); e < responsible.end(node); e++) {
            if ((responsible.tag(e) == Aspect.OWNER.ordinal()) != owner) {
                continue;
            }
            int organisation = Responsibilities.organisationOf(p, responsible.target(e));
            if (organisation >= 0 && !contains(found, size, organisation)) {
                found[size++] = organisation;
            }
        }
        return size == 0 ? NONE : Arrays.copyOf(found, size);
    }

    private static boolean[] validAgreements(Projection p, LocalDate asOf) {
        boolean[] valid = new boolean[p.size()];
        for (int a = 0; a < p.size(); a++) {
            if (p.kind(a) == Kind.AGREEMENT) {
                LocalDate from = p.validFrom(a);
                LocalDate to = p.validTo(a);
                valid[a] = (from == null || !from.isAfter(asOf)) && (to == null || !asOf.isAfter(to));
            }
        }
        return valid;
    }

    /** Valid agreements with both parties that cover {@code a} or {@code b}, each once. */
    private static int[] covering(Adjacency coveredBy, Adjacency parties, boolean[] valid, int x, int y, int a, int b) {
        int[] found = NONE;
        int size = 0;
        for (int node : a == b ? new int[] {a} : new int[] {a, b}) {
            for (int e = coveredBy.start(node); e < coveredBy.end(node); e++) {
                int agreement = coveredBy.target(e);
                if (valid[agreement] && party(parties, agreement, x) && party(parties, agreement, y)
                        && !contains(found, size, agreement)) {
                    if (size == found.length) {
                        found = Arrays.copyOf(found, Math.max(2, size * 2));
                    }
                    found[size++] = agreement;
                }
            }
        }
        int[] agreements = size == found.length ? found : Arrays.copyOf(found, size);
        Arrays.sort(agreements); // model order, whatever order the edges come in
        return agreements;
    }

    private static boolean party(Adjacency parties, int agreement, int organisation) {
        for (int e = parties.start(agreement); e < parties.end(agreement); e++) {
            if (parties.target(e) == organisation) {
                return true;
            }
        }
        return false;
    }

    private static boolean involves(int organisation, int x, int y) {
        return organisation < 0 || organisation == x || organisation == y;
    }

    private static boolean shares(int[] a, int[] b) {
        for (int x : a) {
            if (contains(b, b.length, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an earlier edge of {@code node} has the same target (a duplicate edge counts once). */
    private static boolean repeated(Adjacency edges, int edge, int node) {
        for (int e = edges.start(node); e < edge; e++) {
            if (edges.target(e) == edges.target(edge)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<int[]> pairs, int x, int y) {
        for (int[] pair : pairs) {
            if ((pair[0] == x && pair[1] == y) || (pair[0] == y && pair[1] == x)) {
                return true;
            }
        }
        return false;
    }
}
