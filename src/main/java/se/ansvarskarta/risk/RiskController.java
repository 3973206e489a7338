package se.ansvarskarta.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.Nodes;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** {@code riskExposure} and {@code organisationExposure}, answered from the request's projection. */
@Controller
class RiskController {

    private final ProjectionService projections;

    RiskController(ProjectionService projections) {
        this.projections = projections;
    }

    /** The answer to the exposure queries. */
    record RiskExposure(int score, String band, List<InheritedRisk> risks) {
    }

    /** One risk reached. */
    record InheritedRisk(NodeRef risk, NodeRef via, List<String> path, boolean overdue) {
    }

    @QueryMapping
    RiskExposure riskExposure(@Argument String id, @Argument LocalDate asOf, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        return answer(p, Exposure.of(p, Nodes.require(p, id)), asOf);
    }

    @QueryMapping
    RiskExposure organisationExposure(@Argument String id, @Argument LocalDate asOf, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        return answer(p, Exposure.ofOrganisation(p, Nodes.require(p, id)), asOf);
    }

    private static RiskExposure answer(Projection p, Exposure exposure, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<InheritedRisk> risks = new ArrayList<>(exposure.risks().size());
        for (Exposure.Reached r : exposure.risks()) {
            LocalDate reviewBy = p.reviewBy(r.risk());
            risks.add(new InheritedRisk(NodeRef.of(p, r.risk()), NodeRef.of(p, r.via()), Nodes.ids(p, r.path()),
                    reviewBy != null && reviewBy.isBefore(day)));
        }
        return new RiskExposure(exposure.score(), exposure.band(p), risks);
    }
}
