package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;

/**
 * The rules of {@code model-format.md} that need the whole file: unique ids, references that exist and name the
 * right kind, cluster rules, levels within the scales, and risk bands.
 */
final class ModelValidator {

    private ModelValidator() {
    }

    static void validate(ParsedModel model, Problems problems) {
        Map<String, Entry> byId = uniqueIds(model, problems);
        ModelSettings settings = model.settings;
        checkBands(settings, problems);
        for (Kind kind : Kind.values()) {
            for (Entry entry : model.entries.get(kind)) {
                checkRefs(entry, ModelSchema.fields(kind), byId, problems);
                checkLevels(entry, settings, problems);
                if (kind == Kind.INFRASTRUCTURE) {
                    checkCluster(entry, problems);
                }
                if (kind == Kind.RISK) {
                    checkScale(entry, "likelihood", settings.likelihoodMin(), settings.likelihoodMax(), problems);
                    checkScale(entry, "consequence", settings.consequenceMin(), settings.consequenceMax(), problems);
                }
            }
        }
        for (Entry entry : model.responsibilities) {
            checkRefs(entry, ModelSchema.RESPONSIBILITY, byId, problems);
        }
    }

    /** Every id once in the whole file; a repeat is reported where it occurs the second time. */
    private static Map<String, Entry> uniqueIds(ParsedModel model, Problems problems) {
        List<Entry> all = new ArrayList<>();
        model.entries.values().forEach(all::addAll);
        all.sort(Comparator.comparingInt(e -> e.seq));
        Map<String, Entry> byId = new HashMap<>(all.size() * 4 / 3 + 16);
        for (Entry entry : all) {
            if (entry.id == null) {
                continue;
            }
            Entry first = byId.putIfAbsent(entry.id, entry);
            if (first != null) {
                problems.add(entry.place() + ".id", "duplicateId", entry.id, first.place());
            }
        }
        return byId;
    }

    private static void checkRefs(Entry entry, Map<String, Field> fields, Map<String, Entry> byId, Problems problems) {
        for (var refs : entry.refs.entrySet()) {
            Field field = fields.get(refs.getKey());
            for (Ref ref : refs.getValue()) {
                Entry target = byId.get(ref.id());
                if (target == null) {
                    problems.add(entry.place(refs.getKey(), ref), "unknownRef", ref.id());
                } else if (!field.targets().contains(target.kind)) {
                    problems.add(entry.place(refs.getKey(), ref), "wrongKind", ref.id(), target.kind.section(),
                            String.join(", ", field.targets().stream().map(Kind::section).toList()));
                }
            }
        }
    }

    private static void checkLevels(Entry entry, ModelSettings settings, Problems problems) {
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            Object level = entry.properties.get(aspect.key());
            if (level instanceof Long l && (l < 0 || l > settings.maxLevel())) {
                problems.add(entry.place() + ".classification." + aspect.key(), "outOfRange", l, 0,
                        settings.maxLevel());
            }
        }
    }

    private static void checkScale(Entry entry, String key, int min, int max, Problems problems) {
        if (entry.properties.get(key) instanceof Long l && (l < min || l > max)) {
            problems.add(entry.place() + "." + key, "outOfRange", l, min, max);
        }
    }

    private static void checkCluster(Entry entry, Problems problems) {
        boolean cluster = "cluster".equals(entry.properties.get("kind"));
        List<Ref> members = entry.refs.get("members");
        Object minAvailable = entry.properties.get("minAvailable");
        if (!cluster) {
            if (members != null) {
                problems.add(entry.place() + ".members", "membersOnNonCluster");
            }
            if (minAvailable != null) {
                problems.add(entry.place() + ".minAvailable", "membersOnNonCluster");
            }
            return;
        }
        int count = members == null ? 0 : members.size();
        if (count == 0) {
            problems.add(entry.place() + ".members", "clusterWithoutMembers");
        }
        if (minAvailable instanceof Long k && (k < 1 || (count > 0 && k > count))) {
            problems.add(entry.place() + ".minAvailable", "badMinAvailable", k, count);
        }
    }

    private static void checkBands(ModelSettings settings, Problems problems) {
        List<ModelSettings.RiskBand> bands = settings.riskBands();
        if (bands.isEmpty()) {
            problems.add("scales.riskBands", "emptyList");
            return;
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).max() <= bands.get(i - 1).max()) {
                problems.add("scales.riskBands[" + i + "].max", "bandsNotIncreasing", bands.get(i).max(),
                        bands.get(i - 1).max());
            }
        }
        int highest = settings.likelihoodMax() * settings.consequenceMax();
        int last = bands.get(bands.size() - 1).max();
        if (last < highest) {
            problems.add("scales.riskBands[" + (bands.size() - 1) + "].max", "bandsTooLow", last, highest);
        }
    }
}
