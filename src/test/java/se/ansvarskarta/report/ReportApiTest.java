package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reports through the application: REST as JSON and CSV, GraphQL, errors, authentication, language. */
@AnsvarskartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    static final String AS_OF = "2026-11-29";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REPORT_QUERY = "query($n: String!, $d: Date) { report(name: $n, asOf: $d) { name columns rows } }";

    @Value("${local.server.port}")
    int port;
    @Autowired
    ModelService models;
    @Autowired
    Graph graph;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void loadTheExample() {
        Fixtures.loadExample(models);
        DerivedValues.setOnTheExample(graph);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> viewerGet(String path, String... headers) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("Authorization", basic("viewer", "viewer-pw")));
        all.addAll(List.of(headers));
        return get(path, all.toArray(String[]::new));
    }

    private JsonNode graphql(String query, Map<String, Object> variables, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Authorization", basic("viewer", "viewer-pw"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("query", query, "variables", variables))));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> rows(JsonNode rows) {
        List<List<String>> result = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>();
            for (JsonNode value : row) {
                values.add(value.isNull() ? null : value.asString());
            }
            result.add(values);
        }
        return result;
    }

    private static List<List<String>> blankForNull(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
    }

    private static List<List<String>> csv(byte[] body, CSVFormat format) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : format.parse(new StringReader(text.substring(1)))) {
            rows.add(record.toList());
        }
        return rows;
    }

    @Test
    void theAppAndAPlainDriverSessionRunningTheFileGiveTheSameRowsForEveryReport() throws Exception {
        for (String name : ReportFilesTest.NAMES) {
            String text = Files.readString(ReportFilesTest.DIR.resolve(name + ".cypher"));
            List<String> columns;
            List<List<String>> expected = new ArrayList<>();
            try (Session session = graph.driver().session()) {
                var result = session.run(text, Map.of("asOf", LocalDate.parse(AS_OF)));
                columns = result.keys();
                for (Record record : result.list()) {
                    expected.add(ReportRunner.row(record));
                }
            }
            assertThat(expected).as(name + " has rows on the example").isNotEmpty();

            HttpResponse<byte[]> json = viewerGet("/api/reports/" + name + "?asOf=" + AS_OF);
            assertThat(json.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(json.body());
            assertThat(body.get("name").asString()).isEqualTo(name);
            assertThat(JSON.convertValue(body.get("columns"), List.class)).isEqualTo(columns);
            assertThat(rows(body.get("rows"))).as(name + " REST JSON").isEqualTo(expected);

            HttpResponse<byte[]> csv = viewerGet("/api/reports/" + name + "?asOf=" + AS_OF, "Accept", "text/csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            List<List<String>> csvRows = csv(csv.body(), CSVFormat.RFC4180.builder().setDelimiter(';').get());
            assertThat(csvRows.get(0)).isEqualTo(columns);
            assertThat(csvRows.subList(1, csvRows.size())).as(name + " CSV").isEqualTo(blankForNull(expected));

            JsonNode graphql = graphql(REPORT_QUERY, Map.of("n", name, "d", AS_OF));
            assertThat(graphql.get("errors")).isNull();
            JsonNode report = graphql.get("data").get("report");
            assertThat(JSON.convertValue(report.get("columns"), List.class)).isEqualTo(columns);
            assertThat(rows(report.get("rows"))).as(name + " GraphQL").isEqualTo(expected);
        }
    }

    @Test
    void csvIsUtf8WithABomAndSemicolonsByDefaultAndCommasOnRequest() throws Exception {
        HttpResponse<byte[]> semicolon = viewerGet("/api/reports/vacant-roles.csv?asOf=" + AS_OF);
        assertThat(semicolon.statusCode()).isEqualTo(200);
        assertThat(semicolon.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        byte[] body = semicolon.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid;name;organisation;responsibleFor;bodies;risks\r\n");
        assertThat(text).contains("\r\nrole-iss;Informationssäkerhetssamordnare och dataskyddsombud;vmkf;;;\r\n");

        HttpResponse<byte[]> comma = viewerGet("/api/reports/vacant-roles?separator=comma&asOf=" + AS_OF,
                "Accept", "text/csv");
        String commaText = new String(comma.body(), StandardCharsets.UTF_8);
        assertThat(commaText).startsWith("\uFEFFid,name,organisation,responsibleFor,bodies,risks\r\n");
        assertThat(csv(comma.body(), CSVFormat.RFC4180)).hasSize(4);
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        HttpResponse<byte[]> rest = viewerGet("/api/reports/no-such-report");
        assertThat(rest.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(rest.body()).get("error").asString()).contains("no-such-report");
        assertThat(viewerGet("/api/reports/no-such-report", "Accept", "text/csv").statusCode()).isEqualTo(404);
        assertThat(viewerGet("/api/reports/..%2F..%2Fpom").statusCode()).isIn(400, 404);

        JsonNode graphql = graphql(REPORT_QUERY, Map.of("n", "no-such-report"));
        assertThat(graphql.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aBadDateIsABadRequest() throws Exception {
        assertThat(viewerGet("/api/reports/documents-due?asOf=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(viewerGet("/api/reports/documents-due?asOf=igår").statusCode()).isEqualTo(400);
        assertThat(viewerGet("/api/reports/documents-due?asOf=2026-02-30", "Accept", "text/csv").statusCode())
                .isEqualTo(400);

        JsonNode graphql = graphql(REPORT_QUERY, Map.of("n", "documents-due", "d", "2026-13-01"));
        assertThat(graphql.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("BAD_REQUEST");
        JsonNode literal = graphql("{ report(name: \"documents-due\", asOf: \"29/11/2026\") { rows } }", Map.of());
        assertThat(literal.get("errors").get(0).get("extensions").get("classification").asString())
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void withoutADateTheReportRunsAsOfToday() throws Exception {
        HttpResponse<byte[]> response = viewerGet("/api/reports/documents-due");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("columns").get(0).asString()).isEqualTo("id");
    }

    @Test
    void reportsNeedAuthentication() throws Exception {
        assertThat(get("/api/reports").statusCode()).isEqualTo(401);
        assertThat(get("/api/reports/vacant-roles").statusCode()).isEqualTo(401);
        assertThat(get("/api/reports/vacant-roles.csv", "Accept", "text/csv").statusCode()).isEqualTo(401);
        assertThat(get("/api/reports", "Authorization", basic("viewer", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void theListDescribesEveryReportInSwedishOrInEnglishWhenAsked() throws Exception {
        JsonNode swedish = JSON.readTree(viewerGet("/api/reports").body());
        assertThat(swedish).hasSize(12);
        JsonNode vacant = null;
        for (JsonNode report : swedish) {
            if (report.get("name").asString().equals("vacant-roles")) {
                vacant = report;
            }
        }
        assertThat(vacant.get("description").asString()).startsWith("Vakanta roller");
        assertThat(vacant.get("broken").asBoolean()).isFalse();

        JsonNode english = JSON.readTree(viewerGet("/api/reports", "Accept-Language", "en").body());
        assertThat(english.findValuesAsString("description")).contains(
                vacant.get("descriptionEn").asString());

        JsonNode graphqlSv = graphql("{ reports { name description } }", Map.of());
        JsonNode graphqlEn = graphql("{ reports { name description } }", Map.of(), "Accept-Language", "en-GB");
        assertThat(graphqlSv.get("data").get("reports")).hasSize(12);
        assertThat(graphqlSv.get("data").get("reports").findValuesAsString("description"))
                .contains(vacant.get("descriptionSv").asString());
        assertThat(graphqlEn.get("data").get("reports").findValuesAsString("description"))
                .contains(vacant.get("descriptionEn").asString());
    }
}
