package se.ansvarskarta.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.BadRequestException;
import se.ansvarskarta.api.Nodes;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.projection.Closure;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** {@code impact}, {@code dependencies} and {@code dependents}, answered from the request's projection. */
@Controller
class ImpactController {

    static final int MAX_FAILED = 1_000;

    private final ProjectionService projections;

    ImpactController(ProjectionService projections) {
        this.projections = projections;
    }

    /** The answer to {@code impact}. */
    record ImpactAnswer(List<ImpactedNode> down, List<AffectedOrganisation> organisations) {
    }

    /** One down node. */
    record ImpactedNode(NodeRef node, int depth, List<String> path) {
    }

    /** An organisation hit by the failure. */
    record AffectedOrganisation(NodeRef organisation, List<NodeRef> systems) {
    }

    @QueryMapping
    ImpactAnswer impact(@Argument List<String> failed, GraphQLContext context) {
        if (failed.size() > MAX_FAILED) {
            throw new BadRequestException("At most " + MAX_FAILED + " failed nodes at once, not " + failed.size());
        }
        Projection p = RequestProjection.of(context, projections);
        int[] nodes = new LinkedHashSet<>(failed).stream().mapToInt(id -> Nodes.require(p, id)).toArray();
        Impact impact = Impact.of(p, nodes);
        int[] down = impact.down();
        List<ImpactedNode> downNodes = new ArrayList<>(down.length);
        for (int v : down) {
            downNodes.add(new ImpactedNode(NodeRef.of(p, v), impact.depth(v), Nodes.ids(p, impact.path(v))));
        }
        List<AffectedOrganisation> organisations = new ArrayList<>();
        impact.organisations().forEach((org, systems) ->
                organisations.add(new AffectedOrganisation(NodeRef.of(p, org), Nodes.refs(p, systems))));
        return new ImpactAnswer(downNodes, organisations);
    }

    @QueryMapping
    List<NodeRef> dependencies(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        return Nodes.refs(p, Closure.dependencies(p, Nodes.require(p, id)));
    }

    @QueryMapping
    List<NodeRef> dependents(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        return Nodes.refs(p, Closure.dependents(p, Nodes.require(p, id)));
    }
}
