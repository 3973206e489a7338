package se.ansvarskarta.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.Rel;

/**
 * Builds a {@link Projection} from nodes given as their stored properties (the same names whether they come from
 * the database or from a model file being imported) and relationships given by ids. Add every node, then
 * {@link #indexNodes()}, then every relationship, then {@link #build}.
 */
public final class ProjectionBuilder {

    private static final Map<String, String> INTERNED = new ConcurrentHashMap<>();

    private record NodeRow(Kind kind, long ord, Map<String, Object> props) {
    }

    private final List<NodeRow> rows = new ArrayList<>();
    private final EdgeLists edges = new EdgeLists();
    private Map<String, Integer> index;
    private NodeRow[] sorted;

    /** A node of this kind with its stored properties ({@code id}, {@code ord}, {@code name}, {@code type}...). */
    public void node(Kind kind, Map<String, Object> props) {
        Object ord = props.get("ord");
        rows.add(new NodeRow(kind, ord == null ? 0 : ((Number) ord).longValue(), props));
    }

    /** Fixes the node order (kind, then position in the file) and indexes the ids. */
    public void indexNodes() {
        sorted = rows.toArray(NodeRow[]::new);
        rows.clear();
        Arrays.sort(sorted, Comparator.comparingInt((NodeRow r) -> r.kind.ordinal()).thenComparingLong(r -> r.ord));
        index = new HashMap<>(sorted.length * 2);
        for (int i = 0; i < sorted.length; i++) {
            index.put((String) sorted[i].props.get("id"), i);
        }
    }

    /** A relationship between two indexed nodes; ignored when either end is unknown. */
    public void edge(String from, Rel rel, String to, String aspect, int ord) {
        Integer a = index.get(from);
        Integer b = index.get(to);
        if (a != null && b != null) {
            edges.add(rel, a, b, aspect == null ? 0 : (byte) Aspect.ofKey(aspect).ordinal(), ord);
        }
    }

