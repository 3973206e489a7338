package se.ansvarskarta.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final List<Instrumentation> checks;

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
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).beginExecuteOperation(parameters, ((States) state).states().get(i));
        }
        return SimpleInstrumentationContext.noOp();
    }
}
