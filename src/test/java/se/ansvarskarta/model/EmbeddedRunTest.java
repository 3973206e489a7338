package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.ansvarskarta.AnsvarskartaApplication;
import se.ansvarskarta.Http;
import se.ansvarskarta.graph.LocalDatabase;

/**
 * The default run as a newcomer starts it: no {@code NEO4J_URI}, the application's own embedded Neo4j, imports
 * staged in-process and switched live by element id, the stamp read in-process. Two imports in a row, so that the
 * second retires the first; then a restart on the same data directory serves the second model.
 */
class EmbeddedRunTest {

    private static final String ADMIN = Http.basic("admin", "embedded-admin");

    @Test
    void importsInProcessReplaceTheModelAndSurviveARestart(@TempDir Path dir) throws Exception {
        byte[] vmkf = Files.readAllBytes(Path.of("examples/vmkf.yaml"));
        byte[] small = """
                version: 1
                organisations:
                  - {id: org-a, name: Organisation A, type: municipality}
                roles:
                  - {id: role-a, title: Systemägare, organisation: org-a, holder: Anna}
                systems:
                  - {id: sys-a, name: System A, dependsOn: [sys-b], tags: [kärna, drift]}
                  - {id: sys-b, name: System B}
                responsibilities:
                  - {role: role-a, aspect: owner, target: sys-a}
                """.getBytes(StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext app = start(dir)) {
            assertThat(app.getBeansOfType(LocalDatabase.class)).hasSize(1);
            Http http = new Http(port(app));
            assertThat(http.post("/api/import", ADMIN, "application/yaml", vmkf).statusCode()).isEqualTo(200);
            assertThat(systems(http)).hasSizeGreaterThan(40);
            assertThat(http.post("/api/import", ADMIN, "application/yaml", small).statusCode()).isEqualTo(200);
            assertThat(systems(http)).containsExactly("sys-a", "sys-b");
            Map<?, ?> exported = Http.JSON.readValue(
                    http.get("/api/export", ADMIN, "Accept", "application/json").body(), Map.class);
            Map<?, ?> first = (Map<?, ?>) ((List<?>) exported.get("systems")).get(0);
            assertThat(first.get("tags")).isEqualTo(List.of("kärna", "drift"));
            assertThat(first.get("dependsOn")).isEqualTo(List.of("sys-b"));
        }
        try (ConfigurableApplicationContext app = start(dir)) {
            Http http = new Http(port(app));
            assertThat(systems(http)).containsExactly("sys-a", "sys-b");
            Map<?, ?> data = (Map<?, ?>) http.graphql("{ impact(failed: [\"sys-b\"]) { down { node { id } depth } } }",
                    ADMIN).get("data");
            assertThat(data.toString()).contains("sys-a");
        }
    }

    private static List<Object> systems(Http http) {
        Map<?, ?> data = (Map<?, ?>) http.graphql("{ systems { id } }", ADMIN).get("data");
        return ((List<?>) data.get("systems")).stream().map(s -> ((Map<?, ?>) s).get("id"))
                .map(Object.class::cast).toList();
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return SpringApplication.run(AnsvarskartaApplication.class, "--server.port=0",
                "--ansvarskarta.data-dir=" + dir, "--ansvarskarta.embedded.bolt-port=0",
                "--ansvarskarta.embedded.page-cache=32MB", "--ANSVARSKARTA_ADMIN_PASSWORD=embedded-admin");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
