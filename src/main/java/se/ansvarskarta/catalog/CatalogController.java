package se.ansvarskarta.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/**
 * Lookups answered from the projection: {@code node}, {@code search}, {@code model}. The lists of each kind
 * ({@code systems}, {@code roles}...) are wired in {@link CatalogWiring}.
 */
@Controller
class CatalogController {

    private final ProjectionService projections;
    private final Graph graph;

    CatalogController(ProjectionService projections, Graph graph) {
        this.projections = projections;
        this.graph = graph;
    }

    @QueryMapping
    NodeRef node(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int node = p.indexOf(id);
        return node < 0 ? null : NodeRef.of(p, node);
    }

    @QueryMapping
    List<NodeRef> search(@Argument String text, @Argument List<Kind> kinds, @Argument Integer first,
                         GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        String needle = text.toLowerCase(Locale.ROOT);
        Set<Kind> wanted = kinds == null || kinds.isEmpty() ? Set.of(Kind.values()) : Set.copyOf(kinds);
        int limit = first == null ? 50 : Math.max(0, Math.min(first, 1000));
        List<NodeRef> result = new ArrayList<>();
        for (int i = 0; i < p.size() && result.size() < limit; i++) {
            if (wanted.contains(p.kind(i)) && (p.id(i).toLowerCase(Locale.ROOT).contains(needle)
                    || (p.name(i) != null && p.name(i).toLowerCase(Locale.ROOT).contains(needle)))) {
                result.add(NodeRef.of(p, i));
            }
        }
        return result;
    }

    @QueryMapping
    Map<String, Object> model(GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        ModelSettings s = p.settings();
        Map<String, Object> info = new HashMap<>();
        info.put("stamp", p.stamp());
        info.put("classificationMaxAgeMonths", s.classificationMaxAgeMonths());
        info.put("riskAnalysisMaxAgeMonths", s.riskAnalysisMaxAgeMonths());
        info.put("classificationLabels", s.classificationLabels());
        info.put("likelihoodMin", s.likelihoodMin());
        info.put("likelihoodMax", s.likelihoodMax());
        info.put("consequenceMin", s.consequenceMin());
        info.put("consequenceMax", s.consequenceMax());
        info.put("riskBands", s.riskBands());
        info.put("nodeCount", p.size());
        return info;
    }

    /** The distinct system categories (one query, only when asked): the explorer's filter, without every system. */
    @SchemaMapping(typeName = "ModelInfo", field = "systemCategories")
    List<String> systemCategories(Map<String, Object> info) {
        return graph.read(tx -> tx.run(Cypher.load("catalog/system-categories")).list(r -> r.get("category").asString()));
    }

    /** The distinct kinds of infrastructure in the model, from the projection. */
    @SchemaMapping(typeName = "ModelInfo", field = "infrastructureKinds")
    List<String> infrastructureKinds(Map<String, Object> info, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i) == Kind.INFRASTRUCTURE && p.type(i) != null) {
                kinds.add(p.type(i));
            }
        }
        return List.copyOf(kinds);
    }
}
