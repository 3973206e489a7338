package se.ansvarskarta.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.NotFoundException;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import se.ansvarskarta.responsibility.Responsibilities;

/**
 * {@code neighbourhood}: the part of the graph the explorer draws, found breadth-first from the nodes it starts or
 * expands from, so that a model with thousands of nodes is never drawn at once.
 */
@Controller
class NeighbourhoodController {

    private static final int MAX_NODES = 1000;

    private final ProjectionService projections;

    NeighbourhoodController(ProjectionService projections) {
        this.projections = projections;
    }

    @QueryMapping
    Map<String, Object> neighbourhood(@Argument List<String> ids, @Argument Integer depth, @Argument Integer first,
                                      @Argument List<String> known, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int limit = Math.max(1, Math.min(first == null ? 150 : first, MAX_NODES));
        int steps = Math.max(0, Math.min(depth == null ? 1 : depth, 5));
        LinkedHashMap<Integer, Integer> found = new LinkedHashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (String id : ids.isEmpty() ? defaultStart(p) : ids) {
            int node = p.indexOf(id);
            if (node < 0) {
                throw new NotFoundException(id);
            }
            if (found.size() < limit && found.putIfAbsent(node, 0) == null) {
                queue.add(node);
            }
        }
        boolean truncated = false;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            int distance = found.get(node);
            if (distance == steps) {
                continue;
            }
            for (int next : neighbours(p, node)) {
                if (found.containsKey(next)) {
                    continue;
                }
                if (found.size() >= limit) {
                    truncated = true;
                    break;
                }
                found.put(next, distance + 1);
                queue.add(next);
            }
        }
        Set<Integer> slice = found.keySet();
        Set<Integer> shown = new LinkedHashSet<>(slice);
        if (known != null) {
            for (String id : known) {
                int node = p.indexOf(id);
                if (node >= 0) {
                    shown.add(node);
                }
            }
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int node : slice) {
            Map<String, Object> n = new HashMap<>();
            n.put("node", NodeRef.of(p, node));
            n.put("owners", owners(p, node).stream().map(o -> NodeRef.of(p, o)).toList());
            n.put("organisations", organisations(p, node).stream().map(p::id).toList());
            n.put("degree", neighbours(p, node).size());
            nodes.add(n);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int node : shown) {
            for (Rel rel : Rel.values()) {
                Adjacency out = p.out(rel);
                for (int e = out.start(node); e < out.end(node); e++) {
                    int target = out.target(e);
                    if (shown.contains(target) && (slice.contains(node) || slice.contains(target))) {
                        Map<String, Object> edge = new HashMap<>();
                        edge.put("source", p.id(node));
                        edge.put("target", p.id(target));
                        edge.put("type", rel.name());
                        edge.put("aspect", rel == Rel.RESPONSIBLE_FOR ? Aspect.values()[out.tag(e)].name() : null);
                        edges.add(edge);
                    }
                }
            }
        }
        return Map.of("nodes", nodes, "edges", edges, "truncated", truncated);
    }

    /** Where the explorer starts when it is given no node: the federations, else the first organisation. */
    private static List<String> defaultStart(Projection p) {
        List<String> federations = new ArrayList<>();
        String first = null;
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i) == Kind.ORGANISATION) {
                first = first == null ? p.id(i) : first;
                if ("federation".equals(p.type(i))) {
                    federations.add(p.id(i));
                }
            }
        }
        return !federations.isEmpty() ? federations : first == null ? List.of() : List.of(first);
    }

    /** Every node one edge away, in either direction, in relationship order. */
    private static Set<Integer> neighbours(Projection p, int node) {
        Set<Integer> result = new LinkedHashSet<>();
        for (Rel rel : Rel.values()) {
            for (Adjacency edges : List.of(p.out(rel), p.in(rel))) {
                for (int e = edges.start(node); e < edges.end(node); e++) {
                    if (edges.target(e) != node) {
                        result.add(edges.target(e));
                    }
                }
            }
        }
        return result;
    }

    /** The responsible organisations of a node (see the schema's {@code GraphNode.owners}). */
    static Set<Integer> owners(Projection p, int node) {
        Set<Integer> result = new LinkedHashSet<>();
        switch (p.kind(node)) {
            case ORGANISATION -> result.add(node);
            case ROLE -> addAll(result, p.out(Rel.IN), node);
            case BODY -> addAll(result, p.out(Rel.PART_OF), node);
            case SYSTEM, INFRASTRUCTURE, INFORMATION_TYPE -> {
                for (Responsibilities.Entry entry : Responsibilities.of(p, node)) {
                    if (entry.aspect() == Aspect.OWNER && entry.organisation() >= 0) {
                        result.add(entry.organisation());
                    }
                }
            }
            case RISK -> rolesOrganisations(p, p.in(Rel.OWNS_RISK), node, result);
            case RISK_ANALYSIS -> rolesOrganisations(p, p.out(Rel.PERFORMED_BY), node, result);
            case DOCUMENT -> {
                Adjacency adopted = p.in(Rel.ADOPTED);
                for (int e = adopted.start(node); e < adopted.end(node); e++) {
                    addAll(result, p.out(Rel.PART_OF), adopted.target(e));
                }
            }
            case AGREEMENT -> {
                // An agreement has parties, not an owner.
            }
        }
        return result;
    }

    /** Owners, and every organisation directly related to the node or through the roles responsible for it. */
    private static Set<Integer> organisations(Projection p, int node) {
        Set<Integer> result = new LinkedHashSet<>(owners(p, node));
        if (p.kind(node) == Kind.ORGANISATION) {
            addAll(result, p.out(Rel.MEMBER_OF), node);
            addAll(result, p.in(Rel.MEMBER_OF), node);
        }
        addAll(result, p.out(Rel.USED_BY), node);
        addAll(result, p.out(Rel.SUPPLIED_BY), node);
        addAll(result, p.out(Rel.PARTY), node);
        rolesOrganisations(p, p.in(Rel.RESPONSIBLE_FOR), node, result);
        if (p.kind(node) == Kind.INFORMATION_TYPE) {
            Adjacency processedBy = p.in(Rel.PROCESSES);
            for (int e = processedBy.start(node); e < processedBy.end(node); e++) {
                addAll(result, p.out(Rel.USED_BY), processedBy.target(e));
            }
        }
        return result;
    }

    private static void rolesOrganisations(Projection p, Adjacency roles, int node, Set<Integer> result) {
        for (int e = roles.start(node); e < roles.end(node); e++) {
            addAll(result, p.out(Rel.IN), roles.target(e));
        }
    }

    private static void addAll(Set<Integer> result, Adjacency edges, int node) {
        for (int e = edges.start(node); e < edges.end(node); e++) {
            result.add(edges.target(e));
        }
    }
}
