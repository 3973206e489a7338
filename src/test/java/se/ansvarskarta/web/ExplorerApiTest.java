package se.ansvarskarta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.model.ModelService;

/** The explorer's server side over HTTP: login page, texts, the matrix and its exports, the neighbourhood. */
@AnsvarskartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ModelService models;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void loadExample() {
        Fixtures.loadExample(models);
    }

    @Test
    void theLoginPageIsSwedishByDefaultAndCarriesTheCsrfToken() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"sv\">", "Användarnamn", "name=\"_csrf\"");
        assertThat(get("/login?lang=en", null).body()).contains("<html lang=\"en\">", "User name");
    }

    @Test
    void pagesRedirectToTheLoginAndTheApiAnswers401WithoutCredentials() throws Exception {
        HttpResponse<String> root = get("/", null);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get("/api/matrix.csv", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/messages", null).statusCode()).isEqualTo(401);
    }

    @Test
    void swedishAndEnglishTextsHaveTheSameKeys() throws Exception {
        Map<?, ?> sv = JSON.readValue(get("/api/messages?lang=sv", "viewer:viewer-pw").body(), Map.class);
        Map<?, ?> en = JSON.readValue(get("/api/messages?lang=en", "viewer:viewer-pw").body(), Map.class);
        assertThat(sv.keySet()).isEqualTo(en.keySet());
        assertThat(sv.keySet()).allMatch(key -> key.toString().startsWith("explorer."));
        assertThat(sv.get("explorer.view.matrix")).isEqualTo("Gränsdragningslista");
        assertThat(en.get("explorer.view.matrix")).isEqualTo("Responsibility matrix");
    }

    @Test
    void theMatrixHasARowPerSystemAndInfrastructureNodeWithItsGapsMarked() throws Exception {
        List<?> rows = JSON.readValue(get("/api/matrix", "viewer:viewer-pw").body(), List.class);
        Map<?, ?> data = (Map<?, ?>) graphql("{ systems { id } infrastructure { id } gaps { node { id } aspect problem } }")
                .get("data");
        int assets = ((List<?>) data.get("systems")).size() + ((List<?>) data.get("infrastructure")).size();
        assertThat(rows).hasSize(assets);
        // Every gap of the analysis is a marked cell, and no cell is marked that is not a gap.
        Set<String> gaps = ((List<?>) data.get("gaps")).stream().map(g -> (Map<?, ?>) g)
                .filter(g -> assetIds(data).contains(((Map<?, ?>) g.get("node")).get("id")))
                .map(g -> ((Map<?, ?>) g.get("node")).get("id") + "/" + g.get("aspect"))
                .collect(Collectors.toSet());
        Set<String> marked = rows.stream().map(r -> (Map<?, ?>) r).flatMap(r -> ((Map<?, ?>) r.get("cells")).entrySet()
                .stream().filter(c -> ((Map<?, ?>) c.getValue()).get("problem") != null)
                .map(c -> r.get("id") + "/" + c.getKey())).collect(Collectors.toSet());
        assertThat(marked).isEqualTo(gaps);
    }

    @Test
    void theCsvAndExcelExportsHaveTheSameRowsAsTheMatrix() throws Exception {
        List<?> rows = JSON.readValue(get("/api/matrix?organisation=surahammar", "viewer:viewer-pw").body(), List.class);
        HttpResponse<String> csv = get("/api/matrix.csv?organisation=surahammar", "viewer:viewer-pw");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "gransdragningslista-surahammar.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFid;Namn;Typ;Ägare;Ägare – brist;Förvaltare;Förvaltare – brist;"
                + "Teknisk förvaltare;Teknisk förvaltare – brist;Drift;Drift – brist");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(get("/api/matrix.csv?lang=en&separator=comma", "viewer:viewer-pw").body().lines().findFirst()
                .orElseThrow()).startsWith("\uFEFFid,Name,Kind,Owner,");

        HttpResponse<byte[]> xlsx = http.send(request("/api/matrix.xlsx?organisation=surahammar", "viewer:viewer-pw"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(MatrixController.XLSX.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(rows.size());
        }
    }

    @Test
    void theMatrixOfAnOrganisationKeepsTheNodesItIsInvolvedIn() throws Exception {
        List<?> all = JSON.readValue(get("/api/matrix", "viewer:viewer-pw").body(), List.class);
        List<?> surahammar = JSON.readValue(get("/api/matrix?organisation=surahammar", "viewer:viewer-pw").body(), List.class);
        assertThat(surahammar).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(get("/api/matrix.csv?organisation=nobody", "viewer:viewer-pw").statusCode()).isEqualTo(404);
    }

    @Test
    void theNeighbourhoodOfTheDataCentreHoldsWhatDependsOnItAndStaysWithinTheLimit() throws Exception {
        Map<?, ?> slice = (Map<?, ?>) ((Map<?, ?>) graphql("{ neighbourhood(ids: [\"infra-dc-koping\"]) { truncated "
                + "nodes { node { id } owners { id } degree } edges { source target type } } }").get("data"))
                .get("neighbourhood");
        List<?> nodes = (List<?>) slice.get("nodes");
        Set<Object> ids = nodes.stream().map(n -> ((Map<?, ?>) ((Map<?, ?>) n).get("node")).get("id")).collect(Collectors.toSet());
        assertThat(ids).contains("infra-dc-koping");
        assertThat((List<?>) slice.get("edges")).anySatisfy(e -> {
            Map<?, ?> edge = (Map<?, ?>) e;
            assertThat(edge.get("type")).isEqualTo("DEPENDS_ON");
            assertThat(edge.get("target")).isEqualTo("infra-dc-koping");
        });
        Map<?, ?> dc = (Map<?, ?>) nodes.stream().filter(n -> "infra-dc-koping".equals(
                ((Map<?, ?>) ((Map<?, ?>) n).get("node")).get("id"))).findFirst().orElseThrow();
        List<String> owners = ((List<?>) dc.get("owners")).stream().map(o -> String.valueOf(((Map<?, ?>) o).get("id"))).toList();
        assertThat(owners).containsExactly("vmkf");
        Map<?, ?> small = (Map<?, ?>) ((Map<?, ?>) graphql("{ neighbourhood(ids: [], first: 3) { truncated nodes { node { id } } } }")
                .get("data")).get("neighbourhood");
        assertThat((List<?>) small.get("nodes")).hasSize(3);
        assertThat(small.get("truncated")).isEqualTo(true);
        assertThat(((Map<?, ?>) ((Map<?, ?>) ((List<?>) small.get("nodes")).get(0)).get("node")).get("id")).isEqualTo("vmkf");
    }

    @Test
    void anOrganisationsInfrastructureIsWhatItsSystemsNeedAndWhatItsRolesAreResponsibleFor() throws Exception {
        Map<?, ?> data = (Map<?, ?>) graphql("{ systems { id usedBy { id } } "
                + "infrastructure { id responsibilities { organisation { id } } } }").get("data");
        Set<Object> expected = new java.util.TreeSet<>();
        Set<Object> infrastructure = new java.util.HashSet<>();
        for (Object i : (List<?>) data.get("infrastructure")) {
            Map<?, ?> node = (Map<?, ?>) i;
            infrastructure.add(node.get("id"));
            if (((List<?>) node.get("responsibilities")).stream()
                    .anyMatch(r -> "koping".equals(((Map<?, ?>) ((Map<?, ?>) r).get("organisation")).get("id")))) {
                expected.add(node.get("id"));
            }
        }
        for (Object s : (List<?>) data.get("systems")) {
            Map<?, ?> system = (Map<?, ?>) s;
            if (((List<?>) system.get("usedBy")).stream().anyMatch(u -> "koping".equals(((Map<?, ?>) u).get("id")))) {
                Map<?, ?> closure = (Map<?, ?>) graphql("{ dependencies(id: \"" + system.get("id") + "\") { id } }")
                        .get("data");
                ((List<?>) closure.get("dependencies")).stream().map(n -> ((Map<?, ?>) n).get("id"))
                        .filter(infrastructure::contains).forEach(expected::add);
            }
        }
        List<?> answer = (List<?>) ((Map<?, ?>) graphql("{ infrastructureOf(organisation: \"koping\") }").get("data"))
                .get("infrastructureOf");
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(new java.util.TreeSet<Object>(answer)).isEqualTo(expected);
        assertThat(answer).doesNotHaveDuplicates();
    }

    private static Set<Object> assetIds(Map<?, ?> data) {
        return java.util.stream.Stream.concat(((List<?>) data.get("systems")).stream(), ((List<?>) data.get("infrastructure")).stream())
                .map(n -> ((Map<?, ?>) n).get("id")).collect(Collectors.toSet());
    }

    private Map<?, ?> graphql(String query) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Authorization", basic("viewer:viewer-pw"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                .build();
        Map<?, ?> body = JSON.readValue(http.send(post, HttpResponse.BodyHandlers.ofString()).body(), Map.class);
        assertThat(body.get("errors")).isNull();
        return body;
    }

    private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
        return http.send(request(path, credentials), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String path, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            builder.header("Authorization", basic(credentials));
        }
        return builder.GET().build();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
