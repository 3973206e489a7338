package se.ansvarskarta.graph;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Access to the Neo4j database through the driver: one place that knows the database name and keeps bookmarks,
 * so that a read after a write through this instance sees the write, on a single server and on a cluster alike.
 */
@Component
public class Graph {

    private final Driver driver;
    private final String database;
    private final AtomicLong sessions = new AtomicLong();

    private final LocalDatabase local;

    Graph(Driver driver, @Value("${NEO4J_DATABASE:}") String database, ObjectProvider<LocalDatabase> local) {
        this.driver = driver;
        this.database = database.isBlank() ? null : database;
        this.local = this.database == null ? local.getIfAvailable() : null;
    }

    /** The database in this JVM, if it runs here and is the one the driver uses; empty otherwise. */
    public Optional<LocalDatabase> local() {
        return Optional.ofNullable(local);
    }

    public Session session() {
        sessions.incrementAndGet();
        var config = SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager());
        if (database != null) {
            config.withDatabase(database);
        }
        return driver.session(config.build());
    }

    public <T> T read(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeRead(work::apply);
        }
    }

    public <T> T write(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeWrite(work::apply);
        }
    }

    /** How many sessions this instance has opened: a cheap measure of database round trips (tests, metrics). */
    public long sessionsOpened() {
        return sessions.get();
    }

    public Driver driver() {
        return driver;
    }
}
