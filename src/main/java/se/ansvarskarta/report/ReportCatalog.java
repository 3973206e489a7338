package se.ansvarskarta.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.AnsvarskartaProperties;
import se.ansvarskarta.graph.Graph;

/**
 * The reports there are: the built-in files {@code cypher/reports/*.cypher} on the classpath, plus the users' own
 * {@code *.cypher} files in {@code ansvarskarta.reports-dir}, read anew on every request so that a new file shows up
 * without a restart. A user's file is checked with {@code EXPLAIN} (it must parse and only read); a file that fails
 * is listed as broken with the reason, never run, and never stops the application.
 */
@Component
public class ReportCatalog {

    private static final Logger log = LoggerFactory.getLogger(ReportCatalog.class);
    private static final String SUFFIX = ".cypher";
    private static final long MAX_FILE_SIZE = 1_000_000;

    private final Graph graph;
    private final Path directory;
    private final Map<String, ReportDefinition> builtIn;
    /** Outcome of checking a user file's text: "" when it is fine, else the error. */
    private final Map<String, String> checked = new ConcurrentHashMap<>();

    ReportCatalog(Graph graph, AnsvarskartaProperties properties) throws IOException {
        this.graph = graph;
        this.directory = properties.reportsDir().isBlank() ? null : Path.of(properties.reportsDir());
        this.builtIn = loadBuiltIn();
    }

    private static Map<String, ReportDefinition> loadBuiltIn() throws IOException {
        Map<String, ReportDefinition> reports = new TreeMap<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/reports/*" + SUFFIX);
        for (Resource file : files) {
            String name = file.getFilename().substring(0, file.getFilename().length() - SUFFIX.length());
            try (InputStream in = file.getInputStream()) {
                reports.put(name, ReportDefinition.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
            }
        }
        return reports;
    }

    /** Every report, built-in and the users' own, ordered by name. */
    public List<ReportDefinition> all() {
        List<ReportDefinition> all = new ArrayList<>(builtIn.values());
        for (Path file : userFiles()) {
            all.add(userReport(file));
        }
        all.sort(Comparator.comparing(ReportDefinition::name).thenComparing(r -> !r.builtIn()));
        return all;
    }

    /** The report of that name; empty for a name that no file has (or that is not a valid report name). */
    public Optional<ReportDefinition> find(String name) {
        if (name == null || !ReportDefinition.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        ReportDefinition report = builtIn.get(name);
        if (report != null) {
            return Optional.of(report);
        }
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(name + SUFFIX);
        return Files.isRegularFile(file) ? Optional.of(userReport(file)) : Optional.empty();
    }

    private List<Path> userFiles() {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list the reports directory {}: {}", directory, e.toString());
            return List.of();
        }
    }

    private ReportDefinition userReport(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - SUFFIX.length());
        if (!ReportDefinition.NAME.matcher(name).matches()) {
            return ReportDefinition.broken(name, false, "Ogiltigt rapportnamn: ett namn får bara innehålla små "
                    + "bokstäver a–z, siffror och bindestreck.");
        }
        if (builtIn.containsKey(name)) {
            return ReportDefinition.broken(name, false, "Namnet används redan av en inbyggd rapport; byt namn på filen.");
        }
        String text;
        try {
            if (Files.size(file) > MAX_FILE_SIZE) {
                return ReportDefinition.broken(name, false, "Filen är större än " + MAX_FILE_SIZE + " byte.");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return ReportDefinition.broken(name, false, "Filen är inte UTF-8.");
        } catch (IOException e) {
            return ReportDefinition.broken(name, false, "Filen går inte att läsa: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        ReportDefinition report = ReportDefinition.parse(name, text, false);
        if (report.broken()) {
            return report;
        }
        String error = check(report.text());
        return error.isEmpty() ? report : report.withError(error);
    }

    /** EXPLAIN in a read transaction: the text must be one statement that parses and only reads. */
    private String check(String text) {
        String known = checked.get(text);
        if (known != null) {
            return known;
        }
        String error;
        try (Session session = graph.session()) {
            QueryType type = session.executeRead(tx -> tx.run("EXPLAIN " + ReportRunner.statement(text),
                    Map.of("asOf", LocalDate.now())).consume().queryType());
            error = type == QueryType.READ_ONLY ? ""
                    : "En rapport får bara läsa; den här frågan skriver eller ändrar schemat (" + type + ").";
        } catch (Neo4jException e) {
            if (e.code() == null || !e.code().startsWith("Neo.ClientError.")) {
                return "Rapporten kunde inte kontrolleras nu: " + e.getMessage(); // not cached: may be transient
            }
            error = "Cypher-fel: " + e.getMessage();
        } catch (RuntimeException e) {
            log.warn("Checking a report file failed", e);
            return "Rapporten kunde inte kontrolleras nu: " + e.getMessage(); // not cached: may be transient
        }
        if (checked.size() > 1_000) {
            checked.clear();
        }
        checked.put(text, error);
        return error;
    }
}
