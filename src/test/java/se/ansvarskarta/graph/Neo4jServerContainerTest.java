package se.ansvarskarta.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import se.ansvarskarta.Fixtures;
import se.ansvarskarta.model.ModelFormat;
import se.ansvarskarta.model.ModelService;
import se.ansvarskarta.projection.ProjectionService;

/**
 * The main integration path against the real Neo4j server image (what docker-compose.yml runs). Skipped where no
 * Docker engine runs, as on the development machines; the in-process tests cover the same code there.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "ANSVARSKARTA_ADMIN_PASSWORD=test-admin")
class Neo4jServerContainerTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("container-secret");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", NEO4J::getBoltUrl);
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", () -> "container-secret");
    }

    @Autowired
    ModelService models;
    @Autowired
    ProjectionService projections;

    @Test
    void theExampleImportsIntoANeo4jServerAndExportsUnchanged() {
        Fixtures.loadExample(models);
        assertThat(projections.current().size()).isGreaterThan(200);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        models.export(first, ModelFormat.YAML);
        models.importModel(new java.io.ByteArrayInputStream(first.toByteArray()), ModelFormat.YAML);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        models.export(second, ModelFormat.YAML);
        assertThat(second.toString(StandardCharsets.UTF_8)).isEqualTo(first.toString(StandardCharsets.UTF_8));
    }
}