    public Projection build(String stamp, ModelSettings settings) {
        int n = sorted.length;
        String[] ids = new String[n];
        String[] names = new String[n];
        Kind[] kinds = new Kind[n];
        String[] type = new String[n];
        int[] minAvailable = new int[n];
        boolean[] vacant = new boolean[n];
        byte[] levels = new byte[n * 4];
        int[] assessed = new int[n];
        int[] likelihood = new int[n];
        int[] consequence = new int[n];
        String[] status = new String[n];
        int[] reviewBy = new int[n];
        int[] performed = new int[n];
        int[] validFrom = new int[n];
        int[] validTo = new int[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = sorted[i].props;
            kinds[i] = sorted[i].kind;
            ids[i] = (String) p.get("id");
            names[i] = (String) p.get("name");
            type[i] = intern((String) (kinds[i] == Kind.INFRASTRUCTURE ? p.get("kind") : p.get("type")));
            minAvailable[i] = integer(p.get("minAvailable"));
            vacant[i] = kinds[i] == Kind.ROLE && p.get("holder") == null;
            for (ClassificationAspect aspect : ClassificationAspect.values()) {
                Object level = p.get(aspect.key());
                levels[i * 4 + aspect.ordinal()] = level == null ? Projection.NO_LEVEL
                        : (byte) Math.min(127, ((Number) level).intValue());
            }
            assessed[i] = epochDay(p.get("classificationAssessed"));
            likelihood[i] = integer(p.get("likelihood"));
            consequence[i] = integer(p.get("consequence"));
            status[i] = intern((String) p.get("status"));
            reviewBy[i] = epochDay(p.get("reviewBy"));
            performed[i] = epochDay(p.get("performed"));
            validFrom[i] = epochDay(p.get("validFrom"));
            validTo[i] = epochDay(p.get("validTo"));
        }
        sorted = null;
        EnumMap<Rel, Adjacency> out = new EnumMap<>(Rel.class);
        EnumMap<Rel, Adjacency> in = new EnumMap<>(Rel.class);
        for (Rel rel : Rel.values()) {
            edges.build(rel, n, out, in);
        }
        return new Projection(stamp, settings, ids, names, kinds, index, type, minAvailable, vacant, levels,
                assessed, likelihood, consequence, status, reviewBy, performed, validFrom, validTo, out, in);
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static int epochDay(Object value) {
        return value instanceof LocalDate date ? (int) date.toEpochDay() : Projection.NO_DATE;
    }

    private static String intern(String s) {
        return s == null ? null : INTERNED.computeIfAbsent(s, x -> x);
    }

    /** Growable parallel arrays of edges per relationship type. */
    private static final class EdgeLists {
        private final EnumMap<Rel, int[][]> data = new EnumMap<>(Rel.class);
        private final EnumMap<Rel, byte[]> tags = new EnumMap<>(Rel.class);
        private final EnumMap<Rel, Integer> sizes = new EnumMap<>(Rel.class);

        void add(Rel rel, int a, int b, byte tag, int ord) {
            int[][] arrays = data.computeIfAbsent(rel, r -> new int[3][64]);
            byte[] t = tags.computeIfAbsent(rel, r -> new byte[64]);
            int size = sizes.getOrDefault(rel, 0);
            if (size == arrays[0].length) {
                for (int k = 0; k < 3; k++) {
                    arrays[k] = Arrays.copyOf(arrays[k], size * 2);
                }
                t = Arrays.copyOf(t, size * 2);
                tags.put(rel, t);
            }
            arrays[0][size] = a;
            arrays[1][size] = b;
            arrays[2][size] = ord;
            t[size] = tag;
            sizes.put(rel, size + 1);
        }

        /**
         * The adjacency of one type in both directions. Responsibilities (the only edges with an {@code ord}, their
         * place in the file's list of responsibilities) come back in file order; every other edge is a reference,
         * and a node's neighbours come back in the order the nodes are declared (kind, then place in the file), the
         * same whether the projection is built from a file or from the database, and the order the export writes.
         */
        void build(Rel rel, int n, EnumMap<Rel, Adjacency> out, EnumMap<Rel, Adjacency> in) {
            int size = sizes.getOrDefault(rel, 0);
            int[][] arrays = data.getOrDefault(rel, new int[3][0]);
            int[] from = arrays[0];
            int[] to = arrays[1];
            if (rel == Rel.RESPONSIBLE_FOR) {
                byte[] tag = tags.getOrDefault(rel, new byte[0]);
                Integer[] order = new Integer[size];
                for (int i = 0; i < size; i++) {
                    order[i] = i;
                }
                int[] ords = arrays[2];
                Arrays.sort(order, Comparator.comparingInt(i -> ords[i]));
                int[] f = new int[size];
                int[] t = new int[size];
                byte[] g = new byte[size];
                for (int i = 0; i < size; i++) {
                    f[i] = from[order[i]];
                    t[i] = to[order[i]];
                    g[i] = tag[order[i]];
                }
                out.put(rel, Adjacency.of(n, f, t, g, size));
                in.put(rel, Adjacency.of(n, t, f, g, size));
                return;
            }
            // three stable counting sorts: by target, then by source (out lists in target order), then the out lists
            // read in order and sorted by target (in lists in source order)
            Adjacency byTarget = Adjacency.of(n, to, from, null, size);
            int[] f = new int[size];
            int[] t = new int[size];
            byTarget.edges((target, source, i) -> {
                f[i] = source;
                t[i] = target;
            });
            Adjacency outgoing = Adjacency.of(n, f, t, null, size);
            outgoing.edges((source, target, i) -> {
                f[i] = source;
                t[i] = target;
            });
            out.put(rel, outgoing);
            in.put(rel, Adjacency.of(n, t, f, null, size));
        }
    }
}
