package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.ansvarskarta.AnsvarskartaApplication;
import se.ansvarskarta.Http;
import se.ansvarskarta.TestNeo4j;

/** Two application instances on one Neo4j: a write through one is seen by the other's next answer. */
class TwoInstancesTest {

    private static final String ADMIN = Http.basic("admin", "test-admin");

    @Test
    void anImportThroughOneInstanceIsSeenByTheOthersNextAnswer() {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            Http one = new Http(port(first));
            Http two = new Http(port(second));
            var imported = one.post("/api/import", ADMIN, "application/yaml", """
                    version: 1
                    organisations:
                      - {id: instans-a, name: Instans A, type: company}
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(organisations(two)).containsExactly("instans-a");

            two.post("/api/import", ADMIN, "application/yaml", """
                    version: 1
                    organisations:
                      - {id: instans-b, name: Instans B, type: company}
                    """.getBytes(StandardCharsets.UTF_8));
            assertThat(organisations(one)).containsExactly("instans-b");
        }
    }

    private static List<Object> organisations(Http http) {
        Map<?, ?> data = (Map<?, ?>) http.graphql("{ organisations { id } }", ADMIN).get("data");
        return ((List<?>) data.get("organisations")).stream().map(o -> ((Map<?, ?>) o).get("id"))
                .map(Object.class::cast).toList();
    }

    private static ConfigurableApplicationContext start() {
        return SpringApplication.run(AnsvarskartaApplication.class, "--server.port=0",
                "--NEO4J_URI=" + TestNeo4j.boltUri(), "--NEO4J_PASSWORD=unused",
                "--ANSVARSKARTA_ADMIN_PASSWORD=test-admin");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
