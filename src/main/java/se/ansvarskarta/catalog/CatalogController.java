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
import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** The model's lists and lookups: {@code node}, {@code systems}, {@code search}... answered from the projection. */
@Controller
class CatalogController {

    private final ProjectionService projections;

    CatalogController(ProjectionService projections) {
        this.projections = projections;
    }

    @QueryMapping
    NodeRef node(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int node = p.indexOf(id);
        return node < 0 ? null : NodeRef.of(p, node);
    }

    @QueryMapping
    List<NodeRef> organisations(GraphQLContext context) {
        return all(context, Kind.ORGANISATION);
    }

    @QueryMapping
    List<NodeRef> bodies(GraphQLContext context) {
        return all(context, Kind.BODY);
    }

    @QueryMapping
    List<NodeRef> roles(GraphQLContext context) {
        return all(context, Kind.ROLE);
    }

    @QueryMapping
    List<NodeRef> informationTypes(GraphQLContext context) {
        return all(context, Kind.INFORMATION_TYPE);
    }

    @QueryMapping
    List<NodeRef> systems(GraphQLContext context) {
        return all(context, Kind.SYSTEM);
    }

    @QueryMapping
    List<NodeRef> infrastructure(GraphQLContext context) {
        return all(context, Kind.INFRASTRUCTURE);
    }

    @QueryMapping
    List<NodeRef> risks(GraphQLContext context) {
        return all(context, Kind.RISK);
    }

    @QueryMapping
    List<NodeRef> riskAnalyses(GraphQLContext context) {
        return all(context, Kind.RISK_ANALYSIS);
    }

    @QueryMapping
    List<NodeRef> documents(GraphQLContext context) {
        return all(context, Kind.DOCUMENT);
    }

    @QueryMapping
    List<NodeRef> agreements(GraphQLContext context) {
        return all(context, Kind.AGREEMENT);
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

    /** Who is responsible for a node, one entry per RESPONSIBLE_FOR edge (for a role: what it is responsible for). */
    @SchemaMapping(typeName = "Role", field = "responsibilities")
    List<Map<String, Object>> roleResponsibilities(NodeRef role, GraphQLContext context) {
        return responsibilityEntries(RequestProjection.of(context, projections), role, true);
    }

    @SchemaMapping(typeName = "System", field = "responsibilities")
    List<Map<String, Object>> systemResponsibilities(NodeRef node, GraphQLContext context) {
        return responsibilityEntries(RequestProjection.of(context, projections), node, false);
    }

    @SchemaMapping(typeName = "Infrastructure", field = "responsibilities")
    List<Map<String, Object>> infrastructureResponsibilities(NodeRef node, GraphQLContext context) {
        return responsibilityEntries(RequestProjection.of(context, projections), node, false);
    }

    @SchemaMapping(typeName = "InformationType", field = "responsibilities")
    List<Map<String, Object>> informationTypeResponsibilities(NodeRef node, GraphQLContext context) {
        return responsibilityEntries(RequestProjection.of(context, projections), node, false);
    }

    /** Responsibility entries of a node (incoming) or of a role (outgoing). */
    static List<Map<String, Object>> responsibilityEntries(Projection p, NodeRef ref, boolean ofRole) {
        int node = p.indexOf(ref.id());
        if (node < 0) {
            return List.of();
        }
        Adjacency edges = ofRole ? p.out(Rel.RESPONSIBLE_FOR) : p.in(Rel.RESPONSIBLE_FOR);
        List<Map<String, Object>> result = new ArrayList<>();
        for (int e = edges.start(node); e < edges.end(node); e++) {
            int role = ofRole ? node : edges.target(e);
            int target = ofRole ? edges.target(e) : node;
            Adjacency org = p.out(Rel.IN);
            Map<String, Object> entry = new HashMap<>();
            entry.put("role", NodeRef.of(p, role));
            entry.put("aspect", Aspect.values()[edges.tag(e)].name());
            entry.put("organisation", org.degree(role) == 0 ? null : NodeRef.of(p, org.target(org.start(role))));
            entry.put("vacant", p.isVacant(role));
            entry.put("target", NodeRef.of(p, target));
            result.add(entry);
        }
        return result;
    }

    private List<NodeRef> all(GraphQLContext context, Kind kind) {
        Projection p = RequestProjection.of(context, projections);
        List<NodeRef> result = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i) == kind) {
                result.add(NodeRef.of(p, i));
            }
        }
        return result;
    }
}
