package se.ansvarskarta.graph;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code ansvarskarta.*}; see the configuration table in the README. ({@code ansvarskarta.import},
 * a Java keyword, is read where it is used.)
 *
 * @param dataDir       where the embedded Neo4j keeps its data
 * @param loadExample   load the bundled example into an empty external database too
 * @param example       classpath or file location of the example model
 * @param maxImportSize largest model file accepted
 * @param embedded      the embedded server's Bolt connector
 * @param reportsDir    directory of users' own report files
 * @param users         further users besides {@code admin}
 */
@ConfigurationProperties("ansvarskarta")
public record AnsvarskartaProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean loadExample,
        @DefaultValue("classpath:examples/vmkf.yaml") String example,
        @DefaultValue("256MB") DataSize maxImportSize,
        @DefaultValue Embedded embedded,
        @DefaultValue("") String reportsDir,
        @DefaultValue List<User> users) {

    /**
     * @param boltPort        Bolt port on 127.0.0.1 (0 = any free port); default avoids a local Neo4j's 7687
     * @param password        password of the embedded server's {@code neo4j} user; generated and kept in
     *                        {@code <data-dir>/neo4j-password} when empty
     * @param pageCache       page cache size
     * @param transactionMax  largest memory one transaction may use (0 = unlimited)
     */
    public record Embedded(
            @DefaultValue("7697") int boltPort,
            @DefaultValue("") String password,
            @DefaultValue("256MB") DataSize pageCache,
            @DefaultValue("0") DataSize transactionMax) {
    }

    /** A configured user: name, bcrypt hash of the password, and role (viewer, editor or admin). */
    public record User(String name, String passwordHash, @DefaultValue("viewer") String role) {
    }
}
