package se.ansvarskarta.projection;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.Rel;

/**
 * A projection of a generated national-scale model (federations of municipalities, each with its systems,
 * infrastructure, roles, information types, risks and agreements), built in memory for timing the analyses.
 */
public final class SyntheticProjection {

    private final Random random = new Random(42);
    private int n;
    private final java.util.List<String> ids = new java.util.ArrayList<>();
    private final java.util.List<Kind> kinds = new java.util.ArrayList<>();
    private final java.util.List<String> types = new java.util.ArrayList<>();
    private final EnumMap<Rel, int[][]> edges = new EnumMap<>(Rel.class);
    private final EnumMap<Rel, Integer> counts = new EnumMap<>(Rel.class);
    private int[] minAvailable = new int[1024];
    private boolean[] vacant = new boolean[1024];
    private byte[] levels = new byte[4096];

    private SyntheticProjection() {
    }

    /** About {@code municipalities} × 690 nodes and × 2,600 edges. */
    public static Projection generate(int municipalities) {
        return new SyntheticProjection().build(municipalities);
    }

    /** {@code length} infrastructure nodes in one {@code DEPENDS_ON} ring: n0 → n1 → … → n0. */
    public static Projection ring(int length) {
        SyntheticProjection g = new SyntheticProjection();
        for (int i = 0; i < length; i++) {
            g.node(String.format("n%06d", i), Kind.INFRASTRUCTURE, "server");
        }
        for (int i = 0; i < length; i++) {
            g.edge(Rel.DEPENDS_ON, i, (i + 1) % length, 0);
        }
        return g.projection();
    }

    private int node(String id, Kind kind, String type) {
        ids.add(id);
        kinds.add(kind);
        types.add(type);
        if (n == minAvailable.length) {
            minAvailable = Arrays.copyOf(minAvailable, n * 2);
            vacant = Arrays.copyOf(vacant, n * 2);
            levels = Arrays.copyOf(levels, n * 8);
        }
        for (int a = 0; a < 4; a++) {
            levels[n * 4 + a] = Projection.NO_LEVEL;
        }
        return n++;
    }

    private void edge(Rel rel, int a, int b, int tag) {
        int[][] e = edges.computeIfAbsent(rel, r -> new int[3][1024]);
        int c = counts.getOrDefault(rel, 0);
        if (c == e[0].length) {
            for (int k = 0; k < 3; k++) {
                e[k] = Arrays.copyOf(e[k], c * 2);
            }
        }
        e[0][c] = a;
        e[1][c] = b;
        e[2][c] = tag;
        counts.put(rel, c + 1);
    }

