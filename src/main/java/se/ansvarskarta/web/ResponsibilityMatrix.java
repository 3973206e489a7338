package se.ansvarskarta.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import se.ansvarskarta.api.NotFoundException;
import se.ansvarskarta.catalog.CatalogController;
import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/**
 * The responsibility matrix (gränsdragningslista): every system and infrastructure node × the four responsibility
 * aspects, each cell the organisations and roles holding it, with the gap or conflict of that cell (PRODUCT.md 6).
 * One computation serves the explorer's table and both exports.
 */
@Service
class ResponsibilityMatrix {

    /** A problem of a cell, spelled as the GraphQL {@code GapProblem}. */
    enum Problem { MISSING, VACANT, CONFLICT }

    /** One role holding an aspect. */
    record Holder(String organisationId, String organisation, String roleId, String role, boolean vacant) {
    }

    record Cell(List<Holder> holders, Problem problem, boolean required) {
    }

    record Row(String id, String name, String kind, Map<Aspect, Cell> cells) {
    }

    private final ProjectionService projections;

    ResponsibilityMatrix(ProjectionService projections) {
        this.projections = projections;
    }

    /**
     * The rows, systems before infrastructure, each by name; with an organisation, only the nodes it is involved
     * in: it uses the system, supplies it, or one of its roles holds an aspect.
     */
    List<Row> rows(String organisation) {
        Projection p = projections.current();
        int org = -1;
        if (organisation != null && !organisation.isBlank()) {
            org = p.indexOf(organisation);
            if (org < 0 || p.kind(org) != Kind.ORGANISATION) {
                throw new NotFoundException(organisation);
            }
        }
        List<Integer> nodes = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i).isAsset()) {
                nodes.add(i);
            }
        }
        nodes.sort(Comparator.<Integer, Integer>comparing(i -> p.kind(i).ordinal())
                .thenComparing(i -> p.name(i) == null ? p.id(i) : p.name(i), String.CASE_INSENSITIVE_ORDER));
        List<Row> rows = new ArrayList<>();
        for (int node : nodes) {
            Row row = row(p, node);
            if (org < 0 || involves(p, node, org, row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Row row(Projection p, int node) {
        Map<Aspect, List<Holder>> held = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            held.put(aspect, new ArrayList<>());
        }
        for (Map<String, Object> entry : CatalogController.responsibilityEntries(p, NodeRef.of(p, node), false)) {
            NodeRef role = (NodeRef) entry.get("role");
            NodeRef org = (NodeRef) entry.get("organisation");
            held.get(Aspect.valueOf((String) entry.get("aspect"))).add(new Holder(
                    org == null ? null : org.id(), org == null ? null : org.name(), role.id(), role.name(),
                    (Boolean) entry.get("vacant")));
        }
        Map<Aspect, Cell> cells = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            List<Holder> holders = held.get(aspect);
            boolean required = required(p.kind(node), aspect);
            cells.put(aspect, new Cell(holders, problem(aspect, required, holders), required));
        }
        return new Row(p.id(node), p.name(node), p.kind(node).name(), cells);
    }

    /** Required aspects: System owner, manager, operations; Infrastructure owner, operations (PRODUCT.md 6). */
    static boolean required(Kind kind, Aspect aspect) {
        return switch (kind) {
            case SYSTEM -> aspect != Aspect.TECHNICAL;
            case INFRASTRUCTURE -> aspect == Aspect.OWNER || aspect == Aspect.OPERATIONS;
            case INFORMATION_TYPE -> aspect == Aspect.OWNER;
            default -> false;
        };
    }

    private static Problem problem(Aspect aspect, boolean required, List<Holder> holders) {
        if (aspect == Aspect.OWNER) {
            Set<String> orgs = new LinkedHashSet<>();
            holders.forEach(h -> orgs.add(h.organisationId()));
            if (orgs.size() > 1) {
                return Problem.CONFLICT;
            }
        }
        if (!required) {
            return null;
        }
        if (holders.isEmpty()) {
            return Problem.MISSING;
        }
        return holders.stream().allMatch(Holder::vacant) ? Problem.VACANT : null;
    }

    private static boolean involves(Projection p, int node, int org, Row row) {
        String orgId = p.id(org);
        if (contains(p.out(Rel.USED_BY), node, org) || contains(p.out(Rel.SUPPLIED_BY), node, org)) {
            return true;
        }
        return row.cells().values().stream()
                .anyMatch(c -> c.holders().stream().anyMatch(h -> orgId.equals(h.organisationId())));
    }

    private static boolean contains(Adjacency edges, int node, int target) {
        for (int e = edges.start(node); e < edges.end(node); e++) {
            if (edges.target(e) == target) {
                return true;
            }
        }
        return false;
    }
}
