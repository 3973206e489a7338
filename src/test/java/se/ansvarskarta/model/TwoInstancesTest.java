package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.ansvarskarta.AnsvarskartaApplication;
import se.ansvarskarta.Http;
import se.ansvarskarta.TestNeo4j;

/**
 * Two application instances on one Neo4j, the first with in-process access to it (like the embedded default run),
 * the second over Bolt only (like an instance on another host): a write through one is seen by the other's next
 * answer, and both ways of staging an import store the same model.
 */
class TwoInstancesTest {

    private static final String ADMIN = Http.basic("admin", "test-admin");

    @Test
    void anImportThroughOneInstanceIsSeenByTheOthersNextAnswer() {
        try (ConfigurableApplicationContext first = start(true);
             ConfigurableApplicationContext second = start(false)) {
            Http one = new Http(port(first));
            Http two = new Http(port(second));
            var imported = one.post("/api/import", ADMIN, "application/yaml", """
                    version: 1
                    organisations:
                      - {id: instans-a, name: Instans A, type: company}
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(organisations(two)).containsExactly("instans-a");
            assertThat(organisations(one)).containsExactly("instans-a"); // the first instance knows the model state

            two.post("/api/import", ADMIN, "application/yaml", """
                    version: 1
                    organisations:
                      - {id: instans-b, name: Instans B, type: company}
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(organisations(one)).containsExactly("instans-b");
        }
    }

    @Test
    void stagingInProcessAndOverBoltStoreTheSameModel() throws IOException {
        assumeTrue(TestNeo4j.localDatabase().isPresent(), "needs the in-process test database");
        byte[] vmkf = Files.readAllBytes(Path.of("examples/vmkf.yaml"));
        try (ConfigurableApplicationContext local = start(true);
             ConfigurableApplicationContext remote = start(false)) {
            Http inProcess = new Http(port(local));
            Http overBolt = new Http(port(remote));

            assertThat(inProcess.post("/api/import", ADMIN, "application/yaml", vmkf).statusCode()).isEqualTo(200);
            List<String> stagedInProcess = storedModel();
            String exportedAfterInProcess = overBolt.get("/api/export", ADMIN).body();

            assertThat(overBolt.post("/api/import", ADMIN, "application/yaml", vmkf).statusCode()).isEqualTo(200);
            List<String> stagedOverBolt = storedModel();

            assertThat(stagedInProcess).hasSizeGreaterThan(1000);
            assertThat(stagedOverBolt).isEqualTo(stagedInProcess);
            assertThat(inProcess.get("/api/export", ADMIN).body()).isEqualTo(exportedAfterInProcess);

            // the switch in batches, over Bolt: the staged nodes of this import found by its id
            remote.getBean(ModelStore.class).modelSwitch().configureForTest(100, () -> { });
            assertThat(overBolt.post("/api/import", ADMIN, "application/yaml", vmkf).statusCode()).isEqualTo(200);
            assertThat(storedModel()).isEqualTo(stagedInProcess);
            assertThat(inProcess.get("/api/export", ADMIN).body()).isEqualTo(exportedAfterInProcess);
        }
    }

    @Test
    void reportsInProcessAndOverBoltAnswerTheSameText(@TempDir Path reports) throws IOException {
        assumeTrue(TestNeo4j.localDatabase().isPresent(), "needs the in-process test database");
        // every kind of value a report can return: nodes, relationships, arrays, lists, maps, dates, null
        Files.writeString(reports.resolve("value-kinds.cypher"), """
                // name: value-kinds
                // description (sv): Alla slags värden.
                // description (en): Every kind of value.
                // parameters: $asOf (date)
                // columns: node, relationship, owners, list, map, asOf, dateTime, local, nothing
                MATCH (s:System)-[d:DEPENDS_ON]->(t)
                WITH s, d, t ORDER BY s.id, t.id LIMIT 5
                RETURN s AS node, d AS relationship, s.derivedOwners AS owners, [t, 1, 2.5, true, null] AS list,
                       {b: t, a: 1, c: [date($asOf)]} AS map, $asOf AS asOf,
                       datetime('2026-01-02T03:04:05Z') AS dateTime, localdatetime('2026-01-02T03:04') AS local,
                       null AS nothing
                """);
        byte[] vmkf = Files.readAllBytes(Path.of("examples/vmkf.yaml"));
        try (ConfigurableApplicationContext local = start(true, "--ansvarskarta.reports-dir=" + reports);
             ConfigurableApplicationContext remote = start(false, "--ansvarskarta.reports-dir=" + reports)) {
            Http inProcess = new Http(port(local));
            Http overBolt = new Http(port(remote));
            assertThat(inProcess.post("/api/import", ADMIN, "application/yaml", vmkf).statusCode()).isEqualTo(200);

            String list = inProcess.get("/api/reports", ADMIN).body();
            Matcher names = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
            int reportsCompared = 0;
            int rowsCompared = 0;
            while (names.find()) {
                String path = "/api/reports/" + names.group(1) + "?asOf=2026-11-29";
                var fromInProcess = inProcess.get(path, ADMIN);
                assertThat(fromInProcess.statusCode()).as(path).isEqualTo(200);
                assertThat(fromInProcess.body()).as(path).isEqualTo(overBolt.get(path, ADMIN).body());
                reportsCompared++;
                rowsCompared += fromInProcess.body().split("\\],\\[").length;
            }
            assertThat(reportsCompared).isEqualTo(13);
            assertThat(rowsCompared).isGreaterThan(50);
            assertThat(inProcess.get("/api/reports/value-kinds", ADMIN).body())
                    .contains("[\"sys-", "\"DEPENDS_ON\"", "\"2026-11-29\"", "{a: 1, b: ", "2026-01-02T03:04:05Z");
        }
    }

    /** Every live node with its labels and properties, every relationship between them, as sorted lines. */
    private static List<String> storedModel() {
        var db = TestNeo4j.localDatabase().orElseThrow().database();
        List<String> lines = new ArrayList<>();
        db.executeTransactionally("""
                MATCH (n) WHERE n.id IS NOT NULL AND NOT n:_Retired AND NOT n:User AND NOT n:ApiToken AND NOT n:Model
                  AND NONE(label IN labels(n) WHERE label STARTS WITH '_Staged')
                RETURN labels(n) AS labels, properties(n) AS props
                """, Map.of(), result -> {
            result.forEachRemaining(row -> lines.add(row.get("labels") + " " + sorted(row.get("props"))));
            return null;
        });
        db.executeTransactionally("""
                MATCH (a)-[r]->(b) WHERE NOT a:_Retired AND NOT b:_Retired
                  AND NONE(label IN labels(a) + labels(b) WHERE label STARTS WITH '_Staged')
                RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props
                """, Map.of(), result -> {
            result.forEachRemaining(row -> lines.add(row.get("a") + " -" + row.get("type") + "-> " + row.get("b")
                    + " " + sorted(row.get("props"))));
            return null;
        });
        Collections.sort(lines);
        return lines;
    }

    /** Properties as sorted {@code key=value (type)} lines, staging marks left out. */
    private static List<String> sorted(Object properties) {
        return ((Map<?, ?>) properties).entrySet().stream()
                .filter(e -> !String.valueOf(e.getKey()).startsWith("_"))
                .map(e -> e.getKey() + "=" + text(e.getValue()) + " (" + e.getValue().getClass().getSimpleName() + ")")
                .sorted().toList();
    }

    private static String text(Object value) {
        return value.getClass().isArray() ? java.util.Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
    }

    private static List<Object> organisations(Http http) {
        Map<?, ?> data = (Map<?, ?>) http.graphql("{ organisations { id } }", ADMIN).get("data");
        return ((List<?>) data.get("organisations")).stream().map(o -> ((Map<?, ?>) o).get("id"))
                .map(Object.class::cast).toList();
    }

    private static ConfigurableApplicationContext start(boolean inProcess, String... args) {
        SpringApplication application = new SpringApplication(AnsvarskartaApplication.class);
        if (inProcess) {
            TestNeo4j.localDatabase().ifPresent(local -> application.addInitializers(context -> context.getBeanFactory()
                    .registerSingleton("localDatabase", local)));
        }
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--NEO4J_URI=" + TestNeo4j.boltUri(),
                "--NEO4J_PASSWORD=unused", "--ANSVARSKARTA_ADMIN_PASSWORD=test-admin"));
        all.addAll(List.of(args));
        return application.run(all.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
