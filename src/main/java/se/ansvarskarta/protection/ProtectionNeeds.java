package se.ansvarskarta.protection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.StrongComponents;

/**
 * The protection need of every system and infrastructure node at once, for the reports:
 * {@code derivedNeedConfidentiality}, {@code derivedNeedIntegrity}, {@code derivedNeedAvailability},
 * {@code derivedNeedTraceability} (a level or null) and {@code derivedUnderClassified}. The maximum over dependents
 * is propagated over the components of the {@code DEPENDS_ON}/{@code MEMBER} graph, dependents first, so that cycles
 * share one value and every edge is looked at once.
 */
@Component
public class ProtectionNeeds implements Derivation {

    static final String UNDER_CLASSIFIED = "derivedUnderClassified";

    private static final int ASPECTS = ClassificationAspect.values().length;

    /** The property holding the derived need on an aspect. */
    static String property(ClassificationAspect aspect) {
        String key = aspect.key();
        return "derivedNeed" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    @Override
    public Map<String, Object[]> derive(Projection p) {
        int n = p.size();
        int[] need = needs(p);
        Map<String, Object[]> values = new HashMap<>();
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            Object[] column = new Object[n];
            for (int v = 0; v < n; v++) {
                int level = need[v * ASPECTS + aspect.ordinal()];
                column[v] = p.kind(v).isAsset() && level != ProtectionNeed.NONE ? (Object) (long) level : null;
            }
            values.put(property(aspect), column);
        }
        Object[] under = new Object[n];
        int[] row = new int[ASPECTS];
        for (int v = 0; v < n; v++) {
            if (p.kind(v).isAsset()) {
                System.arraycopy(need, v * ASPECTS, row, 0, ASPECTS);
                under[v] = ProtectionNeed.underClassified(p, v, row);
            }
        }
        values.put(UNDER_CLASSIFIED, under);
        return values;
    }

    /** Per node index and aspect ({@code node * 4 + aspect}): the need of systems and infrastructure, or NONE. */
    static int[] needs(Projection p) {
        int n = p.size();
        int[] own = new int[n * ASPECTS];
        Arrays.fill(own, ProtectionNeed.NONE);
        int[] level = new int[ASPECTS];
        int[] source = new int[ASPECTS];
        for (int v = 0; v < n; v++) {
            if (p.kind(v).isAsset()) {
                Arrays.fill(level, ProtectionNeed.NONE);
                ProtectionNeed.ownLevel(p, v, level, source);
                System.arraycopy(level, 0, own, v * ASPECTS, ASPECTS);
            }
        }
        Adjacency dependsOn = p.out(Rel.DEPENDS_ON);
        Adjacency members = p.out(Rel.MEMBER);
        Adjacency[] against = {p.in(Rel.DEPENDS_ON), p.in(Rel.MEMBER)};
        StrongComponents components = StrongComponents.of(p, dependsOn, members);
        int[][] groups = components.groupsDependentsFirst();
        int[] offsets = groups[0];
        int[] order = groups[1];
        int[] need = new int[n * ASPECTS];
        int[] best = new int[ASPECTS];
        for (int g = 0; g + 1 < offsets.length; g++) {
            Arrays.fill(best, ProtectionNeed.NONE);
            for (int i = offsets[g]; i < offsets[g + 1]; i++) {
                int v = order[i];
                int c = components.component(v);
                for (int a = 0; a < ASPECTS; a++) {
                    best[a] = Math.max(best[a], own[v * ASPECTS + a]);
                }
                for (Adjacency edges : against) {
                    for (int e = edges.start(v); e < edges.end(v); e++) {
                        int u = edges.target(e);
                        if (components.component(u) != c) {
                            for (int a = 0; a < ASPECTS; a++) {
                                best[a] = Math.max(best[a], need[u * ASPECTS + a]);
                            }
                        }
                    }
                }
            }
            for (int i = offsets[g]; i < offsets[g + 1]; i++) {
                System.arraycopy(best, 0, need, order[i] * ASPECTS, ASPECTS);
            }
        }
        return need;
    }
}
