package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;

/** Users' own report files in {@code ansvarskarta.reports-dir}: listed and run, and a broken one listed as broken. */
@AnsvarskartaTest
class UserReportsTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("ansvarskarta-reports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String HEADER = """
            // name: %s
            // description (sv): Egen rapport
            // description (en): Own report
            // parameters: none
            // columns: id
            """;

    @DynamicPropertySource
    static void reportsDir(DynamicPropertyRegistry registry) throws IOException {
        write("own-systems", HEADER.formatted("own-systems") + "MATCH (s:System) RETURN s.id AS id ORDER BY id;\n");
        write("broken-syntax", HEADER.formatted("broken-syntax") + "MATCH (s:System RETURN s.id AS id\n");
        write("writes", HEADER.formatted("writes") + "CREATE (n:Organisation {id: 'hacked'}) RETURN n.id AS id\n");
        write("no-header", "MATCH (s:System) RETURN s.id AS id\n");
        write("vacant-roles", HEADER.formatted("vacant-roles") + "MATCH (s:System) RETURN s.id AS id\n");
        write("Bad name", HEADER.formatted("Bad name") + "RETURN 1 AS id\n");
        write("endless", HEADER.formatted("endless")
                + "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS id\n");
        Files.writeString(DIR.resolve("notes.txt"), "not a report");
        registry.add("ansvarskarta.reports-dir", DIR::toString);
        registry.add("ansvarskarta.reports.timeout", () -> "2s");
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(DIR.resolve(name + ".cypher"), text, StandardCharsets.UTF_8);
    }

    @Autowired
    ReportCatalog catalog;
    @Autowired
    ReportRunner runner;
    @Autowired
    ModelService models;
    @Autowired
    Graph graph;

    @Test
    void aUsersReportIsListedAndRunsAndABrokenOneIsListedAsBrokenWithItsError() throws IOException {
        Fixtures.load(models, "reports-basics");
        Map<String, ReportDefinition> user = catalog.all().stream().filter(r -> !r.builtIn())
                .collect(Collectors.toMap(ReportDefinition::name, Function.identity()));
        assertThat(user.keySet()).contains("own-systems", "broken-syntax", "writes", "no-header",
                "vacant-roles", "Bad name");
        assertThat(user.get("own-systems").broken()).isFalse();
        assertThat(user.get("broken-syntax").error()).startsWith("Cypher-fel");
        assertThat(user.get("writes").broken()).isTrue();
        assertThat(user.get("no-header").error()).contains("// name:");
        assertThat(user.get("vacant-roles").error()).contains("inbyggd");
        assertThat(user.get("Bad name").broken()).isTrue();
        assertThat(catalog.all()).filteredOn(ReportDefinition::builtIn).hasSize(12).noneMatch(ReportDefinition::broken);

        assertThat(runner.run("own-systems", LocalDate.of(2026, 11, 29)).rows()).extracting(r -> r.get(0))
                .containsExactly("sys-a", "sys-b", "sys-c", "sys-conflict", "sys-leap", "sys-nodate");
    }

    @Test
    void aBrokenReportIsNeverRunAndTheBuiltInKeepsItsName() {
        Fixtures.load(models, "reports-basics");
        assertThatThrownBy(() -> runner.run("writes", null)).isInstanceOf(ReportFailedException.class);
        assertThatThrownBy(() -> runner.run("broken-syntax", null)).isInstanceOf(ReportFailedException.class);
        assertThatThrownBy(() -> runner.run("Bad name", null)).isInstanceOf(UnknownReportException.class);
        assertThatThrownBy(() -> runner.run("../notes", null)).isInstanceOf(UnknownReportException.class);
        long hacked = graph.read(tx -> tx.run("MATCH (n {id: 'hacked'}) RETURN count(n) AS c").single().get("c").asLong());
        assertThat(hacked).isZero();
        assertThat(runner.run("vacant-roles", null).columns()).contains("responsibleFor");
    }

    @Test
    void aReportThatRunsPastTheTimeoutIsStoppedWithAClearError() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> runner.run("endless", null)).isInstanceOf(ReportFailedException.class)
                .satisfies(e -> assertThat(((ReportFailedException) e).name()).isEqualTo("endless"))
                .satisfies(e -> assertThat(((ReportFailedException) e).reason()).isNotBlank());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(runner.run("own-systems", null).name()).isEqualTo("own-systems"); // the database is still fine
    }

    @Test
    void aNewFileShowsUpWithoutARestart() throws IOException {
        write("added-later", HEADER.formatted("added-later") + "RETURN 'x' AS id\n");
        assertThat(catalog.find("added-later")).hasValueSatisfying(r -> assertThat(r.broken()).isFalse());
        assertThat(runner.run("added-later", null).rows()).containsExactly(java.util.List.of("x"));
    }
}
