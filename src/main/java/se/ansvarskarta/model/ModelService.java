package se.ansvarskarta.model;

import java.io.InputStream;
import java.io.OutputStream;

import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.AnsvarskartaProperties;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.projection.ProjectionService;

/** Import and export of whole models: the one entry point for the REST API, start-up and tests. */
@Service
public class ModelService {

    private final ModelStore store;
    private final ModelExporter exporter;
    private final Graph graph;
    private final AnsvarskartaProperties properties;
    private final ProjectionService projections;

    ModelService(ModelStore store, ModelExporter exporter, Graph graph, AnsvarskartaProperties properties,
                 ProjectionService projections) {
        this.store = store;
        this.exporter = exporter;
        this.graph = graph;
        this.properties = properties;
        this.projections = projections;
    }

    /**
     * Replaces the whole model with the file's contents, or changes nothing and throws
     * {@link ModelRejectedException} with every problem found. Returns the number of nodes imported.
     */
    public synchronized int importModel(InputStream in, ModelFormat format) {
        return store.replace(ModelParser.parse(in, format, properties.maxImportSize()));
    }

    /** Writes the whole model; waits while an import is switching a model live. */
    public void export(OutputStream out, ModelFormat format) {
        projections.awaitModel();
        exporter.export(out, format);
    }

    /** Whether the database holds no model nodes. */
    public boolean isEmpty() {
        return graph.read(tx -> tx.run(Cypher.load("model/count")).single().get("nodes").asLong()) == 0;
    }
}
