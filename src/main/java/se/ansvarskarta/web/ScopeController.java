package se.ansvarskarta.web;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.Nodes;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Closure;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/**
 * What the explorer's gap overview (Brister) counts as an organisation's infrastructure: what the systems it uses
 * need, directly or through others, and what its roles are responsible for. One search over the projection per
 * organisation, instead of a dependency closure per system sent to the browser (which a national model's 45,000
 * systems do not fit in one request).
 */
@Controller
class ScopeController {

    private final ProjectionService projections;

    ScopeController(ProjectionService projections) {
        this.projections = projections;
    }

    @QueryMapping
    List<String> infrastructureOf(@Argument String organisation, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int org = Nodes.require(p, organisation);
        Adjacency users = p.in(Rel.USED_BY);
        int[] systems = new int[users.degree(org)];
        for (int e = users.start(org), i = 0; e < users.end(org); e++, i++) {
            systems[i] = users.target(e);
        }
        // what the answer holds, not a pass over the whole model: this runs once per organisation of a national model
        java.util.TreeSet<Integer> mine = new java.util.TreeSet<>();
        for (int node : Closure.dependencies(p, systems)) {
            if (p.kind(node) == Kind.INFRASTRUCTURE) {
                mine.add(node);
            }
        }
        Adjacency roles = p.in(Rel.IN);
        Adjacency duties = p.out(Rel.RESPONSIBLE_FOR);
        for (int e = roles.start(org); e < roles.end(org); e++) {
            int role = roles.target(e);
            for (int d = duties.start(role); d < duties.end(role); d++) {
                if (p.kind(duties.target(d)) == Kind.INFRASTRUCTURE) {
                    mine.add(duties.target(d));
                }
            }
        }
        List<String> ids = new ArrayList<>(mine.size());
        for (int node : mine) {
            ids.add(p.id(node));
        }
        return ids;
    }
}
