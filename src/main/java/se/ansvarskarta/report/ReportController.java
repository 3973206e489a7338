package se.ansvarskarta.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** GraphQL {@code report(name, asOf)} and {@code reports}. */
@Controller
class ReportController {

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final MessageSource messages;

    ReportController(ReportCatalog catalog, ReportRunner runner, MessageSource messages) {
        this.catalog = catalog;
        this.runner = runner;
        this.messages = messages;
    }

    @QueryMapping
    Report report(@Argument String name, @Argument LocalDate asOf) {
        return runner.run(name, asOf);
    }

    @QueryMapping
    List<ReportInfo> reports(Locale locale) {
        return catalog.all().stream().map(r -> ReportInfo.of(r, locale)).toList();
    }

    @GraphQlExceptionHandler
    GraphQLError unknown(UnknownReportException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, messages.getMessage("report.unknown", new Object[] {e.name()},
                env.getLocale()));
    }

    @GraphQlExceptionHandler
    GraphQLError failed(ReportFailedException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.INTERNAL_ERROR, messages.getMessage("report.failed",
                new Object[] {e.name(), e.reason()}, env.getLocale()));
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphQLError.newError().errorType(type).message(message)
                .path(env.getExecutionStepInfo().getPath()).location(env.getField().getSourceLocation()).build();
    }
}
