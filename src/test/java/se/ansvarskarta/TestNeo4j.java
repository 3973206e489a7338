package se.ansvarskarta;

import java.time.Duration;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.test.util.TestPropertyValues;

import se.ansvarskarta.graph.LocalDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real Neo4j per test JVM (neo4j-harness, in-process, Bolt only), started on first use. Set
 * {@code TEST_NEO4J_URI} to run the tests against another server instead.
 */
public final class TestNeo4j {

    private static Neo4j server;

    private TestNeo4j() {
    }

    public static synchronized String boltUri() {
        String external = System.getenv("TEST_NEO4J_URI");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (server == null) {
            server = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.boltURI().toString();
    }

    /** Points the application at the test server. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "NEO4J_URI=" + boltUri(),
                    "NEO4J_USERNAME=neo4j",
                    "NEO4J_PASSWORD=" + System.getenv().getOrDefault("TEST_NEO4J_PASSWORD", "unused"))
                    .applyTo(context);
            localDatabase().ifPresent(local -> context.getBeanFactory().registerSingleton("localDatabase", local));
        }
    }

    /**
     * The test database for in-process access, as the embedded default run offers it (absent with
     * {@code TEST_NEO4J_URI}): the application then checks its stamp and stages imports in-process, like in
     * production. Contexts started without it reach the database over Bolt only, like an instance on another host.
     */
    public static synchronized Optional<LocalDatabase> localDatabase() {
        boltUri();
        return server == null ? Optional.empty() : Optional.of(new LocalDatabase(server.defaultDatabaseService()));
    }
}
