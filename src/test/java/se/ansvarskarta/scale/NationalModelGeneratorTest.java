package se.ansvarskarta.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ansvarskarta.scale.NationalModelGenerator.Counts;
import se.ansvarskarta.scale.NationalModelGenerator.Format;

/**
 * The generated model follows {@code model-format.md} (checked here against the written JSON,
 * independently of the generator), is reproducible, and has the national size at scale 1.0.
 */
class NationalModelGeneratorTest {

    private static final double SMALL = 0.02;

    // ---- reproducibility ------------------------------------------------------------------------

    @Test
    void theSameSeedGivesByteIdenticalOutputInBothFormats() throws IOException {
        for (Format format : Format.values()) {
            String first = write(new NationalModelGenerator(SMALL, 7), format);
            String second = write(new NationalModelGenerator(SMALL, 7), format);
            assertThat(first).isNotEmpty();
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void writingTwiceWithOneGeneratorGivesTheSameOutput() throws IOException {
        NationalModelGenerator generator = new NationalModelGenerator(SMALL, 7);
        assertThat(write(generator, Format.YAML)).isEqualTo(write(generator, Format.YAML));
    }

    @Test
    void anotherSeedGivesAnotherModel() throws IOException {
        assertThat(write(new NationalModelGenerator(SMALL, 1), Format.JSON))
                .isNotEqualTo(write(new NationalModelGenerator(SMALL, 2), Format.JSON));
    }

    // ---- the format -----------------------------------------------------------------------------

    @Test
    void everyIdIsUniqueAndEveryReferenceNamesADefinedNodeOfTheRightKind() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.05, 42));
        Map<String, String> kinds = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String section : SECTIONS.keySet()) {
            for (Map<String, Object> entry : entries(model, section)) {
                Object id = entry.get("id");
                if (id == null) {
                    continue;
                }
                if (!(id instanceof String s) || !s.matches("[A-Za-z0-9._-]+")) {
                    problems.add(section + ": bad id " + id);
                } else if (kinds.put(s, section) != null) {
                    problems.add(section + ": duplicate id " + s);
                }
            }
        }
        int references = 0;
        for (Map.Entry<String, Set<String>> ref : REFERENCES.entrySet()) {
            String[] sectionKey = ref.getKey().split("\\.");
            for (Map<String, Object> entry : entries(model, sectionKey[0])) {
                Object value = entry.get(sectionKey[1]);
                if (value == null) {
                    continue;
                }
                List<?> ids = value instanceof List<?> list ? list : List.of(value);
                if (new HashSet<>(ids).size() != ids.size()) {
                    problems.add(ref.getKey() + ": repeated reference in " + entry);
                }
                for (Object target : ids) {
                    references++;
                    String kind = kinds.get(target);
                    if (kind == null) {
                        problems.add(ref.getKey() + ": undefined " + target);
                    } else if (!ref.getValue().contains(kind)) {
                        problems.add(ref.getKey() + ": " + target + " is in " + kind);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(kinds).hasSizeGreaterThan(10_000);
        assertThat(references).isGreaterThan(50_000);
    }

    @Test
    void everyEntryHasOnlyKnownKeysItsRequiredKeysAndValuesOfTheRightType() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.05, 42));
        assertThat(model.get("version")).isEqualTo(1L);
        Set<String> top = new HashSet<>(model.keySet());
        top.removeAll(SECTIONS.keySet());
        assertThat(top).containsExactlyInAnyOrder("version", "policy", "scales");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> section : SECTIONS.entrySet()) {
            Set<String> allowed = Set.of(section.getValue()[0].split(","));
            Set<String> required = Set.of(section.getValue()[1].split(","));
            List<Map<String, Object>> list = entries(model, section.getKey());
            if (list.isEmpty()) {
                problems.add(section.getKey() + " is empty");
            }
            for (Map<String, Object> entry : list) {
                String place = section.getKey() + " " + entry.get("id");
                for (String key : entry.keySet()) {
                    if (!allowed.contains(key)) {
                        problems.add(place + ": unknown key " + key);
                    }
                }
                for (String key : required) {
                    if (!entry.containsKey(key)) {
                        problems.add(place + ": missing " + key);
                    }
                }
                for (String key : List.of("name", "title", "holder", "category", "description")) {
                    if (entry.containsKey(key) && !(entry.get(key) instanceof String)) {
                        problems.add(place + ": " + key + " is not text");
                    }
                }
                for (String key : DATE_KEYS) {
                    if (entry.containsKey(key) && !isDate(entry.get(key))) {
                        problems.add(place + ": " + key + " is not a date");
                    }
                }
                Set<String> values = ENUMS.get(section.getKey() + "." + enumKey(section.getKey()));
                if (values != null && entry.containsKey(enumKey(section.getKey()))
                        && !values.contains(entry.get(enumKey(section.getKey())))) {
                    problems.add(place + ": bad " + enumKey(section.getKey()));
                }
                for (String key : List.of("status", "treatment")) {
                    Set<String> more = ENUMS.get(section.getKey() + "." + key);
                    if (more != null && entry.containsKey(key) && !more.contains(entry.get(key))) {
                        problems.add(place + ": bad " + key);
                    }
                }
                if (entry.get("classification") instanceof Map<?, ?> c) {
                    Set<String> keys = new HashSet<>();
                    c.keySet().forEach(k -> keys.add((String) k));
                    keys.removeAll(Set.of("confidentiality", "integrity", "availability", "traceability",
                            "assessed", "note"));
                    if (!keys.isEmpty()) {
                        problems.add(place + ": classification keys " + keys);
                    }
                    int levels = 0;
                    for (String aspect : List.of("confidentiality", "integrity", "availability",
                            "traceability")) {
                        if (c.get(aspect) != null) {
                            levels++;
                            if (!(c.get(aspect) instanceof Long l) || l < 0 || l > 4) {
                                problems.add(place + ": level " + c.get(aspect));
                            }
                        }
                    }
                    if (levels == 0 || (c.get("assessed") != null && !isDate(c.get("assessed")))) {
                        problems.add(place + ": classification " + c);
                    }
                } else if (entry.containsKey("classification")) {
                    problems.add(place + ": classification is not a map");
                }
                if (section.getKey().equals("risks")) {
                    for (String key : List.of("likelihood", "consequence")) {
                        if (!(entry.get(key) instanceof Long l) || l < 1 || l > 4) {
                            problems.add(place + ": " + key + " " + entry.get(key));
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void clustersHaveInfrastructureMembersAndAMinAvailableTheyCanMeet() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.05, 42));
        Set<String> infrastructure = new HashSet<>();
        for (Map<String, Object> node : entries(model, "infrastructure")) {
            infrastructure.add((String) node.get("id"));
        }
        int clusters = 0;
        int kOfN = 0;
        for (Map<String, Object> node : entries(model, "infrastructure")) {
            boolean cluster = "cluster".equals(node.get("kind"));
            if (!cluster) {
                assertThat(node).doesNotContainKeys("members", "minAvailable");
                continue;
            }
            clusters++;
            List<?> members = (List<?>) node.get("members");
            assertThat(members).as("members of %s", node.get("id")).isNotEmpty().doesNotHaveDuplicates();
            assertThat(infrastructure).containsAll(members.stream().map(String.class::cast).toList());
            long min = node.get("minAvailable") == null ? 1 : (Long) node.get("minAvailable");
            assertThat(min).as("minAvailable of %s", node.get("id")).isBetween(1L, (long) members.size());
            if (min > 1) {
                kOfN++;
            }
        }
        assertThat(clusters).isGreaterThan(100);
        assertThat(kOfN).as("clusters that need more than one member").isGreaterThan(10);
    }

    @Test
    void dependenciesHoldAFewSmallCycles() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.1, 42));
        Map<String, List<String>> graph = new HashMap<>();
        for (String section : List.of("systems", "infrastructure")) {
            for (Map<String, Object> node : entries(model, section)) {
                List<String> targets = new ArrayList<>();
                if (node.get("dependsOn") instanceof List<?> list) {
                    list.forEach(t -> targets.add((String) t));
                }
                graph.put((String) node.get("id"), targets);
            }
        }
        List<List<String>> cycles = stronglyConnected(graph);
        assertThat(cycles).hasSizeBetween(3, 30);
        assertThat(cycles).allSatisfy(c -> assertThat(c).hasSizeBetween(2, 5));
    }

    @Test
    void someMunicipalitiesAreMembersOfTwoFederations() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.1, 42));
        long twice = entries(model, "organisations").stream()
                .filter(o -> o.get("memberOf") instanceof List<?> l && l.size() == 2).count();
        long municipalities = entries(model, "organisations").stream()
                .filter(o -> "municipality".equals(o.get("type"))).count();
        assertThat(municipalities).isEqualTo(29);
        assertThat(twice).isBetween(1L, 3L);
    }

    @Test
    void yamlQuotesEveryStringAndWritesReferenceListsInFlowStyle() throws IOException {
        String yaml = write(new NationalModelGenerator(SMALL, 42), Format.YAML);
        Pattern scalar = Pattern.compile(
                "^(?:  - |    )(id|name|title|type|kind|holder|category|status|aspect|supplier"
                        + "|organisation|owner|by): (.*)$",
                Pattern.MULTILINE);
        Matcher m = scalar.matcher(yaml);
        int scalars = 0;
        while (m.find()) {
            scalars++;
            assertThat(m.group(2)).as(m.group()).startsWith("\"").endsWith("\"");
        }
        assertThat(scalars).isGreaterThan(10_000);
        Matcher list = Pattern.compile("^    (dependsOn|usedBy|members|targets|scope|covers): (.*)$",
                Pattern.MULTILINE).matcher(yaml);
        int lists = 0;
        while (list.find()) {
            lists++;
            assertThat(list.group(2)).as(list.group()).matches("\\[\"[^\"]+\"(, \"[^\"]+\")*\\]");
        }
        assertThat(lists).isGreaterThan(1_000);
        assertThat(yaml).containsPattern("(?m)^      assessed: \\d{4}-\\d{2}-\\d{2}$");
        assertThat(yaml).containsPattern("(?m)^  - \\{role: \"[^\"]+\", aspect: \"owner\", target: \"[^\"]+\"");
        assertThat(yaml).startsWith("# ").contains("\nversion: 1\n");
    }

    @Test
    void yamlAndJsonHoldTheSameEntriesInTheSameOrder() throws IOException {
        NationalModelGenerator generator = new NationalModelGenerator(SMALL, 42);
        String yaml = write(generator, Format.YAML);
        String json = write(generator, Format.JSON);
        List<String> yamlIds = new ArrayList<>();
        Matcher y = Pattern.compile("(?m)^  - id: \"([^\"]+)\"$").matcher(yaml);
        while (y.find()) {
            yamlIds.add(y.group(1));
        }
        List<String> jsonIds = new ArrayList<>();
        Matcher j = Pattern.compile("(?m)^\\{\"id\":\"([^\"]+)\"").matcher(json);
        while (j.find()) {
            jsonIds.add(j.group(1));
        }
        assertThat(yamlIds).hasSizeGreaterThan(1_000).isEqualTo(jsonIds);
    }

    // ---- counts ---------------------------------------------------------------------------------

    @Test
    void countsAgreeWithTheWrittenFile() throws IOException {
        NationalModelGenerator generator = new NationalModelGenerator(0.05, 42);
        Counts counts = generator.counts();
        Map<String, Object> model = json(generator);
        int nodes = 0;
        for (String section : SECTIONS.keySet()) {
            if (!section.equals("responsibilities")) {
                nodes += entries(model, section).size();
            }
        }
        assertThat(counts.nodes()).isEqualTo(nodes);
        assertThat(counts.systems()).isEqualTo(entries(model, "systems").size());
        assertThat(counts.infrastructure()).isEqualTo(entries(model, "infrastructure").size());
        assertThat(counts.risks()).isEqualTo(entries(model, "risks").size());
        assertThat(counts.responsibilities()).isEqualTo(entries(model, "responsibilities").size());
        assertThat(counts.dependsOnEdges())
                .isEqualTo(references(model, "systems", "dependsOn")
                        + references(model, "infrastructure", "dependsOn"));
        assertThat(counts.memberEdges()).isEqualTo(references(model, "infrastructure", "members"));
        assertThat(counts.relationshipsByType().get("USED_BY"))
                .isEqualTo(references(model, "systems", "usedBy"));
        assertThat(counts.relationshipsByType().get("THREATENS"))
                .isEqualTo(references(model, "risks", "targets"));
        assertThat(counts.relationshipsByType().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(counts.relationships());
    }

    @Test
    void nationalScaleHasTheTargetSize() {
        Counts c = new NationalModelGenerator(1.0, 42).counts();
        assertThat(c.organisations()).isBetween(380, 400); // 290 municipalities, 60 federations, others
        assertThat(c.systems()).isBetween(42_000, 48_000);
        assertThat(c.infrastructure()).isBetween(115_000, 155_000);
        assertThat(c.nodes()).isBetween(190_000, 240_000);
        assertThat(c.closureEdges()).isBetween(720_000, 820_000);
        assertThat(c.risks()).isBetween(18_000, 22_000);
        assertThat(c.roles()).isGreaterThan(8_000);
        assertThat(c.relationshipsByType()).containsKeys("MEMBER_OF", "PART_OF", "SITS_ON", "IN",
                "RESPONSIBLE_FOR", "DEPENDS_ON", "MEMBER", "USED_BY", "SUPPLIED_BY", "PROCESSES",
                "THREATENS", "OWNS_RISK", "ASSESSES", "PERFORMED_BY", "MANDATE", "GOVERNS", "ADOPTED",
                "PARTY", "COVERS");
        assertThat(c.relationshipsByType().values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void smallScalesKeepAtLeastTwoMunicipalitiesAndOneFederation() throws IOException {
        Map<String, Object> model = json(new NationalModelGenerator(0.0001, 42));
        List<Map<String, Object>> organisations = entries(model, "organisations");
        assertThat(organisations.stream().filter(o -> "municipality".equals(o.get("type"))).count())
                .isEqualTo(2);
        assertThat(organisations.stream().filter(o -> "federation".equals(o.get("type"))).count())
                .isEqualTo(1);
    }

    // ---- command line ---------------------------------------------------------------------------

    @Test
    void commandLineWritesTheFileAndPrintsCounts(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("model.json");
        String err = stderr(() -> assertThat(NationalModelGenerator.run(new String[] {"generate",
                "--scale", "0.02", "--seed", "9", "--out", out.toString()})).isZero());
        assertThat(err).contains("nodes").contains("DEPENDS_ON");
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\"version\":1");
        assertThat(written).isEqualTo(write(new NationalModelGenerator(0.02, 9), Format.JSON));
    }

    @Test
    void commandLineRefusesBadArguments() {
        String err = stderr(() -> {
            assertThat(NationalModelGenerator.run(new String[] {"--bogus"})).isEqualTo(2);
            assertThat(NationalModelGenerator.run(new String[] {"--scale", "0"})).isEqualTo(2);
            assertThat(NationalModelGenerator.run(new String[] {"--format", "xml"})).isEqualTo(2);
            assertThat(NationalModelGenerator.run(new String[] {"--seed"})).isEqualTo(2);
        });
        assertThat(err).contains("Usage: generate");
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** section: allowed keys, required keys. */
    private static final Map<String, String[]> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> REFERENCES = new LinkedHashMap<>();
    private static final Map<String, Set<String>> ENUMS = new HashMap<>();
    private static final List<String> DATE_KEYS = List.of("assessed", "reviewBy", "performed",
            "nextReview", "adopted", "validFrom", "validTo");

    static {
        String common = ",description,tags,attributes";
        SECTIONS.put("organisations", new String[] {"id,name,type,memberOf" + common, "id,name,type"});
        SECTIONS.put("bodies", new String[] {"id,name,type,organisation,members,mandate" + common,
                "id,name,type,organisation"});
        SECTIONS.put("roles", new String[] {"id,title,organisation,holder,fte" + common,
                "id,title,organisation"});
        SECTIONS.put("informationTypes", new String[] {"id,name,classification" + common, "id,name"});
        SECTIONS.put("systems", new String[] {
                "id,name,category,supplier,usedBy,processes,dependsOn,classification" + common, "id,name"});
        SECTIONS.put("infrastructure", new String[] {
                "id,name,kind,members,minAvailable,dependsOn,supplier,classification" + common,
                "id,name,kind"});
        SECTIONS.put("responsibilities", new String[] {"role,aspect,target,basis" + common,
                "role,aspect,target"});
        SECTIONS.put("risks", new String[] {"id,title,targets,likelihood,consequence,owner,status,"
                + "treatment,assessed,reviewBy" + common, "id,title,likelihood,consequence"});
        SECTIONS.put("riskAnalyses", new String[] {"id,title,performed,scope,by,nextReview" + common,
                "id,title,performed,scope"});
        SECTIONS.put("documents", new String[] {"id,title,type,adopted,adoptedBy,reviewBy,status,"
                + "governs" + common, "id,title,type"});
        SECTIONS.put("agreements", new String[] {"id,title,type,parties,covers,validFrom,validTo"
                + common, "id,title,type"});

        Set<String> any = SECTIONS.keySet().stream().filter(s -> !s.equals("responsibilities"))
                .collect(java.util.stream.Collectors.toSet());
        Set<String> asset = Set.of("systems", "infrastructure");
        REFERENCES.put("organisations.memberOf", Set.of("organisations"));
        REFERENCES.put("bodies.organisation", Set.of("organisations"));
        REFERENCES.put("bodies.members", Set.of("roles"));
        REFERENCES.put("bodies.mandate", Set.of("documents"));
        REFERENCES.put("roles.organisation", Set.of("organisations"));
        REFERENCES.put("systems.supplier", Set.of("organisations"));
        REFERENCES.put("systems.usedBy", Set.of("organisations"));
        REFERENCES.put("systems.processes", Set.of("informationTypes"));
        REFERENCES.put("systems.dependsOn", asset);
        REFERENCES.put("infrastructure.supplier", Set.of("organisations"));
        REFERENCES.put("infrastructure.dependsOn", asset);
        REFERENCES.put("infrastructure.members", Set.of("infrastructure"));
        REFERENCES.put("responsibilities.role", Set.of("roles"));
        REFERENCES.put("responsibilities.target", Set.of("systems", "infrastructure",
                "informationTypes"));
        REFERENCES.put("responsibilities.basis", Set.of("documents", "agreements"));
        REFERENCES.put("risks.targets", any);
        REFERENCES.put("risks.owner", Set.of("roles"));
        REFERENCES.put("riskAnalyses.scope", asset);
        REFERENCES.put("riskAnalyses.by", Set.of("roles"));
        REFERENCES.put("documents.adoptedBy", Set.of("bodies"));
        REFERENCES.put("documents.governs", any);
        REFERENCES.put("agreements.parties", Set.of("organisations"));
        REFERENCES.put("agreements.covers", Set.of("systems", "infrastructure", "informationTypes"));

        ENUMS.put("organisations.type",
                Set.of("federation", "municipality", "supplier", "authority", "company"));
        ENUMS.put("bodies.type", Set.of("board", "council", "management", "committee"));
        ENUMS.put("infrastructure.kind", Set.of("datacenter", "network", "server", "virtualization",
                "storage", "backup", "identity", "cloud", "service", "cluster", "other"));
        ENUMS.put("responsibilities.aspect", Set.of("owner", "manager", "technical", "operations"));
        ENUMS.put("risks.status", Set.of("open", "treated", "accepted", "closed"));
        ENUMS.put("risks.treatment", Set.of("avoid", "reduce", "transfer", "accept"));
        ENUMS.put("documents.type", Set.of("policy", "guideline", "instruction", "continuityPlan",
                "managementPlan", "charter", "other"));
        ENUMS.put("documents.status", Set.of("draft", "adopted", "underRevision", "retired"));
        ENUMS.put("agreements.type", Set.of("sla", "dpa", "charter", "other"));
    }

    private static String enumKey(String section) {
        return switch (section) {
            case "infrastructure" -> "kind";
            case "responsibilities" -> "aspect";
            default -> "type";
        };
    }

    private static boolean isDate(Object value) {
        if (!(value instanceof String s) || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String write(NationalModelGenerator generator, Format format) throws IOException {
        StringWriter out = new StringWriter();
        generator.write(out, format);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(NationalModelGenerator generator) throws IOException {
        return (Map<String, Object>) new JsonReader(write(generator, Format.JSON)).document();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> model, String section) {
        Object list = model.get(section);
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    private static int references(Map<String, Object> model, String section, String key) {
        int n = 0;
        for (Map<String, Object> entry : entries(model, section)) {
            Object value = entry.get(key);
            n += value instanceof List<?> list ? list.size() : value == null ? 0 : 1;
        }
        return n;
    }

    private static String stderr(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Strongly connected components with more than one node (iterative Tarjan). */
    private static List<List<String>> stronglyConnected(Map<String, List<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> result = new ArrayList<>();
        int counter = 0;
        for (String root : graph.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                int i = (Integer) frame[1];
                if (i == 0 && !index.containsKey(v)) {
                    index.put(v, counter);
                    low.put(v, counter++);
                    stack.push(v);
                    onStack.add(v);
                }
                List<String> next = graph.getOrDefault(v, List.of());
                if (i < next.size()) {
                    frame[1] = i + 1;
                    String w = next.get(i);
                    if (!index.containsKey(w)) {
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) {
                        result.add(component);
                    }
                }
            }
        }
        return result;
    }

    /** A small JSON reader: objects, arrays, strings, integers, decimals, booleans, null. */
    private static final class JsonReader {
        private final String s;
        private int i;

        JsonReader(String s) {
            this.s = s;
        }

        Object document() {
            Object value = value();
            space();
            if (i != s.length()) {
                throw error("trailing text");
            }
            return value;
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            space();
            if (s.charAt(i) == '}') {
                i++;
                return map;
            }
            while (true) {
                space();
                String key = string();
                space();
                expect(':');
                if (map.containsKey(key)) {
                    throw error("repeated key " + key);
                }
                map.put(key, value());
                space();
                if (s.charAt(i) == ',') {
                    i++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            space();
            if (s.charAt(i) == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                if (s.charAt(i) == ',') {
                    i++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw error("control character in string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw error("bad escape");
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String text = s.substring(start, i);
            if (text.isEmpty()) {
                throw error("unexpected character");
            }
            return text.matches("-?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw error("unexpected character");
            }
            i += word.length();
            return value;
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("expected " + c);
            }
            i++;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalStateException error(String message) {
            return new IllegalStateException(message + " at " + i);
        }
    }
}
