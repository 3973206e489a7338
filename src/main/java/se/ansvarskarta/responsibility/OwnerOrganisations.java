package se.ansvarskarta.responsibility;

import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;

/**
 * {@code derivedOwners} on systems and infrastructure: the ids of the owner organisations (PRODUCT.md 6: the
 * organisations of the roles responsible with aspect owner), sorted; null when none. And
 * {@code derivedDependencyBoundary}: true on a node A with at least one dependency A→B that is a boundary (A and B
 * both have owner organisations, none shared; PRODUCT.md 7), null otherwise. And {@code derivedOtherOrganisations}:
 * the sorted ids of the organisations of the roles holding any other aspect (null when none). The
 * {@code uncovered-boundaries} report reads all three, so that it joins no responsibilities for systems and
 * infrastructure at all and visits only the nodes with dependency boundaries.
 */
@Component
public class OwnerOrganisations implements Derivation {

    static final String PROPERTY = "derivedOwners";
    static final String BOUNDARY = "derivedDependencyBoundary";
    static final String OTHERS = "derivedOtherOrganisations";

    @Override
    public Map<String, Object[]> derive(Projection p) {
        Object[] owners = new Object[p.size()];
        Object[] others = new Object[p.size()];
        Adjacency responsible = p.in(Rel.RESPONSIBLE_FOR);
        for (int n = 0; n < p.size(); n++) {
            if (!p.kind(n).isAsset()) {
                continue;
            }
            TreeSet<String> ids = new TreeSet<>();
            TreeSet<String> otherIds = new TreeSet<>();
            for (int e = responsible.start(n); e < responsible.end(n); e++) {
                int organisation = Responsibilities.organisationOf(p, responsible.target(e));
                if (organisation >= 0) {
                    (responsible.tag(e) == Aspect.OWNER.ordinal() ? ids : otherIds).add(p.id(organisation));
                }
            }
            owners[n] = ids.isEmpty() ? null : ids.toArray(String[]::new);
            others[n] = otherIds.isEmpty() ? null : otherIds.toArray(String[]::new);
        }
        Object[] boundary = new Object[p.size()];
        Adjacency dependsOn = p.out(Rel.DEPENDS_ON);
        for (int a = 0; a < p.size(); a++) {
            if (owners[a] == null) {
                continue;
            }
            for (int e = dependsOn.start(a); e < dependsOn.end(a) && boundary[a] == null; e++) {
                int b = dependsOn.target(e);
                if (owners[b] != null && disjoint((String[]) owners[a], (String[]) owners[b])) {
                    boundary[a] = Boolean.TRUE;
                }
            }
        }
        return Map.of(PROPERTY, owners, BOUNDARY, boundary, OTHERS, others);
    }

    /** Whether two sorted id arrays share no id. */
    private static boolean disjoint(String[] x, String[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            int c = x[i].compareTo(y[j]);
            if (c == 0) {
                return false;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }
}
