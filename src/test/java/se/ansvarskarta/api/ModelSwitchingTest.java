package se.ansvarskarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.Http;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;

/**
 * While a large import is switching the model live (the Model node's {@code _switching} mark), requests wait; when
 * the switch takes longer than {@code ansvarskarta.import.switch-wait}, REST answers 503 with Retry-After and
 * GraphQL an error, in Swedish by default and in English on request, and nothing of a half-switched model.
 */
@AnsvarskartaTest
@TestPropertySource(properties = "ansvarskarta.import.switch-wait=1s")
class ModelSwitchingTest {

    private static final String VIEWER = Http.basic("viewer", "viewer-pw");

    @LocalServerPort
    int port;
    @Autowired
    ModelService models;
    @Autowired
    Graph graph;

    @Test
    void aSwitchThatTakesTooLongGets503AndAGraphQlErrorThenTheAnswersComeBack() {
        Fixtures.loadExample(models);
        Http http = new Http(port);
        graph.write(tx -> tx.run("MATCH (m:Model {id: 'model'}) SET m._switching = 'stuck'").consume());
        try {
            var report = http.get("/api/reports/unclassified-systems", VIEWER);
            assertThat(report.statusCode()).isEqualTo(503);
            assertThat(report.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(report.body()).contains("En import byter just nu ut modellen");
            assertThat(http.get("/api/gaps", VIEWER, "Accept-Language", "en").body())
                    .contains("An import is replacing the model right now");
            assertThat(http.get("/api/export", VIEWER).statusCode()).isEqualTo(503);

            Map<String, Object> answer = http.graphql("{ systems { id } }", VIEWER);
            assertThat(answer.get("data")).isNull();
            assertThat(((List<?>) answer.get("errors")).toString()).contains("En import byter just nu ut modellen");
        } finally {
            graph.write(tx -> tx.run("MATCH (m:Model {id: 'model'}) REMOVE m._switching").consume());
        }
        assertThat(http.get("/api/reports/unclassified-systems", VIEWER).statusCode()).isEqualTo(200);
        assertThat(http.graphql("{ systems { id } }", VIEWER).get("errors")).isNull();
    }
}
