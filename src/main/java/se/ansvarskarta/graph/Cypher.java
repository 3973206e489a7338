package se.ansvarskarta.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/** Cypher statements kept as files under {@code cypher/} on the classpath, loaded by name. */
public final class Cypher {

    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The text of {@code cypher/<name>.cypher}, e.g. {@code load("projection/nodes")}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
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
