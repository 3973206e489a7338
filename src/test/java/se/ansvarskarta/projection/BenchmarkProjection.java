package se.ansvarskarta.projection;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Test-scope access to {@link ProjectionLoader} for the benchmark harness ({@code se.ansvarskarta.bench}): builds the
 * projection of the live model from any database the driver reaches, the same way {@link ProjectionService} does
 * inside the app. Not part of the jar.
 */
public final class BenchmarkProjection {

    private BenchmarkProjection() {
    }

    /** The projection of the live model in {@code database} (null: the server's default database). */
    public static Projection load(Driver driver, String database) {
        SessionConfig config = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        try (var session = driver.session(config)) {
            return session.executeRead(tx -> ProjectionLoader.load(tx));
        }
    }
}
