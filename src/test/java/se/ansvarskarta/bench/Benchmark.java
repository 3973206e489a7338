package se.ansvarskarta.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;

import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.impact.Impact;
import se.ansvarskarta.projection.BenchmarkProjection;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.protection.ProtectionNeed;
import se.ansvarskarta.responsibility.Boundaries;
import se.ansvarskarta.responsibility.Gaps;
import se.ansvarskarta.risk.Exposure;
import se.ansvarskarta.scale.NationalModelGenerator;

/**
 * The benchmark of BENCHMARKS.md: generates a model, starts the app jar as a child process with explicit memory
 * settings, imports the model over HTTP, and times the analyses through GraphQL over HTTP (API token), in-process
 * (the same analysis classes on a projection loaded in this JVM) and, for impact, as the raw Cypher an analyst would
 * send over Bolt to the same database. Prints a Markdown table and writes it to {@code target/bench/results.md}.
 *
 * <p>Not a test: surefire's default includes do not match the name, so {@code mvn verify} never runs it.
 * Run it with {@code bench/run.sh [options]}; {@code --help} lists the options.
 */
public final class Benchmark {

    static final String USAGE = """
            Usage: bench/run.sh [options]
              --scale 1.0            model scale (1.0 = the national model)
              --seed 42              generator seed
              --start-seed 7         seed that picks the start nodes
              --starts 200           start nodes (systems and infrastructure) for impact, protectionNeed, riskExposure
              --server-warmup 40000  untimed requests to each server before anything is timed (GraphQL: floor,
                                     impact, protectionNeed, riskExposure in turn; Bolt: RETURN 1 and raw impact)
              --warmup-passes 5      untimed passes over all start nodes per per-node operation and path
              --passes 5             timed passes over all start nodes per per-node operation and path
              --runs 5               timed runs of gaps, boundaries and each report (after one warm-up)
              --reimport true        import the same file a second time over the live model, and time it
              --heap 1100m           app -Xmx (and -Xms)
              --direct 256m          app -XX:MaxDirectMemorySize
              --page-cache 384m      ansvarskarta.embedded.page-cache
              --tx-max 768m          ansvarskarta.embedded.transaction-max
              --cypher-timeout 120   seconds before one raw Cypher query is abandoned (counted at the timeout)
              --as-of 2026-11-29     asOf of boundaries, riskExposure and the reports
              --jar target/ansvarskarta.jar
              --out target/bench
              --jvm-opts "..."       further options for the app JVM
            """;

    private final Map<String, String> opts = new LinkedHashMap<>(Map.ofEntries(
            Map.entry("scale", "1.0"), Map.entry("seed", "42"), Map.entry("start-seed", "7"),
            Map.entry("server-warmup", "40000"), Map.entry("starts", "200"), Map.entry("warmup-passes", "5"),
            Map.entry("passes", "5"), Map.entry("runs", "5"), Map.entry("reimport", "true"),
            Map.entry("heap", "1100m"), Map.entry("direct", "256m"), Map.entry("page-cache", "384m"),
            Map.entry("tx-max", "768m"), Map.entry("cypher-timeout", "120"), Map.entry("as-of", "2026-11-29"),
            Map.entry("jar", "target/ansvarskarta.jar"), Map.entry("out", "target/bench"),
            Map.entry("jvm-opts", "")));

    /** The dependents closure as an analyst sends it: start matched by label and id, quantified path, DISTINCT. */
    static final String RAW_IMPACT =
            "MATCH (s:%s {id: $id}) MATCH (d)(()-[:DEPENDS_ON|MEMBER]->())+(s) RETURN DISTINCT d.id AS id";

    private KeepAliveClient keepAlive;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Process app;
    private final AtomicLong peakRss = new AtomicLong();
    private volatile boolean sampling = true;
    private String base;
    private String adminAuth;
    private String token;

