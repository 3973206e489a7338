package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/**
 * The switch of a large model, in batches (here: batches of 40 nodes, so that the example takes that path): the same
 * model as a switch in one transaction, readers wait while it runs, and a switch stopped half-way is finished at the
 * next start.
 */
@AnsvarskartaTest
class ModelSwitchTest {

    private static final int BATCH = 40;

    @Autowired
    ModelService models;
    @Autowired
    ModelStore store;
    @Autowired
    ProjectionService projections;
    @Autowired
    Graph graph;

    @AfterEach
    void restoreTheSwitch() {
        store.modelSwitch().configureForTest(ModelSwitch.DEFAULT_BATCH, () -> { });
        store.configurePurgeForTest(ModelStore.PURGE_BATCH);
    }

    /**
     * Neo4j 5.26 plans a dynamic label in MATCH ({@code (n:$($label))}) as a scan of every node; the batch statements
     * of the switch, the purges and the export run once per batch or kind, so each must scan its label only.
     */
    @Test
    void theBatchStatementsFindTheirNodesByLabelNotByScanningEveryNode() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("import", null);
        parameters.put("batch", 10L);
        List<String> statements = List.of(
                Cypher.load("model/promote", Map.of("staged", Kind.SYSTEM.stagedLabel(), "label", "System")),
                Cypher.load("model/purge-nodes", Map.of("label", Kind.RISK.stagedLabel())),
                Cypher.load("model/purge-relationships", Map.of("label", "_Retired")),
                Cypher.load("model/export-nodes", Map.of("label", "Infrastructure")),
                Cypher.load("model/retire"));
        for (String statement : statements) {
            Plan plan = graph.read(tx -> tx.run("EXPLAIN " + statement, parameters).consume().plan());
            assertThat(operators(plan)).as(statement).doesNotContain("AllNodesScan")
                    .anyMatch(operator -> operator.contains("ByLabelScan") || operator.contains("ByLabelsScan"));
        }
        assertThatThrownBy(() -> Cypher.load("model/purge-nodes", Map.of("label", "System) DETACH DELETE (x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cypher.load("model/promote", Map.of("label", "System")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not given");
    }

    private static List<String> operators(Plan plan) {
        List<String> operators = new ArrayList<>();
        operators.add(plan.operatorType());
        plan.children().forEach(child -> operators.addAll(operators(child)));
        return operators;
    }

    @Test
    void aSwitchInBatchesGivesTheSameModelAsOneTransaction() {
        Fixtures.loadExample(models);
        store.awaitPurge();
        String once = export();
        long relationships = count("MATCH ()-[r]->() RETURN count(r) AS n");
        store.modelSwitch().configureForTest(BATCH, () -> { });
        store.configurePurgeForTest(7); // the retired model is purged over many transactions, nodes split across them
        models.importModel(new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8)), ModelFormat.YAML);
        assertThat(export()).isEqualTo(once);
        store.awaitPurge();
        assertThat(count(Fixtures.COUNT_LEFTOVERS)).isZero();
        assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).as("the retired model's relationships are gone")
                .isEqualTo(relationships);
        assertThat(count("MATCH (n) WHERE n._label IS NOT NULL OR n._import IS NOT NULL RETURN count(n) AS n"))
                .isZero();
        assertThat(count("MATCH (m:Model) WHERE m._switching IS NOT NULL OR m._pendingSettings IS NOT NULL "
                + "RETURN count(m) AS n")).isZero();
        assertThat(projections.current().indexOf("sys-ekonomi")).isNotNegative();
    }

    @Test
    void readersWaitWhileASwitchIsUnderWayAndThenSeeTheNewModel() throws Exception {
        Fixtures.loadExample(models);
        AtomicInteger batches = new AtomicInteger();
        CompletableFuture<Projection>[] reader = new CompletableFuture[1];
        boolean[] doneDuringSwitch = new boolean[1];
        store.modelSwitch().configureForTest(BATCH, () -> {
            if (batches.incrementAndGet() == 2) {
                reader[0] = CompletableFuture.supplyAsync(projections::current);
                sleep(400);
                doneDuringSwitch[0] = reader[0].isDone();
            }
        });
        Fixtures.load(models, "boundaries");
        assertThat(batches.get()).isGreaterThan(2);
        assertThat(doneDuringSwitch[0]).as("a reader answered in the middle of the switch").isFalse();
        Projection seen = reader[0].get(10, TimeUnit.SECONDS);
        assertThat(seen.indexOf("sys-kom")).as("the reader sees the new model").isNotNegative();
        assertThat(seen.indexOf("sys-ekonomi")).isNegative();
    }

    @Test
    void aSwitchStoppedHalfWayIsFinishedAtTheNextStart() {
        Fixtures.loadExample(models);
        AtomicInteger batches = new AtomicInteger();
        store.modelSwitch().configureForTest(BATCH, () -> {
            if (batches.incrementAndGet() == 3) {
                throw new ProcessKilled(); // an Error, like the end of the process: nothing is tidied up
            }
        });
        assertThatThrownBy(() -> Fixtures.load(models, "boundaries")).isInstanceOf(ProcessKilled.class);
        assertThat(count("MATCH (m:Model) WHERE m._switching IS NOT NULL RETURN count(m) AS n")).isOne();
        assertThat(count("MATCH (n:_Retired) RETURN count(n) AS n")).isPositive();
        store.modelSwitch().configureForTest(BATCH, () -> { });

        store.purgeLeftovers(); // what the next start does first

        assertThat(count(Fixtures.COUNT_LEFTOVERS)).isZero();
        assertThat(count("MATCH (m:Model) WHERE m._switching IS NOT NULL RETURN count(m) AS n")).isZero();
        List<String> systems = graph.read(tx -> tx.run("MATCH (n:System) RETURN n.id AS id ORDER BY id").list(
                r -> r.get("id").asString()));
        assertThat(systems).containsExactly("sys-kom", "sys-kom2", "sys-same");
        Projection p = projections.current();
        assertThat(p.indexOf("sys-kom")).isNotNegative();
        assertThat(p.indexOf("sys-ekonomi")).isNegative();
    }

    private long count(String query) {
        return graph.read(tx -> tx.run(query).single().get("n").asLong());
    }

    private String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.export(out, ModelFormat.YAML);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class ProcessKilled extends Error {
    }
}
