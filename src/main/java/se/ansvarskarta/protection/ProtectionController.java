package se.ansvarskarta.protection;

import java.util.List;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import se.ansvarskarta.api.Nodes;
import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** {@code protectionNeed}, answered from the request's projection. */
@Controller
class ProtectionController {

    private final ProjectionService projections;

    ProtectionController(ProjectionService projections) {
        this.projections = projections;
    }

    /** The answer to {@code protectionNeed}. */
    record Need(NodeRef node, NeedLevel confidentiality, NeedLevel integrity, NeedLevel availability,
                NeedLevel traceability, boolean underClassified) {
    }

    /** A level with its label and the node declaring it. */
    record NeedLevel(int level, String label, NodeRef source, List<NodeRef> raisedBy) {
    }

    @QueryMapping
    Need protectionNeed(@Argument String id, GraphQLContext context) {
        Projection p = RequestProjection.of(context, projections);
        int node = Nodes.require(p, id);
        ProtectionNeed need = ProtectionNeed.of(p, node);
        return new Need(NodeRef.of(p, node), level(p, need, ClassificationAspect.CONFIDENTIALITY),
                level(p, need, ClassificationAspect.INTEGRITY), level(p, need, ClassificationAspect.AVAILABILITY),
                level(p, need, ClassificationAspect.TRACEABILITY), need.underClassified());
    }

    private static NeedLevel level(Projection p, ProtectionNeed need, ClassificationAspect aspect) {
        int level = need.level(aspect);
        if (level == ProtectionNeed.NONE) {
            return null;
        }
        return new NeedLevel(level, p.settings().label(level), NodeRef.of(p, need.source(aspect)),
                Nodes.refs(p, need.raisedBy(aspect)));
    }
}
