package se.ansvarskarta.api;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;

import se.ansvarskarta.graph.ModelSwitchingException;

/** Domain exceptions become GraphQL errors with a classification; nothing else reaches a client. */
@ControllerAdvice
class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    private final MessageSource messages;

    GraphQlErrors(MessageSource messages) {
        this.messages = messages;
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, e.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError badRequest(BadRequestException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, e.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError forbidden(AccessDeniedException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.FORBIDDEN, "Not allowed for your role");
    }

    @GraphQlExceptionHandler
    GraphQLError switching(ModelSwitchingException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.INTERNAL_ERROR,
                messages.getMessage("model.switching", null, LocaleContextHolder.getLocale()));
    }

    @GraphQlExceptionHandler
    GraphQLError internal(RuntimeException e, DataFetchingEnvironment env) {
        log.error("GraphQL field {} failed", env.getField().getName(), e);
        return error(env, ErrorType.INTERNAL_ERROR, "Internal error; see the server log");
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphQLError.newError().errorType(type).message(message)
                .path(env.getExecutionStepInfo().getPath()).location(env.getField().getSourceLocation()).build();
    }
}
