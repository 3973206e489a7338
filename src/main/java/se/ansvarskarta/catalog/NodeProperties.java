package se.ansvarskarta.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;

/**
 * The stored properties of nodes, loaded for a whole GraphQL request in one query (a DataLoader), however many
 * nodes and fields the request touches.
 */
@Component
class NodeProperties {

    static final String LOADER = "nodeProperties";

    NodeProperties(BatchLoaderRegistry registry, Graph graph) {
        registry.<String, Map<String, Object>>forName(LOADER).registerMappedBatchLoader((ids, env) ->
                Mono.fromCallable(() -> load(graph, List.copyOf(ids))));
    }

    private static Map<String, Map<String, Object>> load(Graph graph, List<String> ids) {
        return graph.read(tx -> {
            Map<String, Map<String, Object>> result = new HashMap<>();
            tx.run(Cypher.load("catalog/properties"), Map.of("ids", ids))
                    .forEachRemaining(r -> result.put(r.get("id").asString(), r.get("props").asMap()));
            return result;
        });
    }
}
