package se.ansvarskarta.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.Graph;

/**
 * Runs a report from the {@link ReportCatalog} by name: in a read transaction with a timeout, with {@code $asOf} as
 * the only parameter. A client names a report and a date; it never sends Cypher.
 */
@Component
public class ReportRunner {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private final ReportCatalog catalog;
    private final Graph graph;
    private final Duration timeout;

    ReportRunner(ReportCatalog catalog, Graph graph,
                 @org.springframework.beans.factory.annotation.Value("${ansvarskarta.reports.timeout:30s}")
                 Duration timeout) {
        this.catalog = catalog;
        this.graph = graph;
        this.timeout = timeout;
    }

    /**
     * Runs the named report as of the given date (today when null).
     *
     * @throws UnknownReportException when no report has that name
     * @throws ReportFailedException  when the report is broken, or the database refuses or times out
     */
    public Report run(String name, LocalDate asOf) {
        ReportDefinition report = catalog.find(name).orElseThrow(() -> new UnknownReportException(name));
        if (report.broken()) {
            throw new ReportFailedException(name, report.error());
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now();
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

    /** A result value as text: dates ISO, lists joined with ", ", maps JSON-like, nodes by their id; null stays null. */
    static String render(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(TYPES.LIST())) {
            StringJoiner joined = new StringJoiner(", ");
            for (Value item : value.values()) {
                String text = render(item);
                joined.add(text == null ? "" : text);
            }
            return joined.toString();
        }
        if (value.hasType(TYPES.MAP())) {
            StringJoiner joined = new StringJoiner(", ", "{", "}");
            for (String key : value.keys()) {
                String text = render(value.get(key));
                joined.add(key + ": " + (text == null ? "null" : text));
            }
            return joined.toString();
        }
        if (value.hasType(TYPES.NODE())) {
            Value id = value.asNode().get("id");
            return id.isNull() ? value.asNode().elementId() : render(id);
        }
        if (value.hasType(TYPES.RELATIONSHIP())) {
            return value.asRelationship().type();
        }
        if (value.hasType(TYPES.STRING())) {
            return value.asString();
        }
        if (value.hasType(TYPES.DATE())) {
            return value.asLocalDate().toString();
        }
        if (value.hasType(TYPES.DATE_TIME())) {
            return value.asZonedDateTime().toString();
        }
        if (value.hasType(TYPES.LOCAL_DATE_TIME())) {
            return value.asLocalDateTime().toString();
        }
        return value.asObject().toString();
    }
}
