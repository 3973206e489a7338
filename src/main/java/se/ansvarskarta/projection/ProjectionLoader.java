package se.ansvarskarta.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettingsCodec;
import se.ansvarskarta.graph.Rel;

/** Builds a {@link Projection} from the database in three bulk queries. */
final class ProjectionLoader {

    private ProjectionLoader() {
    }

    private record NodeRow(Kind kind, long ord, Record record) {
    }

    static Projection load(SimpleQueryRunner tx, Scope scope) {
        var settingsRows = tx.run(Cypher.load("model/read-settings")).list();
        String stamp = settingsRows.isEmpty() ? "" : settingsRows.get(0).get("stamp").asString("");
        var settings = ModelSettingsCodec.fromProperties(
                settingsRows.isEmpty() ? null : settingsRows.get(0).get("settings").asMap());

        List<NodeRow> rows = new ArrayList<>();
        tx.run(Cypher.load("projection/nodes"), scope.parameters()).forEachRemaining(r -> rows.add(
                new NodeRow(Kind.ofLabel(r.get("label").asString()), r.get("ord").asLong(0), r)));
        rows.sort(Comparator.comparingInt((NodeRow r) -> r.kind.ordinal()).thenComparingLong(r -> r.ord));

        int n = rows.size();
        String[] ids = new String[n];
        String[] names = new String[n];
        Kind[] kinds = new Kind[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
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
            Record r = rows.get(i).record;
            kinds[i] = rows.get(i).kind;
            ids[i] = r.get("id").asString();
            names[i] = r.get("name").asString(null);
            index.put(ids[i], i);
            type[i] = intern(r.get("type").asString(null));
            minAvailable[i] = r.get("minAvailable").asInt(0);
            vacant[i] = kinds[i] == Kind.ROLE && r.get("vacant").asBoolean(false);
            List<Object> lv = r.get("levels").asList(v -> v.isNull() ? null : v.asLong());
            for (int a = 0; a < 4; a++) {
                Object level = lv.get(a);
                levels[i * 4 + a] = level == null ? Projection.NO_LEVEL : (byte) Math.min(127, (Long) level);
            }
            assessed[i] = epochDay(r.get("assessed"));
            likelihood[i] = r.get("likelihood").asInt(0);
            consequence[i] = r.get("consequence").asInt(0);
            status[i] = intern(r.get("status").asString(null));
            reviewBy[i] = epochDay(r.get("reviewBy"));
            performed[i] = epochDay(r.get("performed"));
            validFrom[i] = epochDay(r.get("validFrom"));
            validTo[i] = epochDay(r.get("validTo"));
        }

        EdgeLists edges = new EdgeLists();
        tx.run(Cypher.load("projection/relationships"), scope.parameters()).forEachRemaining(r -> {
            Integer a = index.get(r.get("a").asString());
            Integer b = index.get(r.get("b").asString());
            if (a == null || b == null) {
                return;
            }
            Rel rel;
            try {
                rel = Rel.valueOf(r.get("type").asString());
            } catch (IllegalArgumentException e) {
                return; // a relationship someone added by hand: not part of the model
            }
            String aspect = r.get("aspect").asString(null);
            byte tag = aspect == null ? 0 : (byte) Aspect.ofKey(aspect).ordinal();
            edges.add(rel, a, b, tag, r.get("ord").asInt(0));
        });
        EnumMap<Rel, Adjacency> out = new EnumMap<>(Rel.class);
        EnumMap<Rel, Adjacency> in = new EnumMap<>(Rel.class);
        for (Rel rel : Rel.values()) {
            edges.build(rel, n, out, in);
        }
        return new Projection(stamp, settings, ids, names, kinds, index, type, minAvailable, vacant, levels,
                assessed, likelihood, consequence, status, reviewBy, performed, validFrom, validTo, out, in);
    }

    private static int epochDay(Value value) {
        if (value == null || value.isNull()) {
            return Projection.NO_DATE;
        }
        LocalDate date = value.asLocalDate();
        return (int) date.toEpochDay();
    }

    private static final Map<String, String> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

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

        void build(Rel rel, int n, EnumMap<Rel, Adjacency> out, EnumMap<Rel, Adjacency> in) {
            int size = sizes.getOrDefault(rel, 0);
            int[][] arrays = data.getOrDefault(rel, new int[3][0]);
            byte[] tag = rel == Rel.RESPONSIBLE_FOR ? tags.getOrDefault(rel, new byte[0]) : null;
            // order by position in the file's list, so neighbours come back in file order
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            int[] ords = arrays[2];
            Arrays.sort(order, Comparator.comparingInt(i -> ords[i]));
            int[] from = new int[size];
            int[] to = new int[size];
            byte[] t = tag == null ? null : new byte[size];
            for (int i = 0; i < size; i++) {
                from[i] = arrays[0][order[i]];
                to[i] = arrays[1][order[i]];
                if (t != null) {
                    t[i] = tag[order[i]];
                }
            }
            out.put(rel, Adjacency.of(n, from, to, t, size));
            in.put(rel, Adjacency.of(n, to, from, t, size));
        }
    }
}
