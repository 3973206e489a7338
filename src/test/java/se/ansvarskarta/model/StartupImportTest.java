package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.SpringApplication;

import se.ansvarskarta.AnsvarskartaApplication;
import se.ansvarskarta.TestNeo4j;

/** {@code --ansvarskarta.import=FILE}: replaces the model at start-up, or stops the start and changes nothing. */
class StartupImportTest {

    @Test
    void aValidFileReplacesTheModelAndARefusedFileStopsTheStartWithTheDatabaseUntouched(@TempDir Path dir)
            throws Exception {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, """
                version: 1
                organisations:
                  - {id: startup-org, name: Uppstart, type: company}
                """);
        try (var context = SpringApplication.run(AnsvarskartaApplication.class, args(good))) {
            assertThat(organisationIds()).isEqualTo("[startup-org]");
        }
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "version: 1\norganisations:\n  - {id: x, name: X, type: nonsense}\n");
        assertThatThrownBy(() -> SpringApplication.run(AnsvarskartaApplication.class, args(bad)))
                .hasStackTraceContaining("refused with 1 problem");
        assertThat(organisationIds()).isEqualTo("[startup-org]");
    }

    private static String[] args(Path file) {
        return new String[] {"--server.port=0", "--NEO4J_URI=" + TestNeo4j.boltUri(), "--NEO4J_PASSWORD=unused",
                "--ANSVARSKARTA_ADMIN_PASSWORD=test-admin", "--ansvarskarta.import=" + file};
    }

    private static String organisationIds() {
        try (var driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none()); var session = driver.session()) {
            return session.run("MATCH (o:Organisation) RETURN collect(o.id) AS ids").single().get("ids").asList()
                    .toString();
        }
    }
}
