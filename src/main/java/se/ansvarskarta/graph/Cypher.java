package se.ansvarskarta.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Cypher statements kept as files under {@code cypher/} on the classpath, loaded by name. */
public final class Cypher {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();
    /** What a label filled into a statement may look like: the application's own names, never a user's text. */
    private static final Pattern LABEL = Pattern.compile("_?[A-Z][A-Za-z]*");

    private Cypher() {
    }

    /** The text of {@code cypher/<name>.cypher}, e.g. {@code load("projection/nodes")}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /**
     * The text of {@code cypher/<name>.cypher} with its label placeholders ({@code {{label}}}) filled in, for a
     * statement that must find nodes by a label the application chooses at run time. Neo4j 5.26 plans a dynamic
     * label in a pattern ({@code MATCH (n:$($label))}) as a scan of every node with a filter, once per batch; a label
     * written into the statement is a scan of that label only. The labels are the application's own (a kind's
     * label or staging label, {@code _Retired}): anything else is refused.
     */
    public static String load(String name, Map<String, String> labels) {
        String text = load(name);
        for (var label : labels.entrySet()) {
            if (!LABEL.matcher(label.getValue()).matches()) {
                throw new IllegalArgumentException("Not a label of the application: " + label.getValue());
            }
            text = text.replace("{{" + label.getKey() + "}}", label.getValue());
        }
        if (text.contains("{{")) {
            throw new IllegalArgumentException("A label of cypher/" + name + ".cypher is not given: " + labels);
        }
        return text;
    }

    private static String read(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
