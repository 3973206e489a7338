package se.ansvarskarta.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * graphql-java's maximum query depth and complexity as one instrumentation that acts once per operation. Two
 * instrumentations would be chained, and a chain is called for every field of every answer (a whole-model answer
 * has millions); this one only forwards the operation-level calls the two checks use.
 *
 * <p>An operation that passed both checks is not checked again when the same text comes back (scripts send the
 * same few queries with other variables): the depth and the complexity of a document depend on its text only, unless
 * it uses directives ({@code @include(if: $x)} can change both with the variables), so those are checked every
 * time. The checks walk the whole document; for a small query they cost about as much as answering it.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final List<Instrumentation> checks;
    private final Set<String> passed = ConcurrentHashMap.newKeySet();

    QueryLimits(int maxDepth, int maxComplexity) {
        this.checks = List.of(new MaxQueryDepthInstrumentation(maxDepth),
                new MaxQueryComplexityInstrumentation(maxComplexity));
    }

    private record States(List<InstrumentationState> states) implements InstrumentationState {
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        List<InstrumentationState> states = new ArrayList<>(checks.size());
        for (Instrumentation check : checks) {
            CompletableFuture<InstrumentationState> state = check.createStateAsync(parameters);
            states.add(state == null ? null : state.join());
        }
        return CompletableFuture.completedFuture(new States(states));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).beginValidation(parameters, ((States) state).states().get(i));
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        String key = passedKey(parameters.getExecutionContext().getExecutionInput());
        if (key != null && passed.contains(key)) {
            return SimpleInstrumentationContext.noOp();
        }
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).beginExecuteOperation(parameters, ((States) state).states().get(i)); // throws when exceeded
        }
        if (key != null && passed.size() < GraphQlConfiguration.CACHED_QUERIES) {
            passed.add(key);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The key under which a passed operation is remembered, or null when it must be checked every time. */
    private static String passedKey(ExecutionInput input) {
        String query = input.getQuery();
        if (query.length() > GraphQlConfiguration.CACHED_QUERY_LENGTH || query.indexOf('@') >= 0) {
            return null;
        }
        String operation = input.getOperationName();
        return operation == null ? query : operation + '\n' + query;
    }
}
