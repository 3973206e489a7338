package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.FailingDerivation;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.Http;
import se.ansvarskarta.graph.Graph;

@AnsvarskartaTest
class ImportApiTest {

    private static final String ADMIN = Http.basic("admin", "test-admin");
    private static final String EDITOR = Http.basic("editor", "editor-pw");
    private static final String VIEWER = Http.basic("viewer", "viewer-pw");

    @LocalServerPort
    int port;
    @Autowired
    ModelService models;
    @Autowired
    Graph graph;
    @Autowired
    ModelStore store;
    Http http;

    @BeforeEach
    void exampleLoaded() {
        http = new Http(port);
        Fixtures.loadExample(models);
    }

    @Test
    void anEditorImportsAFileWrittenElsewhereAndEveryListQueryReturnsExactlyItsNodes() {
        String yaml = """
                version: 1
                organisations:
                  - {id: fed, name: Förbund, type: federation}
                  - {id: m1, name: Kommun 1, type: municipality, memberOf: fed}
                roles:
                  - {id: r1, title: Systemägare, organisation: m1}
                informationTypes:
                  - {id: i1, name: Elevakter}
                systems:
                  - {id: s1, name: Skolplattform, usedBy: [m1], processes: [i1], dependsOn: [n1]}
                infrastructure:
                  - {id: n1, name: Nätverk, kind: network}
                risks:
                  - {id: k1, title: Avbrott, targets: [n1], likelihood: 2, consequence: 3}
                """;
        var response = http.post("/api/import", EDITOR, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var data = data(http.graphql("{ organisations { id } roles { id vacant } informationTypes { id } "
                + "systems { id usedBy { id } dependsOn { id } } infrastructure { id } risks { id score band } }", VIEWER));
        assertThat(ids(data, "organisations")).containsExactly("fed", "m1");
        assertThat(ids(data, "roles")).containsExactly("r1");
        assertThat(ids(data, "informationTypes")).containsExactly("i1");
        assertThat(ids(data, "systems")).containsExactly("s1");
        assertThat(ids(data, "infrastructure")).containsExactly("n1");
        assertThat(ids(data, "risks")).containsExactly("k1");
        assertThat(data.get("risks").toString()).contains("score=6", "band=medium");
    }

    @Test
    void aRefusedFileGets422WithEveryPlaceAndChangesNothing() {
        String before = export();
        long countBefore = count();
        String bad = "version: 1\nsystems:\n  - {id: s1, name: A, dependsOn: [nowhere]}\n  - {id: s1, kind: x}\n";
        var response = http.post("/api/import", EDITOR, "application/yaml", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        Map<?, ?> body = Http.JSON.readValue(response.body(), Map.class);
        assertThat(body.get("total")).isEqualTo(4);
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("place"))).toList())
                .contains("systems[0].dependsOn[0]", "systems[1].id", "systems[1].kind", "systems[1].name");
        assertThat(((Map<?, ?>) errors.get(0)).get("message").toString()).isNotBlank();
        assertThat(export()).isEqualTo(before);
        assertThat(count()).isEqualTo(countBefore);
    }

    @Test
    void anUnparseableFileGets400WithLineAndColumnInTheReadersLanguage() {
        byte[] bad = "version: 1\nsystems: [\n  {id: s1\n".getBytes(StandardCharsets.UTF_8);
        var swedish = http.post("/api/import", EDITOR, "application/yaml", bad);
        assertThat(swedish.statusCode()).isEqualTo(400);
        assertThat(swedish.body()).contains("rad ", "kolumn ");
        var english = http.post("/api/import", EDITOR, "application/yaml", bad, "Accept-Language", "en");
        assertThat(english.body()).contains("line ", "column ");
    }

    @Test
    void aMultipartUploadInTheFieldFileImportsToo() throws Exception {
        byte[] file = Files.readAllBytes(Fixtures.EXAMPLE);
        String boundary = "----ansvarskarta";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"vmkf.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var response = http.post("/api/import", EDITOR, "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void anUnknownMediaTypeGets415() {
        var response = http.post("/api/import", EDITOR, "text/plain", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void exportIsYamlByDefaultAndJsonOnRequest() {
        var yaml = http.get("/api/export", VIEWER);
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type").orElse("")).contains("yaml");
        assertThat(yaml.body()).contains("version: 1");
        var json = http.get("/api/export", VIEWER, "Accept", "application/json");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(Http.JSON.readValue(json.body(), Map.class).get("version")).isEqualTo(1);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndWithoutTheRightRole403() {
        assertThat(http.get("/api/export", null).statusCode()).isEqualTo(401);
        assertThat(http.post("/graphql", null, "application/json", "{}".getBytes()).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/export", Http.basic("admin", "wrong")).statusCode()).isEqualTo(401);
        var viewerImport = http.post("/api/import", VIEWER, "application/yaml", "version: 1".getBytes());
        assertThat(viewerImport.statusCode()).isEqualTo(403);
        assertThat(http.get("/api/tokens", EDITOR).statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminIssuesAnApiTokenThatWorksUntilItIsRevoked() {
        var issued = http.post("/api/tokens", ADMIN, "application/json",
                "{\"name\": \"rapportskript\", \"role\": \"viewer\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(issued.statusCode()).isEqualTo(201);
        Map<?, ?> token = Http.JSON.readValue(issued.body(), Map.class);
        String bearer = "Bearer " + token.get("token");
        assertThat(data(http.graphql("{ systems { id } }", bearer)).get("systems")).asList().isNotEmpty();
        assertThat(http.post("/api/import", bearer, "application/yaml", "version: 1".getBytes()).statusCode())
                .isEqualTo(403);
        assertThat(http.delete("/api/tokens/" + token.get("id"), ADMIN).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/export", bearer).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/export", "Bearer ak_made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void aFailureInTheMiddleOfAnImportLeavesThePreviousModelExactlyAsItWas() {
        Fixtures.loadText(models, "version: 1\norganisations:\n  - {id: kvar, name: Kvar, type: company}\n");
        String before = export();
        long countBefore = count();
        FailingDerivation.armed = true;
        assertThatThrownBy(() -> Fixtures.loadExample(models)).isInstanceOf(RuntimeException.class);
        long staged = graph.read(tx -> tx.run(Fixtures.COUNT_LEFTOVERS).single().get("n").asLong());
        assertThat(staged).as("staged nodes of the failed import are purged").isZero();
        assertThat(count()).isEqualTo(countBefore);
        assertThat(export()).isEqualTo(before);
        assertThat(data(http.graphql("{ organisations { id } systems { id } }", VIEWER)).toString())
                .isEqualTo("{organisations=[{id=kvar}], systems=[]}");
    }

    @Test
    void anAdminRecomputesTheDerivedValuesAfterAManualChange() {
        graph.write(tx -> tx.run("MATCH (n:Infrastructure {id: 'infra-ad'}) REMOVE n.derivedCycle").consume());
        assertThat(http.post("/api/admin/derived", EDITOR, "application/json", new byte[0]).statusCode()).isEqualTo(403);
        assertThat(http.post("/api/admin/derived", ADMIN, "application/json", new byte[0]).statusCode()).isEqualTo(200);
        String cycle = graph.read(tx -> tx.run("MATCH (n:Infrastructure {id: 'infra-ad'}) RETURN n.derivedCycle AS c")
                .single().get("c").asString(null));
        assertThat(cycle).isEqualTo("infra-ad");
    }

    @Test
    void whatAKilledImportLeftStagedIsInvisibleToTheModelAndPurgedAtTheNextStart() {
        String before = export();
        graph.write(tx -> tx.run("CREATE (:_StagedSystem {id: 'ghost', name: 'Spöke', _import: 'killed'})"
                + "-[:DEPENDS_ON]->(:_StagedInfrastructure {id: 'ghost-dc', name: 'Spökhall', kind: 'datacenter', "
                + "_import: 'killed'})").consume());
        // as versions before 2026-11-29 staged: one label, the kind in a property
        graph.write(tx -> tx.run("CREATE (:_Staged {id: 'ghost-old', name: 'Gammalt spöke', _label: 'System', "
                + "_import: 'killed'})").consume());
        assertThat(data(http.graphql("{ systems { id } infrastructure { id } }", VIEWER)).toString())
                .doesNotContain("ghost");
        assertThat(http.get("/api/reports/unclassified-systems", VIEWER).body()).doesNotContain("ghost");
        assertThat(export()).isEqualTo(before);
        assertThat((long) graph.read(tx -> tx.run(Fixtures.COUNT_LEFTOVERS).single().get("n").asLong())).isEqualTo(3);
        store.purgeLeftovers();
        long staged = graph.read(tx -> tx.run(Fixtures.COUNT_LEFTOVERS).single().get("n").asLong());
        assertThat(staged).isZero();
    }

    @Test
    void aQueryOverAllSystemsWithTheirRelationsRunsAHandfulOfDatabaseQueries() {
        http.graphql("{ systems { id } }", VIEWER); // warm up
        long before = graph.sessionsOpened();
        var data = data(http.graphql("{ systems { id name description category tags supplier { id name } "
                + "usedBy { id name type } processes { id classification { confidentiality } } dependsOn { id name } "
                + "responsibilities { aspect role { id holder } organisation { id } } classification { availability } } }",
                VIEWER));
        long used = graph.sessionsOpened() - before;
        assertThat((List<?>) data.get("systems")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(used).as("database sessions for one request").isLessThanOrEqualTo(4);
    }

    private String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.export(out, ModelFormat.YAML);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Nodes and relationships of the live model (the previous model may still be being purged). */
    private long count() {
        store.awaitPurge();
        return graph.read(tx -> tx.run("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) + count(r) AS n")
                .single().get("n").asLong());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response) {
        assertThat(response.get("errors")).as(String.valueOf(response.get("errors"))).isNull();
        return (Map<String, Object>) response.get("data");
    }

    private static List<Object> ids(Map<String, Object> data, String field) {
        return ((List<?>) data.get(field)).stream().map(o -> ((Map<?, ?>) o).get("id")).map(Object.class::cast).toList();
    }
}
