package se.ansvarskarta.api;

import java.util.List;

import graphql.GraphQLError;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A {@code Date} argument that is not a date (a literal or a variable) is the client's mistake: graphql-java reports
 * it as a validation error, this answers it with classification BAD_REQUEST like every other bad argument.
 */
@Component
class BadDateErrors implements WebGraphQlInterceptor {

    private static final List<String> DATE_MESSAGES = List.of(DateScalar.NOT_A_DATE, DateScalar.NOT_A_VALID_DATE,
            DateScalar.NOT_A_STRING);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().stream().noneMatch(BadDateErrors::badDate)) {
                return response;
            }
            List<GraphQLError> errors = response.getErrors().stream().map(BadDateErrors::reclassified).toList();
            return response.transform(builder -> builder.errors(errors));
        });
    }

    private static boolean badDate(ResponseError error) {
        String message = error.getMessage();
        return message != null && DATE_MESSAGES.stream().anyMatch(message::contains);
    }

    private static GraphQLError reclassified(ResponseError error) {
        var builder = GraphQLError.newError().message(error.getMessage()).locations(error.getLocations())
                .errorType(badDate(error) ? ErrorType.BAD_REQUEST : error.getErrorType());
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }
}
