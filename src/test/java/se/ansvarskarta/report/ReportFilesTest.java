package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.QueryType;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.graph.Graph;

/** Every file under {@code cypher/reports/}: a header that describes it, and a read-only statement that plans. */
@AnsvarskartaTest
class ReportFilesTest {

    static final Path DIR = Path.of("cypher/reports");
    static final List<String> NAMES = List.of("unclassified-systems", "stale-classifications", "under-classified",
            "responsibility-gaps", "vacant-roles", "uncovered-boundaries", "infrastructure-without-risk-analysis",
            "overdue-risks", "documents-due", "high-risks", "single-points-of-failure", "dependency-cycles");

    @Autowired
    Graph graph;
    @Autowired
    ReportCatalog catalog;

    static Stream<String> files() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher"))
                    .map(f -> f.substring(0, f.length() - ".cypher".length())).sorted().toList().stream();
        }
    }

    static String text(String name) throws IOException {
        return Files.readString(DIR.resolve(name + ".cypher"), StandardCharsets.UTF_8);
    }

    @Test
    void exactlyTheTwelveNamedReportsAreBuiltIn() throws IOException {
        assertThat(files()).containsExactlyInAnyOrderElementsOf(NAMES);
        assertThat(catalog.all()).extracting(ReportDefinition::name).containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyReportFilePlansAsAReadOnlyStatementWithAsOf(String name) throws IOException {
        String text = text(name);
        try (Session session = graph.session()) {
            QueryType type = session.executeRead(tx -> tx.run("EXPLAIN " + ReportRunner.statement(text),
                    Map.of("asOf", LocalDate.of(2026, 11, 29))).consume().queryType());
            assertThat(type).isEqualTo(QueryType.READ_ONLY);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyReportFileHasAHeaderWhoseColumnsAreTheResultColumns(String name) throws IOException {
        String text = text(name);
        assertThat(text).startsWith("// name: " + name + "\n");
        assertThat(text).contains("\n// description (sv): ", "\n// description (en): ", "\n// parameters: ",
                "\n// columns: id");
        ReportDefinition report = catalog.find(name).orElseThrow();
        assertThat(report.broken()).isFalse();
        assertThat(report.descriptionSv()).isNotBlank();
        assertThat(report.descriptionEn()).isNotBlank();
        if (text.contains("$asOf") && !report.parameters().equals("none")) {
            assertThat(report.parameters()).isEqualTo("$asOf (date) — :param asOf => date('2026-11-29')");
        }
        try (Session session = graph.session()) {
            List<String> keys = session.executeRead(tx -> tx.run(ReportRunner.statement(text),
                    Map.of("asOf", LocalDate.of(2026, 11, 29))).keys());
            assertThat(keys).containsExactlyElementsOf(report.columns());
            assertThat(keys.get(0)).isEqualTo("id");
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void aReportFileEndsInASemicolonForCypherShellAndTheDriverAcceptsItAsIs(String name) throws IOException {
        String text = text(name);
        assertThat(text.stripTrailing()).endsWith(";");
        try (Session session = graph.session()) {
            session.executeRead(tx -> tx.run("EXPLAIN " + text, Map.of("asOf", LocalDate.of(2026, 11, 29))).consume());
        }
    }
}
