package se.ansvarskarta.graph;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;

/**
 * The in-process Neo4j of the default run: Community 5.26, Bolt on 127.0.0.1 only, authentication on. The driver
 * reaches it over Bolt like any server, so the rest of the application does not know the difference.
 */
public final class EmbeddedNeo4j implements Neo4jConnectionDetails, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final URI uri;
    private final String password;

    public EmbeddedNeo4j(Path dataDir, AnsvarskartaProperties.Embedded settings) {
        Path home = dataDir.toAbsolutePath().normalize();
        this.password = passwordFor(home, settings.password());
        long started = System.nanoTime();
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j 5.26 is built on Netty 4.1; its in-JVM local connector fails on the Netty 4.2 of Boot 4.
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCache().toBytes());
        if (settings.transactionMax().toBytes() > 0) {
            builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, settings.transactionMax().toBytes());
        }
        this.service = builder.build();
        try {
            setPassword();
            var api = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var address = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            this.uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        log.info("Embedded Neo4j started in {} ms: {} (user neo4j, password in {}), data in {}",
                (System.nanoTime() - started) / 1_000_000, uri,
                settings.password().isEmpty() ? home.resolve("neo4j-password") : "ansvarskarta.embedded.password",
                home);
    }

    /** The configured password, or the one kept under the data directory (generated on first start). */
    private static String passwordFor(Path home, String configured) {
        if (!configured.isEmpty()) {
            return configured;
        }
        Path file = home.resolve("neo4j-password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(home);
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            return generated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Neo4j 5 has no setting for an initial password: set it through the system database. */
    private void setPassword() {
        var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (var tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password)).close();
            tx.commit();
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** The default database, for in-process access ({@link LocalDatabase}). */
    public org.neo4j.graphdb.GraphDatabaseService database() {
        return service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public URI getUri() {
        return uri;
    }

    @Override
    public AuthToken getAuthToken() {
        return AuthTokens.basic(USER, password);
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
