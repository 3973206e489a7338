package se.ansvarskarta.responsibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.BadRequestException;
import se.ansvarskarta.api.Nodes;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** {@code responsibilities}, {@code gaps} and {@code boundaries}, answered from the request's projection. */
@Controller
class ResponsibilityController {

    private final ProjectionService projections;

    ResponsibilityController(ProjectionService projections) {
        this.projections = projections;
    }

    /** A responsibility as the schema's {@code Responsibility} type. */
    record ResponsibilityView(NodeRef role, String aspect, NodeRef organisation, boolean vacant, NodeRef target) {
    }

    /** A gap as the schema's {@code Gap} type. */
    record GapView(NodeRef node, String aspect, String problem, List<NodeRef> roles) {
    }

    /** A boundary as the schema's {@code Boundary} type. */
    record BoundaryView(String kind, NodeRef node, NodeRef dependsOn, List<NodeRef> organisations, boolean covered,
                        List<NodeRef> agreements) {
    }

    @QueryMapping
    List<ResponsibilityView> responsibilities(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        List<ResponsibilityView> result = new ArrayList<>();
        for (Responsibilities.Entry e : Responsibilities.of(p, Nodes.require(p, id))) {
            result.add(new ResponsibilityView(NodeRef.of(p, e.role()), e.aspect().name(),
                    e.organisation() < 0 ? null : NodeRef.of(p, e.organisation()), e.vacant(),
                    NodeRef.of(p, e.target())));
        }
        return result;
    }

    @QueryMapping
    List<GapView> gaps(GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        List<Gaps.Gap> gaps = Gaps.of(p);
        List<GapView> result = new ArrayList<>(gaps.size());
        for (Gaps.Gap g : gaps) {
            result.add(new GapView(NodeRef.of(p, g.node()), g.aspect().name(), g.problem().name(),
                    Nodes.refs(p, g.roles())));
        }
        return result;
    }

    @QueryMapping
    List<BoundaryView> boundaries(@Argument String organisation, @Argument LocalDate asOf, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int org = -1;
        if (organisation != null) {
            org = Nodes.require(p, organisation);
            if (p.kind(org) != Kind.ORGANISATION) {
                throw new BadRequestException("'" + organisation + "' is not an organisation");
            }
        }
        List<Boundaries.Boundary> boundaries = Boundaries.of(p, asOf == null ? LocalDate.now() : asOf, org);
        List<BoundaryView> result = new ArrayList<>(boundaries.size());
        for (Boundaries.Boundary b : boundaries) {
            result.add(new BoundaryView(b.kind().name(), NodeRef.of(p, b.node()),
                    b.dependsOn() < 0 ? null : NodeRef.of(p, b.dependsOn()), Nodes.refs(p, b.organisations()),
                    b.covered(), Nodes.refs(p, b.agreements())));
        }
        return result;
    }
}
