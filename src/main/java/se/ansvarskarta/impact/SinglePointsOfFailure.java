package se.ansvarskarta.impact;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.Workspace;

/**
 * {@code derivedSinglePointOfFailure} on systems and infrastructure: whether the node's failure alone takes down at
 * least one <em>critical</em> system, one used by every member of a federation (a federation's members are the
 * organisations {@code MEMBER_OF} it; one without members contributes nothing).
 *
 * <p>Only nodes the critical systems depend on can take one down, so only they get a failure run. Runs go nearest
 * first and stop at the first node already known to be a single point of failure: if m goes down when n fails,
 * everything m takes down goes down too.
 */
@Component
public class SinglePointsOfFailure implements Derivation {

    static final String PROPERTY = "derivedSinglePointOfFailure";

    @Override
    public Map<String, Object[]> derive(Projection p) {
        boolean[] spof = of(p);
        Object[] values = new Object[p.size()];
        for (int v = 0; v < p.size(); v++) {
            if (p.kind(v).isAsset()) {
                values[v] = spof[v];
            }
        }
        return Map.of(PROPERTY, values);
    }

    /** Per node index: whether it is a single point of failure. */
    public static boolean[] of(Projection p) {
        int n = p.size();
        boolean[] critical = criticalSystems(p);
        boolean[] spof = critical.clone();
        // candidates: the dependency closure of the critical systems, nearest first
        boolean[] seen = critical.clone();
        int[] queue = new int[n];
        int size = 0;
        for (int v = 0; v < n; v++) {
            if (critical[v]) {
                queue[size++] = v;
            }
        }
        int criticalCount = size;
        Adjacency[] closure = {p.out(Rel.DEPENDS_ON), p.out(Rel.MEMBER)};
        for (int head = 0; head < size; head++) {
            int v = queue[head];
            for (Adjacency edges : closure) {
                for (int e = edges.start(v); e < edges.end(v); e++) {
                    int w = edges.target(e);
                    if (!seen[w]) {
                        seen[w] = true;
                        queue[size++] = w;
                    }
                }
            }
        }
        if (size == criticalCount) {
            return spof;
        }
        try (Workspace workspace = p.workspace()) {
            Failure failure = new Failure(p, workspace);
            int[] single = new int[1];
            for (int i = criticalCount; i < size; i++) {
                int v = queue[i];
                if (!p.kind(v).isAsset()) {
                    continue;
                }
                single[0] = v;
                // v itself is not yet marked, so the run only stops on another, known single point of failure
                spof[v] = failure.run(single, spof);
            }
        }
        return spof;
    }

    /** Systems used by every member of some federation that has members. */
    static boolean[] criticalSystems(Projection p) {
        int n = p.size();
        boolean[] critical = new boolean[n];
        Adjacency membersOf = p.in(Rel.MEMBER_OF);
        Adjacency usedBy = p.out(Rel.USED_BY);
        Adjacency uses = p.in(Rel.USED_BY);
        int[] count = new int[n];
        int[] stamp = new int[n];
        int federationNo = 0;
        for (int f = 0; f < n; f++) {
            if (p.kind(f) != Kind.ORGANISATION || !"federation".equals(p.type(f)) || membersOf.degree(f) == 0) {
                continue;
            }
            federationNo++;
            // mark the members, then count for each system how many of them use it
            int members = 0;
            for (int e = membersOf.start(f); e < membersOf.end(f); e++) {
                int m = membersOf.target(e);
                if (stamp[m] != federationNo) {
                    stamp[m] = federationNo;
                    members++;
                }
            }
            int first = membersOf.target(membersOf.start(f));
            for (int e = uses.start(first); e < uses.end(first); e++) {
                int s = uses.target(e);
                if (p.kind(s) != Kind.SYSTEM) {
                    continue;
                }
                int using = 0;
                for (int u = usedBy.start(s); u < usedBy.end(s); u++) {
                    int o = usedBy.target(u);
                    if (stamp[o] == federationNo && count[o] != s + 1) {
                        count[o] = s + 1;
                        using++;
                    }
                }
                for (int u = usedBy.start(s); u < usedBy.end(s); u++) {
                    count[usedBy.target(u)] = 0;
                }
                if (using == members) {
                    critical[s] = true;
                }
            }
        }
        return critical;
    }
}
