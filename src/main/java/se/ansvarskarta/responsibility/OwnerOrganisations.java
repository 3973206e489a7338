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
 * organisations of the roles responsible with aspect owner), sorted; null when none. The {@code uncovered-boundaries}
 * report reads them to find dependency boundaries without joining responsibilities for every dependency edge.
 */
@Component
public class OwnerOrganisations implements Derivation {

    static final String PROPERTY = "derivedOwners";

    @Override
    public Map<String, Object[]> derive(Projection p) {
        Object[] owners = new Object[p.size()];
        Adjacency responsible = p.in(Rel.RESPONSIBLE_FOR);
        for (int n = 0; n < p.size(); n++) {
            if (!p.kind(n).isAsset()) {
                continue;
            }
            TreeSet<String> ids = new TreeSet<>();
            for (int e = responsible.start(n); e < responsible.end(n); e++) {
                if (responsible.tag(e) == Aspect.OWNER.ordinal()) {
                    int organisation = Responsibilities.organisationOf(p, responsible.target(e));
                    if (organisation >= 0) {
                        ids.add(p.id(organisation));
                    }
                }
            }
            owners[n] = ids.isEmpty() ? null : ids.toArray(String[]::new);
        }
        return Map.of(PROPERTY, owners);
    }
}
