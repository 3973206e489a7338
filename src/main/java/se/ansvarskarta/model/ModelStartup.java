package se.ansvarskarta.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import se.ansvarskarta.graph.AnsvarskartaProperties;
import se.ansvarskarta.graph.EmbeddedNeo4j;
import se.ansvarskarta.graph.SchemaInitializer;
import se.ansvarskarta.projection.ProjectionService;

/**
 * Before the server takes requests (the schema is in place: this bean depends on it): imports {@code --ansvarskarta.import=FILE} (a refused
 * file stops the start with every error printed, the database untouched) or loads the example into an empty
 * database, then builds the projection.
 */
@Component
class ModelStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ModelStartup.class);

    private final SchemaInitializer schema;
    private final ModelStore store;
    private final ModelService models;
    private final ProjectionService projections;
    private final ProblemMessages messages;
    private final AnsvarskartaProperties properties;
    private final boolean embedded;
    private final String importFile;

    ModelStartup(SchemaInitializer schema, ModelStore store, ModelService models, ProjectionService projections,
                 ProblemMessages messages, AnsvarskartaProperties properties,
                 ObjectProvider<EmbeddedNeo4j> embedded, @Value("${ansvarskarta.import:}") String importFile) {
        this.schema = schema;
        this.store = store;
        this.models = models;
        this.projections = projections;
        this.messages = messages;
        this.properties = properties;
        this.embedded = embedded.getIfAvailable() != null;
        this.importFile = importFile;
    }

    @Override
    public void afterSingletonsInstantiated() {
        store.purgeLeftovers();
        if (!importFile.isBlank()) {
            load(importFile, "file:");
        } else if ((embedded || properties.loadExample()) && models.isEmpty()) {
            log.info("Empty database: loading the example model {}", properties.example());
            load(properties.example(), "");
        }
        projections.current();
    }

    private void load(String location, String defaultPrefix) {
        String where = location.contains(":") && !location.matches("[A-Za-z]:\\\\.*") ? location : defaultPrefix + location;
        Resource resource = new DefaultResourceLoader().getResource(where);
        ModelFormat format = ModelFormat.ofFileName(location);
        try (InputStream in = resource.getInputStream()) {
            int nodes = models.importModel(in, format);
            log.info("Imported {} nodes from {}", nodes, location);
        } catch (ModelRejectedException e) {
            System.err.println("Modellfilen " + location + " avvisades (" + e.total() + " fel); databasen är oförändrad:");
            System.err.print(messages.lines(e, Locale.forLanguageTag("sv")));
            throw new StartupImportFailed(location, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model file " + location + ": " + e.getMessage(), e);
        }
    }

    /** The start-up import was refused: the process must end with a non-zero exit code. */
    static final class StartupImportFailed extends RuntimeException {
        StartupImportFailed(String location, ModelRejectedException cause) {
            super("Model file " + location + " refused with " + cause.total() + " problem(s); database unchanged",
                    cause);
        }
    }
}
