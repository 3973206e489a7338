package se.ansvarskarta.report;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.QueryExecutionType;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransactionFailureException;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.LocalDatabase;
import se.ansvarskarta.projection.ProjectionService;

/**
 * Runs a report from the {@link ReportCatalog} by name: in a read transaction with a timeout, with {@code $asOf} as
 * the only parameter. A client names a report and a date; it never sends Cypher.
 */
@Component
public class ReportRunner {

    private final ReportCatalog catalog;
    private final Graph graph;
    private final ProjectionService projections;
    private final Duration timeout;

    ReportRunner(ReportCatalog catalog, Graph graph, ProjectionService projections,
                 @org.springframework.beans.factory.annotation.Value("${ansvarskarta.reports.timeout:30s}")
                 Duration timeout) {
        this.catalog = catalog;
        this.graph = graph;
        this.projections = projections;
        this.timeout = timeout;
    }

    /**
     * Runs the named report as of the given date (today when null).
     *
     * @throws UnknownReportException when no report has that name
     * @throws ReportFailedException  when the report is broken, or the database refuses or times out
     * @throws se.ansvarskarta.graph.ModelSwitchingException when an import is switching the model live for too long
     */
    public Report run(String name, LocalDate asOf) {
        ReportDefinition report = catalog.find(name).orElseThrow(() -> new UnknownReportException(name));
        if (report.broken()) {
            throw new ReportFailedException(name, report.error());
        }
        projections.awaitModel(); // never a report of half the old model and half the new
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        Optional<LocalDatabase> local = graph.local();
        return local.isPresent() ? runInProcess(local.get(), report, name, day) : runOverBolt(report, name, day);
    }

    private Report runOverBolt(ReportDefinition report, String name, LocalDate day) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "ansvarskarta", "report", name)).build();
        try (Session session = graph.session()) {
            return session.executeRead(tx -> {
                Result result = tx.run(statement(report.text()), Map.of("asOf", day));
                List<String> columns = result.keys();
                List<List<String>> rows = new ArrayList<>();
                while (result.hasNext()) {
                    rows.add(row(result.next()));
                }
                return new Report(name, columns, rows);
            }, config);
        } catch (Neo4jException e) {
            throw new ReportFailedException(name, e.getMessage());
        }
    }

    /**
     * The embedded database: the same statement through Neo4j's Java API, without encoding every value for Bolt and
     * decoding it again in the same JVM. The transaction is never committed, so a report cannot change the graph;
     * one whose plan would write is refused before its rows are read, as a read transaction over Bolt refuses it.
     */
    private Report runInProcess(LocalDatabase local, ReportDefinition report, String name, LocalDate day) {
        try (Transaction tx = local.database().beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
             org.neo4j.graphdb.Result result = tx.execute(statement(report.text()), Map.of("asOf", day))) {
            if (result.getQueryExecutionType().queryType() != QueryExecutionType.QueryType.READ_ONLY) {
                throw new ReportFailedException(name, "a report may only read (" + result.getQueryExecutionType()
                        .queryType() + ")");
            }
            List<String> columns = result.columns();
            List<List<String>> rows = new ArrayList<>();
            while (result.hasNext()) {
                Map<String, Object> record = result.next();
                List<String> row = new ArrayList<>(columns.size());
                for (String column : columns) {
                    row.add(render(record.get(column)));
                }
                rows.add(row);
            }
            return new Report(name, columns, rows);
        } catch (QueryExecutionException | TransactionFailureException e) {
            throw new ReportFailedException(name, e.getMessage());
        }
    }

    /**
     * The statement of a report file as the driver runs it: the text without a final {@code ;}, which cypher-shell
     * needs to end a statement.
     */
    static String statement(String text) {
        String s = text.stripTrailing();
        return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
    }

    static List<String> row(Record record) {
        List<String> row = new ArrayList<>(record.size());
        for (Value value : record.values()) {
            row.add(render(value));
        }
        return row;
    }

    /** A result value over Bolt as text: the driver's Java value of it, rendered like the Java API's. */
    static String render(Value value) {
        return value == null ? null : render(value.asObject());
    }

    /**
     * A result value as text, whether it came from the Java API or the driver: dates ISO, lists (and arrays) joined
     * with ", ", maps JSON-like with their keys in order, nodes by their id, relationships by their type; null stays
     * null.
     */
    static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof org.neo4j.driver.types.Node node) {
            Value id = node.get("id");
            return id.isNull() ? node.elementId() : render(id);
        }
        if (value instanceof org.neo4j.driver.types.Relationship relationship) {
            return relationship.type();
        }
        if (value instanceof Iterable<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(render(item)));
            return joined(items);
        }
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(render(Array.get(value, i)));
            }
            return joined(items);
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner joined = new StringJoiner(", ", "{", "}");
            new TreeMap<>(map).forEach((key, item) -> {
                String text = render(item);
                joined.add(key + ": " + (text == null ? "null" : text));
            });
            return joined.toString();
        }
        if (value instanceof Node node) {
            Object id = node.getProperty("id", null);
            return id == null ? node.getElementId() : render(id);
        }
        if (value instanceof Relationship relationship) {
            return relationship.getType().name();
        }
        return value.toString();
    }

    private static String joined(Iterable<String> items) {
        StringJoiner joined = new StringJoiner(", ");
        for (String text : items) {
            joined.add(text == null ? "" : text);
        }
        return joined.toString();
    }
}
