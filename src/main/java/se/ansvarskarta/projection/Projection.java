package se.ansvarskarta.projection;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.Rel;

/**
 * An immutable in-memory snapshot of the model's skeleton: node ids mapped to ints, every relationship type in both
 * directions as compact arrays, and the few properties the analyses read. The analyses run here, not in the store;
 * answers name nodes by index and translate to ids at the edge.
 */
public final class Projection {

    /** Marks an absent date in the epoch-day arrays. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    /** Marks an absent classification level. */
    public static final byte NO_LEVEL = -1;

    final String stamp;
    final ModelSettings settings;
    final String[] ids;
    final String[] names;
    final Kind[] kinds;
    final Map<String, Integer> index;
    final String[] type;
    final int[] minAvailable;
    final boolean[] vacant;
    final byte[] levels;
    final int[] assessed;
    final int[] likelihood;
    final int[] consequence;
    final String[] status;
    final int[] reviewBy;
    final int[] performed;
    final int[] validFrom;
    final int[] validTo;
    final EnumMap<Rel, Adjacency> out;
    final EnumMap<Rel, Adjacency> in;
    private final Workspace.Pool workspaces;

    Projection(String stamp, ModelSettings settings, String[] ids, String[] names, Kind[] kinds,
               Map<String, Integer> index, String[] type, int[] minAvailable, boolean[] vacant, byte[] levels,
               int[] assessed, int[] likelihood, int[] consequence, String[] status, int[] reviewBy,
               int[] performed, int[] validFrom, int[] validTo, EnumMap<Rel, Adjacency> out,
               EnumMap<Rel, Adjacency> in) {
        this.stamp = stamp;
        this.settings = settings;
        this.ids = ids;
        this.names = names;
        this.kinds = kinds;
        this.index = index;
        this.type = type;
        this.minAvailable = minAvailable;
        this.vacant = vacant;
        this.levels = levels;
        this.assessed = assessed;
        this.likelihood = likelihood;
        this.consequence = consequence;
        this.status = status;
        this.reviewBy = reviewBy;
        this.performed = performed;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.out = out;
        this.in = in;
        this.workspaces = new Workspace.Pool(ids.length, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The same snapshot under the stamp and settings its model got when it went live. */
    public Projection asLive(String newStamp, ModelSettings newSettings) {
        return new Projection(newStamp, newSettings, ids, names, kinds, index, type, minAvailable, vacant, levels,
                assessed, likelihood, consequence, status, reviewBy, performed, validFrom, validTo, out, in);
    }

    /** The version stamp of the model this snapshot was built from. */
    public String stamp() {
        return stamp;
    }

    public ModelSettings settings() {
        return settings;
    }

    public int size() {
        return ids.length;
    }

    /** Index of the node with this id, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int node) {
        return ids[node];
    }

    public String name(int node) {
        return names[node];
    }

    public Kind kind(int node) {
        return kinds[node];
    }

    /** An organisation's or body's or document's or agreement's {@code type}, or infrastructure's {@code kind}. */
    public String type(int node) {
        return type[node];
    }

    /** A k-of-n cluster: infrastructure of kind {@code cluster}. */
    public boolean isCluster(int node) {
        return kinds[node] == Kind.INFRASTRUCTURE && "cluster".equals(type[node]);
    }

    /** How many members of a cluster must be up (at least 1; 1 when not given). */
    public int minAvailable(int node) {
        return Math.max(1, minAvailable[node]);
    }

    /** A role without a holder. */
    public boolean isVacant(int node) {
        return vacant[node];
    }

    /** The node's own declared level on an aspect, or {@link #NO_LEVEL}. */
    public int level(int node, ClassificationAspect aspect) {
        return levels[node * 4 + aspect.ordinal()];
    }

    /** Whether the node's own classification gives at least one level. */
    public boolean hasClassification(int node) {
        for (int a = 0; a < 4; a++) {
            if (levels[node * 4 + a] != NO_LEVEL) {
                return true;
            }
        }
        return false;
    }

    public LocalDate classificationAssessed(int node) {
        return date(assessed[node]);
    }

    public int likelihood(int node) {
        return likelihood[node];
    }

    public int consequence(int node) {
        return consequence[node];
    }

    /** A risk's or document's status, or null. */
    public String status(int node) {
        return status[node];
    }

    public LocalDate reviewBy(int node) {
        return date(reviewBy[node]);
    }

    public LocalDate performed(int node) {
        return date(performed[node]);
    }

    public LocalDate validFrom(int node) {
        return date(validFrom[node]);
    }

    public LocalDate validTo(int node) {
        return date(validTo[node]);
    }

    /** Outgoing edges of one type. */
    public Adjacency out(Rel rel) {
        return out.get(rel);
    }

    /** Incoming edges of one type. */
    public Adjacency in(Rel rel) {
        return in.get(rel);
    }

    /** Per-node work arrays for one analysis; close it when done (try-with-resources). */
    public Workspace workspace() {
        return workspaces.take();
    }

    /** Approximate heap use of the arrays, for the benchmark and the logs. */
    public long approximateBytes() {
        long bytes = 0;
        for (Adjacency a : out.values()) {
            bytes += a.bytes();
        }
        for (Adjacency a : in.values()) {
            bytes += a.bytes();
        }
        int n = ids.length;
        bytes += (long) n * (4 * 12 + 4 + 8 * 5); // int and byte arrays, references
        for (int i = 0; i < n; i++) {
            bytes += 40L + 2L * ids[i].length() + (names[i] == null ? 0 : 40L + 2L * names[i].length());
        }
        bytes += (long) n * 48; // the id index
        return bytes;
    }

    private static LocalDate date(int epochDay) {
        return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
