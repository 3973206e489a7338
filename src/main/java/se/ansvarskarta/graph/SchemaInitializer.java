package se.ansvarskarta.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) at start-up, in file
 * name order, one statement per {@code ;}.
 */
@Component
public class SchemaInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Graph graph;

    SchemaInitializer(Graph graph) {
        this.graph = graph;
    }

    /** Beans that need the schema depend on this one, so it is in place before they start. */
    @Override
    public void afterPropertiesSet() {
        apply();
    }

    public void apply() {
        int count = 0;
        try (var session = graph.session()) {
            for (Resource file : schemaFiles()) {
                for (String statement : statements(file)) {
                    session.run(statement).consume();
                    count++;
                }
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info("Schema applied: {} statements", count);
    }

    private static Resource[] schemaFiles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] statements(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip())
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