    /** One line of the results table; times in milliseconds. */
    record Row(String operation, String path, int calls, double median, double p95, double max, String note) {
    }

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                return;
            }
            String key = a.startsWith("--") ? a.substring(2) : null;
            if (key == null || !b.opts.containsKey(key) || i + 1 >= args.length) {
                System.err.print("Unknown or incomplete option: " + a + "\n" + USAGE);
                System.exit(2);
            }
            b.opts.put(key, args[++i]);
        }
        b.run();
    }

    private String opt(String key) {
        return opts.get(key);
    }

    private void run() throws Exception {
        Path out = Path.of(opt("out"));
        Files.createDirectories(out);
        double scale = Double.parseDouble(opt("scale"));
        long seed = Long.parseLong(opt("seed"));
        String asOf = opt("as-of");
        loadBefore = loadAverage();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);

        // (a) the model
        Path model = out.resolve("model-" + opt("scale") + "-" + seed + ".json");
        long t0 = System.nanoTime();
        var generator = new NationalModelGenerator(scale, seed);
        try (BufferedWriter w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
            generator.write(w, NationalModelGenerator.Format.JSON);
        }
        NationalModelGenerator.Counts counts = generator.counts();
        log("generated %s (%d nodes, %d relationships, %.1f MB) in %d ms", model, counts.nodes(),
                counts.relationships(), Files.size(model) / 1e6, ms(t0));
        generator = null;
        System.gc(); // the harness's own garbage must not be collected while the app imports on the same cores

        // (b) the app
        int port = freePort();
        int bolt = freePort();
        Path dataDir = Files.createTempDirectory("ansvarskarta-bench-");
        String adminPassword = "bench-" + Long.toHexString(new Random().nextLong());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xms" + opt("heap"));
        cmd.add("-Xmx" + opt("heap"));
        cmd.add("-XX:MaxDirectMemorySize=" + opt("direct"));
        if (!opt("jvm-opts").isBlank()) {
            cmd.addAll(Arrays.asList(opt("jvm-opts").trim().split("\\s+")));
        }
        cmd.addAll(List.of("-jar", opt("jar"), "--ansvarskarta.data-dir=" + dataDir, "--server.port=" + port,
                "--ansvarskarta.embedded.bolt-port=" + bolt, "--ansvarskarta.embedded.page-cache=" + dataSize(opt("page-cache")),
                "--ansvarskarta.embedded.transaction-max=" + dataSize(opt("tx-max")),
                "--ansvarskarta.max-import-size=2GB"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(out.resolve("app.log").toFile());
        pb.environment().put("ANSVARSKARTA_ADMIN_PASSWORD", adminPassword);
        log("starting: %s", String.join(" ", cmd));
        app = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopApp));
        Thread sampler = new Thread(this::sampleRss, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        base = "http://127.0.0.1:" + port;
        adminAuth = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        t0 = System.nanoTime();
        try {
            waitForHealth(Duration.ofMinutes(5));
            log("app up in %d ms (pid %d, http %d, bolt %d, data %s)", ms(t0), app.pid(), port, bolt, dataDir);

            // (c) import, then the same file again over the live model (the weekly update of a model)
            double importMs = importModel(model, adminAuth);
            long rssAfterImport = peakRss.get();
            log("imported in %.0f ms", importMs);
            rows.add(new Row("import (POST /api/import, JSON)", "HTTP", 1, importMs, importMs, importMs,
                    String.format(Locale.ROOT, "%.1f MB file; peak RSS so far %d MiB", Files.size(model) / 1e6,
                            rssAfterImport >> 20)));
            if (Boolean.parseBoolean(opt("reimport"))) {
                double again = importModel(model, adminAuth);
                log("imported again over the live model in %.0f ms", again);
                rows.add(new Row("re-import (same file over the live model)", "HTTP", 1, again, again, again,
                        String.format(Locale.ROOT, "switch in batches; peak RSS so far %d MiB",
                                peakRss.get() >> 20)));
            }

            // (d) an API token, as a script would use
            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                    .header("Authorization", adminAuth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"role\":\"viewer\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
            if (issued.statusCode() / 100 != 2 || !m.find()) {
                throw new IllegalStateException("token: " + issued.statusCode() + " " + abbreviate(issued.body()));
            }
            token = m.group(1);

            String neo4jPassword = Files.readString(dataDir.resolve("neo4j-password")).trim();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt,
                    AuthTokens.basic("neo4j", neo4jPassword), Config.builder().withLogging(Logging.none()).build())) {
                settle(driver);
                measure(driver, counts, asOf);
            }
            storeSize = String.format(Locale.ROOT, "%.1f MB", directorySize(dataDir.resolve("data")) / 1e6);
            sampling = false;
            loadAfter = loadAverage();
            long hwm = status("VmHWM");
            long peak = Math.max(peakRss.get(), hwm);

            // (h) results
            String md = markdown(started, counts, peak, hwm);
            System.out.println();
            System.out.println(md);
            Files.writeString(out.resolve("results.md"), md);
            log("written %s", out.resolve("results.md"));
        } finally {
            // (i)
            if (keepAlive != null) {
                keepAlive.close();
            }
            stopApp();
            deleteRecursively(dataDir);
        }
    }

    private Map<String, Long> dbCounts;
    private String loadBefore;
    private String storeSize = "?";
    private long responseBytes;
    private int responses;
    private String loadAfter;

    private void measure(Driver driver, NationalModelGenerator.Counts counts, String asOf) throws Exception {
        // exact counts in the database the targets were measured on
        dbCounts = new LinkedHashMap<>();
        try (var session = driver.session()) {
            dbCounts.put("nodes (all labels)", session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong());
            dbCounts.put("relationships (all types)",
                    session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
            dbCounts.put("System|Infrastructure nodes",
                    session.run("MATCH (n:System|Infrastructure) RETURN count(n) AS c").single().get("c").asLong());
            dbCounts.put("DEPENDS_ON", session.run("MATCH ()-[r:DEPENDS_ON]->() RETURN count(r) AS c")
                    .single().get("c").asLong());
            dbCounts.put("MEMBER", session.run("MATCH ()-[r:MEMBER]->() RETURN count(r) AS c")
                    .single().get("c").asLong());
        }

        long t0 = System.nanoTime();
        Projection p = BenchmarkProjection.load(driver, null);
        log("projection loaded in the harness: %d nodes in %d ms", p.size(), ms(t0));

        // (e) seeded start nodes: systems and infrastructure
        List<Integer> assets = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i) == Kind.SYSTEM || p.kind(i) == Kind.INFRASTRUCTURE) {
                assets.add(i);
            }
        }
        Collections.shuffle(assets, new Random(Long.parseLong(opt("start-seed"))));
        int n = Math.min(Integer.parseInt(opt("starts")), assets.size());
        int[] starts = assets.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
        int warmup = Integer.parseInt(opt("warmup-passes"));
        int passes = Integer.parseInt(opt("passes"));
        int calls = n * (warmup + passes);
        int runs = Integer.parseInt(opt("runs"));
        LocalDate date = LocalDate.parse(asOf);

        // the contract's selection sets (README, "Questions you can ask")
        String impactQuery = "query($failed: [ID!]!) { impact(failed: $failed) {"
                + " organisations { organisation { id name } systems { id name } }"
                + " down { node { id name kind } depth path } } }";
        String needQuery = "query($id: ID!) { protectionNeed(id: $id) {"
                + " confidentiality { level label source { id name kind } raisedBy { id name } }"
                + " integrity { level label source { id name kind } raisedBy { id name } }"
                + " availability { level label source { id name kind } raisedBy { id name } }"
                + " traceability { level label source { id name kind } raisedBy { id name } }"
                + " underClassified } }";
        String exposureQuery = "query($id: ID!, $asOf: Date) { riskExposure(id: $id, asOf: $asOf) {"
                + " score band risks { risk { id name score status } via { id name } path overdue } } }";
        int timeoutSeconds = Integer.parseInt(opt("cypher-timeout"));
        TransactionConfig txConfig = TransactionConfig.builder().withTimeout(Duration.ofSeconds(timeoutSeconds))
                .build();

        // (e2) both servers in a steady state first: the JIT of a 2-core VM needs tens of thousands of requests
        // before a request path is compiled for good (an application in use has long been there); the same number
        // of requests on each side, round robin over the start nodes and the request types of the timed rows
        int serverWarmup = Integer.parseInt(opt("server-warmup"));
        long warmStarted = System.nanoTime();
        for (int k = 0; k < serverWarmup; k++) {
            int i = starts[(k / 4) % n];
            switch (k % 4) {
                case 0 -> graphQl("{ __typename }", "{}");
                case 1 -> graphQl(impactQuery, "{\"failed\":[\"" + p.id(i) + "\"]}");
                case 2 -> graphQl(needQuery, "{\"id\":\"" + p.id(i) + "\"}");
                default -> graphQl(exposureQuery, "{\"id\":\"" + p.id(i) + "\",\"asOf\":\"" + asOf + "\"}");
            }
        }
        long warmHttp = ms(warmStarted);
        warmStarted = System.nanoTime();
        try (var session = driver.session()) {
            for (int k = 0; k < serverWarmup; k++) {
                int i = starts[(k / 2) % n];
                if (k % 2 == 0) {
                    session.executeRead(tx -> tx.run("RETURN 1").list().size());
                } else {
                    String label = p.kind(i) == Kind.SYSTEM ? "System" : "Infrastructure";
                    try {
                        session.executeRead(tx -> tx.run(String.format(RAW_IMPACT, label),
                                Values.parameters("id", p.id(i))).list().size(), txConfig);
                    } catch (Neo4jException e) {
                        // counted in the timed passes below
                    }
                }
            }
        }
        log("server warm-up: %d GraphQL requests in %d ms, %d Bolt queries in %d ms", serverWarmup, warmHttp,
                serverWarmup, ms(warmStarted));

        // the fixed cost of one request on each path, to read the rows below against
        perNode("floor: { __typename }", "GraphQL over HTTP (token)", starts, warmup, passes, i -> {
            graphQl("{ __typename }", "{}");
            return 0;
        });
        try (var session = driver.session()) {
            perNode("floor: RETURN 1", "raw Cypher over Bolt", starts, warmup, passes,
                    i -> session.executeRead(tx -> tx.run("RETURN 1").list().size()));
        }

        // (f) impact, three ways
        long[] downSizes = new long[1];
        perNode("impact", "GraphQL over HTTP (token)", starts, warmup, passes, i -> {
            graphQl(impactQuery, "{\"failed\":[\"" + p.id(i) + "\"]}");
            return 0;
        });
        Row inImpact = perNode("impact", "in-process analysis", starts, warmup, passes, i -> {
            Impact impact = Impact.of(p, new int[] {i});
            int total = 0;
            for (int d : impact.down()) {
                total += impact.path(d).length;
            }
            impact.organisations();
            downSizes[0] += impact.down().length;
            return total;
        });
        note(inImpact, String.format(Locale.ROOT, "mean %.1f down nodes per start node (k-of-n clusters applied)",
                (double) downSizes[0] / calls));
        long[] cypherRows = new long[1];
        int[] failures = new int[1];
        try (var session = driver.session()) {
            Row raw = perNode("impact", "raw Cypher over Bolt", starts, warmup, passes, i -> {
                String label = p.kind(i) == Kind.SYSTEM ? "System" : "Infrastructure";
                try {
                    int count = session.executeRead(tx -> tx.run(String.format(RAW_IMPACT, label),
                            Values.parameters("id", p.id(i))).list().size(), txConfig);
                    cypherRows[0] += count;
                    return count;
                } catch (Neo4jException e) {
                    failures[0]++;
                    return -1;
                }
            });
            String note = String.format(Locale.ROOT, "mean %.1f rows per start node (dependents closure)",
                    (double) cypherRows[0] / calls);
            if (failures[0] > 0) {
                note += "; " + failures[0] + " queries failed or hit the " + timeoutSeconds
                        + " s timeout (counted at the time they took)";
            }
            note(raw, note);
        }

        // protectionNeed and riskExposure, per node
        perNode("protectionNeed", "GraphQL over HTTP (token)", starts, warmup, passes, i -> {
            graphQl(needQuery, "{\"id\":\"" + p.id(i) + "\"}");
            return 0;
        });
        perNode("protectionNeed", "in-process analysis", starts, warmup, passes, i -> {
            ProtectionNeed.of(p, i);
            return 0;
        });
        perNode("riskExposure", "GraphQL over HTTP (token)", starts, warmup, passes, i -> {
            graphQl(exposureQuery, "{\"id\":\"" + p.id(i) + "\",\"asOf\":\"" + asOf + "\"}");
            return 0;
        });
        perNode("riskExposure", "in-process analysis", starts, warmup, passes, i -> {
            Exposure.of(p, i);
            return 0;
        });

        // gaps and boundaries over the whole model
        String gapsQuery = "{ gaps { node { id name kind } aspect problem roles { id name } } }";
        repeated("gaps (whole model)", "GraphQL over HTTP (token)", runs, () -> {
            graphQl(gapsQuery, "{}");
            return 0;
        });
        repeated("gaps (whole model)", "REST JSON export (token)", runs, () -> get("/api/gaps").length());
        repeated("gaps (whole model)", "in-process analysis", runs, () -> Gaps.of(p).size());
        String boundariesQuery = "query($asOf: Date) { boundaries(asOf: $asOf) { kind node { id name }"
                + " dependsOn { id name } organisations { id } covered agreements { id name } } }";
        repeated("boundaries (whole model)", "GraphQL over HTTP (token)", runs, () -> {
            graphQl(boundariesQuery, "{\"asOf\":\"" + asOf + "\"}");
            return 0;
        });
        repeated("boundaries (whole model)", "REST JSON export (token)", runs,
                () -> get("/api/boundaries?asOf=" + asOf).length());
        repeated("boundaries (whole model)", "in-process analysis", runs,
                () -> Boundaries.of(p, date, -1).size());

        // every report, as JSON
        String list = get("/api/reports");
        Matcher m = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(list);
        List<String> reports = new ArrayList<>();
        while (m.find()) {
            reports.add(m.group(1));
        }
        for (String report : reports) {
            int[] failed = new int[1];
            String[] error = new String[1];
            Row r = repeated("report " + report, "REST JSON (token)", runs, () -> {
                try {
                    get("/api/reports/" + report + "?asOf=" + asOf);
                } catch (RuntimeException e) {
                    failed[0]++;
                    error[0] = e.getMessage();
                }
                return 0;
            });
            if (failed[0] > 0) {
                note(r, failed[0] + " of " + (runs + 1) + " calls failed (time counted): "
                        + abbreviate(String.valueOf(error[0])).replace('|', '/').replace('\n', ' '));
            }
        }
    }

    private void note(Row r, String note) {
        String all = r.note.isEmpty() ? note : r.note + "; " + note;
        rows.set(rows.indexOf(r), new Row(r.operation, r.path, r.calls, r.median, r.p95, r.max, all));
    }

    /**
     * Untimed passes over all start nodes (the server's and the database's caches and compiled code warm alike on
     * every path), then timed passes, one call per start node each.
     */
    private Row perNode(String operation, String path, int[] starts, int warmup, int passes, IntOp op) {
        log("%s — %s ...", operation, path);
        for (int w = 0; w < warmup; w++) {
            for (int start : starts) {
                op.apply(start);
            }
        }
        System.gc(); // the harness's own garbage (the projection it loaded, earlier answers) collected before timing
        responseBytes = 0;
        responses = 0;
        double[] t = new double[starts.length * passes];
        for (int k = 0; k < t.length; k++) {
            long t0 = System.nanoTime();
            op.apply(starts[k % starts.length]);
            t[k] = (System.nanoTime() - t0) / 1e6;
        }
        return add(operation, path, t);
    }

    /** One warm-up, then {@code runs} timed calls. */
    private Row repeated(String operation, String path, int runs, IntSupplier op) {
        log("%s — %s ...", operation, path);
        op.getAsInt();
        System.gc();
        responseBytes = 0;
        responses = 0;
        double[] t = new double[runs];
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            op.getAsInt();
            t[k] = (System.nanoTime() - t0) / 1e6;
        }
        return add(operation, path, t);
    }

    private Row add(String operation, String path, double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        String note = responses == 0 ? "" : String.format(Locale.ROOT, "mean response %.1f kB",
                responseBytes / 1e3 / responses);
        responses = 0;
        Row row = new Row(operation, path, s.length, percentile(s, 50), percentile(s, 95), s[s.length - 1], note);
        rows.add(row);
        log("  median %.2f ms, p95 %.2f ms, max %.2f ms", row.median, row.p95, row.max);
        return row;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int pct) {
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @FunctionalInterface
    interface IntOp {
        int apply(int node);
    }

    private String graphQl(String query, String variablesJson) {
        String body = "{\"query\":" + jsonString(query) + ",\"variables\":" + variablesJson + "}";
        KeepAliveClient.Response r = client().send("POST", "/graphql", "Bearer " + token, "application/json", body);
        if (r.status() != 200 || r.body().startsWith("{\"errors\"") || r.body().contains("\"errors\":[{")) {
            throw new IllegalStateException("GraphQL failed: " + r.status() + " " + abbreviate(r.body()));
        }
        responseBytes += r.body().length();
        responses++;
        return r.body();
    }

    private String get(String pathAndQuery) {
        KeepAliveClient.Response r = client().send("GET", pathAndQuery, "Bearer " + token, null, null);
        if (r.status() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + ": " + r.status() + " " + abbreviate(r.body()));
        }
        responseBytes += r.body().length();
        responses++;
        return r.body();
    }

    /** The timed calls' HTTP client: one kept-alive connection, like a script's session. */
    private KeepAliveClient client() {
        if (keepAlive == null) {
            URI uri = URI.create(base);
            keepAlive = new KeepAliveClient(uri.getHost(), uri.getPort());
        }
        return keepAlive;
    }

    /** Imports the model file through the API as an admin; returns the milliseconds it took. */
    private double importModel(Path model, String adminAuth) throws Exception {
        long t0 = System.nanoTime();
        KeepAliveClient.Response imported;
        try (KeepAliveClient upload = new KeepAliveClient("127.0.0.1", URI.create(base).getPort())) {
            imported = upload.upload("/api/import", adminAuth, "application/json", model);
        }
        double ms = ms(t0);
        if (imported.status() / 100 != 2) {
            throw new IllegalStateException("import failed: " + imported.status() + " " + abbreviate(imported.body()));
        }
        return ms;
    }

    /**
     * Lets the database settle after the import before anything is timed, as it would have by the time a user asks:
     * waits until the app's background tidy-up has purged the previous model, so that it
     * does not run during the measurements. (Community Edition has no {@code db.checkpoint()} to flush the import's
     * pages on demand; Neo4j's own periodic checkpoint may still fall into the run.)
     */
    private void settle(Driver driver) throws InterruptedException {
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            while (session.run(Fixtures.COUNT_LEFTOVERS).single().get("n").asLong() > 0) {
                Thread.sleep(500);
            }
        }
        log("settled after the import in %.0f ms (background tidy-up done)",
                (System.nanoTime() - started) / 1e6);
    }

    private void waitForHealth(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited with " + app.exitValue() + "; see app.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not become healthy within " + limit);
    }

    /** (g) VmRSS of the app every 250 ms. */
    private void sampleRss() {
        while (sampling && app.isAlive()) {
            long rss = status("VmRSS");
            peakRss.accumulateAndGet(rss, Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A value of {@code /proc/<app>/status} in bytes, 0 where unavailable. */
    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // process gone or not Linux
        }
        return 0;
    }

    private synchronized void stopApp() {
        if (app == null || !app.isAlive()) {
            return;
        }
        app.destroy();
        try {
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            app.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String markdown(String started, NationalModelGenerator.Counts counts, long peak, long hwm)
            throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("## Benchmark run: scale ").append(opt("scale")).append(", seed ").append(opt("seed")).append("\n\n");
        s.append("- started: ").append(started).append(" (UTC)\n");
        s.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotal()).append(" RAM, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append(", Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vm.name")).append(")\n");
        s.append("- load average (1/5/15 min) at start: ").append(loadBefore).append("; at the end: ")
                .append(loadAfter).append("\n");
        s.append("- app JVM: -Xms/-Xmx ").append(opt("heap")).append(", -XX:MaxDirectMemorySize=")
                .append(opt("direct")).append(", page cache ").append(opt("page-cache"))
                .append(", transaction max ").append(opt("tx-max"));
        if (!opt("jvm-opts").isBlank()) {
            s.append(", ").append(opt("jvm-opts"));
        }
        s.append("\n");
        s.append("- database files on disk (data dir): ").append(storeSize).append("\n");
        s.append("- model (generator): ").append(counts.nodes()).append(" nodes, ").append(counts.relationships())
                .append(" relationships (DEPENDS_ON ").append(counts.dependsOnEdges()).append(", MEMBER ")
                .append(counts.memberEdges()).append("; ").append(counts.systems()).append(" systems, ")
                .append(counts.infrastructure()).append(" infrastructure)\n");
        s.append("- database measured on (exact, after import): ");
        List<String> parts = new ArrayList<>();
        dbCounts.forEach((k, v) -> parts.add(k + " " + v));
        s.append(String.join(", ", parts)).append(" (the database also holds the Model node, users and tokens)\n");
        s.append("- start nodes: ").append(opt("starts")).append(" systems/infrastructure picked with seed ")
                .append(opt("start-seed")).append("; first ").append(opt("server-warmup"))
                .append(" untimed requests to each server (steady state); per-node operations: ")
                .append(opt("warmup-passes"))
                .append(" untimed and ").append(opt("passes"))
                .append(" timed passes over all start nodes per path; whole-model operations: 1 warm-up + ")
                .append(opt("runs"))
                .append(" runs; asOf ").append(opt("as-of")).append("\n\n");
        s.append("| operation | path | calls | median ms | p95 ms | max ms | note |\n");
        s.append("| --- | --- | ---: | ---: | ---: | ---: | --- |\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %s |\n", r.operation, r.path,
                    r.calls, r.median, r.p95, r.max, r.note));
        }
        s.append(String.format(Locale.ROOT, "| peak RSS of the app | /proc VmRSS every 250 ms; VmHWM | | | | | "
                + "%d MiB (VmHWM %d MiB) |\n", peak >> 20, hwm >> 20));

        Row gql = find("impact", "GraphQL over HTTP (token)");
        Row inp = find("impact", "in-process analysis");
        Row raw = find("impact", "raw Cypher over Bolt");
        s.append("\n### Ratios (same run)\n\n");
        s.append("| ratio | median | p95 | max |\n| --- | ---: | ---: | ---: |\n");
        s.append(ratio("impact: GraphQL over HTTP / raw Cypher over Bolt", gql, raw));
        s.append(ratio("impact: in-process / raw Cypher over Bolt", inp, raw));
        s.append(ratio("impact: GraphQL over HTTP / in-process", gql, inp));
        s.append(ratio("protectionNeed: GraphQL / in-process", find("protectionNeed", "GraphQL over HTTP (token)"),
                find("protectionNeed", "in-process analysis")));
        s.append(ratio("riskExposure: GraphQL / in-process", find("riskExposure", "GraphQL over HTTP (token)"),
                find("riskExposure", "in-process analysis")));

        s.append("\n### Targets\n\n| target | measured | met |\n| --- | --- | --- |\n");
        target(s, "impact p95 via GraphQL ≤ ¼ of raw-Cypher p95", String.format(Locale.ROOT,
                "%.2f ms vs %.2f ms (ratio %.3f)", gql.p95, raw.p95, gql.p95 / raw.p95), gql.p95 <= raw.p95 / 4);
        Row gaps = find("gaps (whole model)", "GraphQL over HTTP (token)");
        target(s, "gaps (whole model, GraphQL) ≤ 2 s", String.format(Locale.ROOT, "max %.0f ms", gaps.max),
                gaps.max <= 2000);
        Row bnd = find("boundaries (whole model)", "GraphQL over HTTP (token)");
        target(s, "boundaries (whole model, GraphQL) ≤ 2 s", String.format(Locale.ROOT, "max %.0f ms", bnd.max),
                bnd.max <= 2000);
        Row gapsExport = find("gaps (whole model)", "REST JSON export (token)");
        target(s, "gaps (whole model, REST export) ≤ 2 s", String.format(Locale.ROOT, "max %.0f ms",
                gapsExport.max), gapsExport.max <= 2000);
        Row bndExport = find("boundaries (whole model)", "REST JSON export (token)");
        target(s, "boundaries (whole model, REST export) ≤ 2 s", String.format(Locale.ROOT, "max %.0f ms",
                bndExport.max), bndExport.max <= 2000);
        double worst = 0;
        String worstName = "";
        for (Row r : rows) {
            if (r.operation.startsWith("report ") && r.max > worst) {
                worst = r.max;
                worstName = r.operation.substring(7);
            }
        }
        target(s, "every report ≤ 5 s", String.format(Locale.ROOT, "slowest %s, max %.0f ms", worstName, worst),
                worst <= 5000);
        target(s, "peak RSS ≤ 2 GiB", (peak >> 20) + " MiB", peak <= (2L << 30));
        for (String note : notes) {
            s.append("\n").append(note).append("\n");
        }
        return s.toString();
    }

    private Row find(String operation, String path) {
        return rows.stream().filter(r -> r.operation.equals(operation) && r.path.equals(path)).findFirst()
                .orElseThrow();
    }

    private static String ratio(String name, Row a, Row b) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |\n", name, a.median / b.median, a.p95 / b.p95,
                a.max / b.max);
    }

    private static void target(StringBuilder s, String name, String measured, boolean met) {
        s.append("| ").append(name).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String memTotal() throws IOException {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "? GiB";
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A JVM-style size ({@code 384m}, {@code 1g}) as a Spring {@code DataSize} ({@code 384MB}, {@code 1GB}). */
    static String dataSize(String jvm) {
        String s = jvm.trim().toUpperCase(Locale.ROOT);
        return s.matches("[0-9]+[KMGT]") ? s + "B" : s;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(),
                String.format(Locale.ROOT, format, args));
    }

    private static long directorySize(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        }
    }
}