    private Projection build(int municipalities) {
        int federation = -1;
        int[] shared = new int[0];
        int[] fedRoles = new int[0];
        int[] fedSystems = new int[0];
        for (int m = 0; m < municipalities; m++) {
            if (m % 5 == 0) {
                federation = node("fed-" + m, Kind.ORGANISATION, "federation");
                shared = new int[60];
                fedRoles = new int[10];
                for (int r = 0; r < fedRoles.length; r++) {
                    fedRoles[r] = node("fed-" + m + "-role-" + r, Kind.ROLE, null);
                    vacant[fedRoles[r]] = random.nextInt(10) == 0;
                    edge(Rel.IN, fedRoles[r], federation, 0);
                }
                for (int i = 0; i < shared.length; i++) {
                    shared[i] = node("fed-" + m + "-infra-" + i, Kind.INFRASTRUCTURE, i % 10 == 9 ? "cluster" : "server");
                    if (i % 10 == 9) {
                        edge(Rel.MEMBER, shared[i], shared[i - 1], 0);
                        edge(Rel.MEMBER, shared[i], shared[i - 2], 0);
                        minAvailable[shared[i]] = 1;
                    } else if (i > 0) {
                        edge(Rel.DEPENDS_ON, shared[i], shared[random.nextInt(i)], 0);
                    }
                    edge(Rel.RESPONSIBLE_FOR, fedRoles[random.nextInt(10)], shared[i], Aspect.OWNER.ordinal());
                    edge(Rel.RESPONSIBLE_FOR, fedRoles[random.nextInt(10)], shared[i], Aspect.OPERATIONS.ordinal());
                    levels[shared[i] * 4 + 2] = (byte) random.nextInt(5);
                }
                fedSystems = new int[5];
                for (int s = 0; s < fedSystems.length; s++) {
                    fedSystems[s] = node("fed-" + m + "-sys-" + s, Kind.SYSTEM, null);
                    edge(Rel.DEPENDS_ON, fedSystems[s], shared[10 + random.nextInt(shared.length - 10)], 0);
                }
            }
            int org = node("mun-" + m, Kind.ORGANISATION, "municipality");
            edge(Rel.MEMBER_OF, org, federation, 0);
            for (int s : fedSystems) {
                edge(Rel.USED_BY, s, org, 0);
            }
            int[] roles = new int[100];
            for (int r = 0; r < roles.length; r++) {
                roles[r] = node("mun-" + m + "-role-" + r, Kind.ROLE, null);
                vacant[roles[r]] = random.nextInt(10) == 0;
                edge(Rel.IN, roles[r], org, 0);
            }
            int[] info = new int[50];
            for (int i = 0; i < info.length; i++) {
                info[i] = node("mun-" + m + "-info-" + i, Kind.INFORMATION_TYPE, null);
                for (int a = 0; a < 4; a++) {
                    levels[info[i] * 4 + a] = (byte) random.nextInt(5);
                }
                edge(Rel.RESPONSIBLE_FOR, roles[random.nextInt(100)], info[i], Aspect.OWNER.ordinal());
            }
            int[] infra = new int[200];
            for (int i = 0; i < infra.length; i++) {
                infra[i] = node("mun-" + m + "-infra-" + i, Kind.INFRASTRUCTURE, "server");
                edge(Rel.DEPENDS_ON, infra[i], i > 0 ? infra[random.nextInt(i)] : shared[0], 0);
                edge(Rel.DEPENDS_ON, infra[i], shared[random.nextInt(shared.length)], 0);
                edge(Rel.RESPONSIBLE_FOR, roles[random.nextInt(100)], infra[i], Aspect.OWNER.ordinal());
                if (random.nextInt(4) > 0) {
                    edge(Rel.RESPONSIBLE_FOR, fedRoles[random.nextInt(10)], infra[i], Aspect.OPERATIONS.ordinal());
                }
            }
            for (int s = 0; s < 300; s++) {
                int sys = node("mun-" + m + "-sys-" + s, Kind.SYSTEM, null);
                edge(Rel.USED_BY, sys, org, 0);
                for (int d = 0; d < 3; d++) {
                    edge(Rel.DEPENDS_ON, sys, infra[random.nextInt(infra.length)], 0);
                }
                edge(Rel.PROCESSES, sys, info[random.nextInt(50)], 0);
                edge(Rel.PROCESSES, sys, info[random.nextInt(50)], 0);
                edge(Rel.RESPONSIBLE_FOR, roles[random.nextInt(100)], sys, Aspect.OWNER.ordinal());
                if (random.nextInt(10) > 0) {
                    edge(Rel.RESPONSIBLE_FOR, roles[random.nextInt(100)], sys, Aspect.MANAGER.ordinal());
                }
                edge(Rel.RESPONSIBLE_FOR, fedRoles[random.nextInt(10)], sys, Aspect.OPERATIONS.ordinal());
                if (random.nextInt(20) == 0) {
                    int risk = node("mun-" + m + "-risk-" + s, Kind.RISK, null);
                    edge(Rel.THREATENS, risk, sys, 0);
                }
            }
            for (int a = 0; a < 10; a++) {
                int agreement = node("mun-" + m + "-agr-" + a, Kind.AGREEMENT, "sla");
                edge(Rel.PARTY, agreement, org, 0);
                edge(Rel.PARTY, agreement, federation, 0);
                for (int c = 0; c < 20; c++) {
                    edge(Rel.COVERS, agreement, infra[random.nextInt(infra.length)], 0);
                }
            }
        }
        return projection();
    }

    private Projection projection() {
        EnumMap<Rel, Adjacency> out = new EnumMap<>(Rel.class);
        EnumMap<Rel, Adjacency> in = new EnumMap<>(Rel.class);
        for (Rel rel : Rel.values()) {
            int c = counts.getOrDefault(rel, 0);
            int[][] e = edges.getOrDefault(rel, new int[3][0]);
            byte[] tags = new byte[c];
            for (int i = 0; i < c; i++) {
                tags[i] = (byte) e[2][i];
            }
            out.put(rel, Adjacency.of(n, e[0], e[1], tags, c));
            in.put(rel, Adjacency.of(n, e[1], e[0], tags, c));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        int[] noDates = new int[n];
        Arrays.fill(noDates, Projection.NO_DATE);
        int[] likelihood = new int[n];
        Arrays.fill(likelihood, 2);
        return new Projection("synthetic", ModelSettings.DEFAULTS, ids.toArray(String[]::new), ids.toArray(String[]::new),
                kinds.toArray(Kind[]::new), index, types.toArray(String[]::new), Arrays.copyOf(minAvailable, n),
                Arrays.copyOf(vacant, n), Arrays.copyOf(levels, n * 4), noDates, likelihood, likelihood,
                new String[n], noDates, noDates, noDates, noDates, out, in);
    }

    /** Total edges of the projection. */
    public static long edgeCount(Projection p) {
        long total = 0;
        for (Rel rel : Rel.values()) {
            total += p.out(rel).edgeCount();
        }
        return total;
    }
}
