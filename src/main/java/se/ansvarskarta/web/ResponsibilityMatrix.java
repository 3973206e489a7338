package se.ansvarskarta.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import se.ansvarskarta.api.NotFoundException;
import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import se.ansvarskarta.responsibility.Gaps;
import se.ansvarskarta.responsibility.Responsibilities;

/**
 * The responsibility matrix (gränsdragningslista): every system and infrastructure node × the four responsibility
 * aspects, each cell the organisations and roles holding it, with the gap or conflict of that cell (PRODUCT.md 6).
 * One computation serves the explorer's table and both exports.
 */
@Service
class ResponsibilityMatrix {

    /** One role holding an aspect. */
    record Holder(String organisationId, String organisation, String roleId, String role, boolean vacant) {
    }

    record Cell(List<Holder> holders, Gaps.Problem problem) {
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
        // The gaps analysis marks the cells; a conflict wins over a vacancy of the same owner aspect.
        Map<Integer, Map<Aspect, Gaps.Problem>> gaps = new HashMap<>();
        for (Gaps.Gap gap : Gaps.of(p)) {
            gaps.computeIfAbsent(gap.node(), n -> new EnumMap<>(Aspect.class))
                    .merge(gap.aspect(), gap.problem(), (a, b) -> a == Gaps.Problem.CONFLICT ? a : b);
        }
        List<Row> rows = new ArrayList<>();
        for (int node : nodes) {
            Row row = row(p, node, gaps);
            if (org < 0 || involves(p, node, org, row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Row row(Projection p, int node, Map<Integer, Map<Aspect, Gaps.Problem>> gaps) {
        Map<Aspect, List<Holder>> held = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            held.put(aspect, new ArrayList<>());
        }
        for (Responsibilities.Entry entry : Responsibilities.of(p, node)) {
            int org = entry.organisation();
            held.get(entry.aspect()).add(new Holder(org < 0 ? null : p.id(org), org < 0 ? null : p.name(org),
                    p.id(entry.role()), p.name(entry.role()), entry.vacant()));
        }
        Map<Aspect, Gaps.Problem> problems = gaps.getOrDefault(node, Map.of());
        Map<Aspect, Cell> cells = new EnumMap<>(Aspect.class);
        for (Aspect aspect : Aspect.values()) {
            cells.put(aspect, new Cell(held.get(aspect), problems.get(aspect)));
        }
        return new Row(p.id(node), p.name(node), p.kind(node).name(), cells);
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
