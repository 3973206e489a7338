package se.ansvarskarta.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.Http;

/** {@code GET /api/boundaries} and {@code GET /api/gaps} answer exactly what GraphQL answers with every field. */
class ResponsibilityExportTest extends FixtureGraphQlTest {

    private static final String ADMIN = Http.basic("admin", "test-admin");
    private static final String NODE = "{ id name kind }";

    ResponsibilityExportTest() {
        super("boundaries");
    }

    @Test
    void theBoundariesExportIsTheGraphQlAnswerWithEveryField() {
        for (String[] args : new String[][] {{null, "2025-06-01"}, {"kom", "2025-06-01"}, {null, "2027-06-01"}}) {
            List<?> graphQlAnswer = graphQl.document("query($organisation: ID, $asOf: Date) {"
                            + " boundaries(organisation: $organisation, asOf: $asOf) { kind node " + NODE
                            + " dependsOn " + NODE + " organisations " + NODE + " covered agreements " + NODE + " } }")
                    .variable("organisation", args[0]).variable("asOf", args[1]).execute()
                    .path("boundaries").entityList(Map.class).get();
            String query = "?asOf=" + args[1] + (args[0] == null ? "" : "&organisation=" + args[0]);
            List<?> exported = json(get("/api/boundaries" + query, 200));
            assertThat(exported).hasSize(graphQlAnswer.size()).isNotEmpty().isEqualTo(graphQlAnswer);
        }
    }

    @Test
    void theGapsExportIsTheGraphQlAnswerWithEveryField() {
        List<?> graphQlAnswer = graphQl.document("{ gaps { node " + NODE + " aspect problem roles " + NODE + " } }")
                .execute().path("gaps").entityList(Map.class).get();
        List<?> exported = json(get("/api/gaps", 200));
        assertThat(exported).isNotEmpty().isEqualTo(graphQlAnswer);
    }

    @Test
    void badParametersAreNamedInTheAnswer() {
        assertThat(get("/api/boundaries?organisation=sys-kom", 400).body())
                .contains("sys-kom").contains("ingen organisation");
        assertThat(get("/api/boundaries?organisation=nope", 404).body()).contains("ingen nod").contains("nope");
        assertThat(get("/api/boundaries?asOf=2025-13-01", 400).body()).contains("2025-13-01");
    }

    @Test
    void aScriptWithAnApiTokenGetsTheWholeStreamedAnswer() {
        Http http = new Http(port);
        HttpResponse<String> issued = http.post("/api/tokens", ADMIN, "application/json",
                "{\"name\": \"export-script\", \"role\": \"viewer\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
        String token = (String) Http.JSON.readValue(issued.body(), Map.class).get("token");
        HttpResponse<String> gaps = http.get("/api/gaps", "Bearer " + token);
        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(json(gaps)).isEqualTo(json(get("/api/gaps", 200)));
        HttpResponse<String> boundaries = http.get("/api/boundaries?asOf=2025-06-01", "Bearer " + token);
        assertThat(boundaries.statusCode()).isEqualTo(200);
        assertThat(json(boundaries)).hasSize(5);
    }

    @Test
    void theExportNeedsSignedInUsers() {
        assertThat(new Http(port).get("/api/boundaries", null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, int status) {
        HttpResponse<String> response = new Http(port).get(path, ADMIN, "Accept-Language", "sv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static List<?> json(HttpResponse<String> response) {
        return Http.JSON.readValue(response.body(), List.class);
    }
}
