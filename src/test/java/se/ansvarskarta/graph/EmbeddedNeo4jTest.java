package se.ansvarskarta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.util.unit.DataSize;

class EmbeddedNeo4jTest {

    private static final AnsvarskartaProperties.Embedded ANY_PORT =
            new AnsvarskartaProperties.Embedded(0, "", DataSize.ofMegabytes(32), DataSize.ofBytes(0));

    @Test
    void dataSurvivesARestartAndTheGeneratedPasswordIsKeptUnderTheDataDirectory(@TempDir Path dir) throws Exception {
        try (var db = new EmbeddedNeo4j(dir, ANY_PORT);
             var driver = GraphDatabase.driver(db.getUri(), db.getAuthToken());
             var session = driver.session()) {
            assertThat(db.getUri().getHost()).isEqualTo("127.0.0.1");
            session.run("CREATE (:Organisation {id: 'kept', name: 'Kvar'})").consume();
        }
        String password = Files.readString(dir.resolve("neo4j-password")).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        try (var db = new EmbeddedNeo4j(dir, ANY_PORT);
             var driver = GraphDatabase.driver(db.getUri(), AuthTokens.basic("neo4j", password));
             var session = driver.session()) {
            assertThat(session.run("MATCH (o:Organisation {id: 'kept'}) RETURN o.name AS name").single()
                    .get("name").asString()).isEqualTo("Kvar");
        }
    }

    @Test
    void boltRefusesAWrongPassword(@TempDir Path dir) {
        try (var db = new EmbeddedNeo4j(dir, ANY_PORT);
             var driver = GraphDatabase.driver(db.getUri(), AuthTokens.basic("neo4j", "guess"))) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }
}
