package se.ansvarskarta.impact;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.StrongComponents;

/**
 * {@code derivedCycle} on systems and infrastructure: for a node on a {@code DEPENDS_ON} cycle (a strongly connected
 * component with more than one node, or a node depending on itself) the smallest id in its component, else null.
 */
@Component
public class DependencyCycles implements Derivation {

    static final String PROPERTY = "derivedCycle";

    @Override
    public Map<String, Object[]> derive(Projection p) {
        return Map.of(PROPERTY, of(p));
    }

    /** Per node index: the name of its cycle (smallest id of its component), or null. */
    public static String[] of(Projection p) {
        Adjacency dependsOn = p.out(Rel.DEPENDS_ON);
        StrongComponents components = StrongComponents.of(p, dependsOn);
        int n = p.size();
        boolean[] cyclic = new boolean[components.count()];
        String[] smallest = new String[components.count()];
        for (int v = 0; v < n; v++) {
            int c = components.component(v);
            if (components.sizeOf(v) > 1) {
                cyclic[c] = true;
            }
            for (int e = dependsOn.start(v); e < dependsOn.end(v); e++) {
                if (dependsOn.target(e) == v) {
                    cyclic[c] = true;
                }
            }
            if (smallest[c] == null || p.id(v).compareTo(smallest[c]) < 0) {
                smallest[c] = p.id(v);
            }
        }
        String[] names = new String[n];
        for (int v = 0; v < n; v++) {
            int c = components.component(v);
            names[v] = cyclic[c] ? smallest[c] : null;
        }
        return names;
    }
}
