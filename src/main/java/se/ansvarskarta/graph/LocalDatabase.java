package se.ansvarskarta.graph;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The Neo4j database when it runs in this JVM (the embedded default run; the tests' harness): the hot paths that
 * would otherwise pay a Bolt round trip per call — the per-request model stamp check, the bulk staging of an
 * import — use it directly. Absent when {@code NEO4J_URI} points at a server or cluster; then everything goes
 * through the driver.
 */
public record LocalDatabase(GraphDatabaseService database) {
}
