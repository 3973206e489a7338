package se.ansvarskarta.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;

/** One projection per GraphQL request, so all fields of an answer come from the same model version. */
public final class RequestProjection {

    private static final String KEY = RequestProjection.class.getName();

    private RequestProjection() {
    }

    public static Projection of(DataFetchingEnvironment env, ProjectionService projections) {
        return of(env.getGraphQlContext(), projections);
    }

    public static Projection of(GraphQLContext context, ProjectionService projections) {
        Projection p = context.get(KEY);
        if (p == null) {
            p = projections.current();
            context.put(KEY, p);
        }
        return p;
    }
}
