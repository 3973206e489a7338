package se.ansvarskarta.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResolveType;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ValueUnboxer;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.LightDataFetcher;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * graphql-java's query execution, with one shortcut: a list whose whole selection is read by light data fetchers
 * (values of the objects themselves: record components, {@code NodeRef} ids and names, no arguments, no data
 * loader, no database) is completed in one walk over its items, without the per-field machinery of the engine
 * (parameters, paths, step infos, environments, futures per field). The whole-model answers are such lists:
 * {@code boundaries} on the national model is 209,298 objects and 2.5 million fields, which the engine took 3–5 s
 * to execute on a 2-core machine while the analysis itself takes 0.1 s. The walk writes the list as JSON while it goes
 * ({@link RenderedJson}) instead of building a result object per item: a million objects alive until the answer is
 * written were what the garbage collector spent its time on.
 * <p>
 * The answer is the same, byte for byte, as the engine's ({@code LightListExecutionTest} sends the contract's and
 * the explorer's selections, fragments, aliases, directives and errors through both): the selection of each
 * object type is collected by graphql-java's own {@link FieldCollector} (fragments, aliases,
 * {@code @skip}/{@code @include} with variables), the values come from the same data fetchers,
 * scalars and enums are serialised by the schema's own coercing, abstract types are resolved by the schema's type
 * resolvers through graphql-java's {@link ResolveType}. Whatever this walk does not handle it does not guess at:
 * a field with arguments, a fetcher that is not light or that asks for its environment, an asynchronous or
 * wrapped value, a null in a non-null position (which the engine turns into an error and a null parent), an
 * exception, a limit on result nodes, incremental delivery, an instrumentation other than {@link QueryLimits}
 * (which instruments no field) — any of these hands the whole list back to the engine, which completes it from
 * the start. The fetchers in such a list read values and have no side effects, so reading some twice changes
 * nothing.
 * <p>
 * A type resolver called for an item of such a list sees the list field's step info and selection, not the
 * item's (the schema's only resolver, {@code Node}'s, reads the object alone).
 */
final class LightListExecutionStrategy extends AsyncExecutionStrategy {

    private static final ResolveType RESOLVE_TYPE = new ResolveType();
    private static final FieldCollector FIELDS = new FieldCollector();
    /** Writes the lists: the generator Jackson's default mapper uses for an answer (UTF-8, compact). */
    private static final JsonFactory JSON = new JsonFactory();

    /** Thrown, without a stack, when a list is not for this walk; the engine then completes the list. */
    private static final class NotLight extends RuntimeException {
        NotLight() {
            super(null, null, false, false);
        }
    }

    private static final NotLight NOT_LIGHT = new NotLight();

    /** For the fetchers of a light list: asking for the environment means the field is not light after all. */
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw NOT_LIGHT;
    };

    private volatile boolean enabled = true;
    private final LongAdder completed = new LongAdder();

    LightListExecutionStrategy(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    /** Off: every list goes through the engine (to compare both in tests). */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** How many lists the shortcut has completed since start. */
    long lightLists() {
        return completed.sum();
    }

    @Override
    protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
                                                  Iterable<Object> values) {
        if (enabled && applies(context)) {
            GraphQLType elementType =
                    ((GraphQLList) parameters.getExecutionStepInfo().getUnwrappedNonNullType()).getWrappedType();
            try {
                RenderedJson items = new Walk(context, parameters).render(elementType, parameters.getField(), values);
                completed.increment();
                return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, items, List.of());
            } catch (NotLight notLight) {
                // the engine completes it
            }
        }
        return super.completeValueForList(context, parameters, values);
    }

    private static boolean applies(ExecutionContext context) {
        return context.getInstrumentation() instanceof QueryLimits
                && !context.hasIncrementalSupport()
                && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null;
    }

    /** The fields selected on one object type under one field: the response keys in order, and how to read each. */
    private record Selection(String[] keys, Selected[] fields) {
    }

    /** One field of an object type's selection, resolved once per list. */
    private record Selected(MergedField field, GraphQLFieldDefinition definition, LightDataFetcher<?> fetcher,
                            boolean typename) {
    }

    /** The completion of one list: the selections per (field, object type) are collected once for all items. */
    private static final class Walk {

        private final ExecutionContext context;
        private final ExecutionStrategyParameters parameters;
        private final GraphQLSchema schema;
        private final GraphQLContext graphQlContext;
        private final Locale locale;
        private final ValueUnboxer unboxer;
        private final Map<MergedField, Map<GraphQLObjectType, Selection>> selections = new HashMap<>();

        Walk(ExecutionContext context, ExecutionStrategyParameters parameters) {
            this.context = context;
            this.parameters = parameters;
            this.schema = context.getGraphQLSchema();
            this.graphQlContext = context.getGraphQLContext();
            this.locale = context.getLocale();
            this.unboxer = context.getValueUnboxer();
        }

        /** The list, written as JSON while it is walked. */
        RenderedJson render(GraphQLType elementType, MergedField field, Object values) {
            RenderedJson.Output out = new RenderedJson.Output();
            try (JsonGenerator json = JSON.createGenerator(out)) {
                list(json, elementType, field, values);
            }
            return out.rendered();
        }

        private void list(JsonGenerator json, GraphQLType elementType, MergedField field, Object values) {
            if (!(values instanceof Iterable<?> items)) {
                throw NOT_LIGHT; // arrays and other shapes: the engine's conversions
            }
            json.writeStartArray();
            for (Object item : items) {
                value(json, elementType, field, item);
            }
            json.writeEndArray();
        }

        private void value(JsonGenerator json, GraphQLType type, MergedField field, Object fetched) {
            Object value = unboxer.unbox(fetched);
            if (value instanceof DataFetcherResult<?> || value instanceof CompletionStage<?>) {
                throw NOT_LIGHT;
            }
            GraphQLType unwrapped = type;
            if (type instanceof GraphQLNonNull nonNull) {
                if (value == null) {
                    throw NOT_LIGHT;
                }
                unwrapped = nonNull.getWrappedType();
            }
            if (value == null) {
                json.writeNull();
                return;
            }
            try {
                if (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType) {
                    Object serialized = unwrapped instanceof GraphQLScalarType scalar
                            ? scalar.getCoercing().serialize(value, graphQlContext, locale)
                            : ((GraphQLEnumType) unwrapped).serialize(value, graphQlContext, locale);
                    if (serialized == null && type instanceof GraphQLNonNull) {
                        throw NOT_LIGHT; // serialised to null where null is not allowed: the engine's error
                    }
                    scalar(json, serialized);
                    return;
                }
                if (unwrapped instanceof GraphQLList list) {
                    list(json, list.getWrappedType(), field, value);
                    return;
                }
                GraphQLObjectType objectType = unwrapped instanceof GraphQLObjectType object ? object
                        : RESOLVE_TYPE.resolveType(context, field, value, parameters.getExecutionStepInfo(), unwrapped,
                        parameters.getLocalContext());
                object(json, objectType, selection(field, objectType), value);
            } catch (NotLight notLight) {
                throw notLight;
            } catch (RuntimeException problem) {
                throw NOT_LIGHT; // the engine reports it where it belongs
            }
        }

        /** A serialised scalar or enum, as Jackson writes the same value in the engine's answer. */
        private static void scalar(JsonGenerator json, Object value) {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof String text) {
                json.writeString(text);
            } else if (value instanceof Boolean bool) {
                json.writeBoolean(bool);
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof Double number) {
                json.writeNumber(number);
            } else {
                throw NOT_LIGHT; // another representation: the engine and Jackson's own serializers
            }
        }

        private void object(JsonGenerator json, GraphQLObjectType type, Selection selection, Object source) {
            Selected[] fields = selection.fields();
            String[] keys = selection.keys();
            json.writeStartObject();
            for (int i = 0; i < fields.length; i++) {
                Selected s = fields[i];
                json.writeName(keys[i]);
                if (s.typename()) {
                    json.writeString(type.getName());
                    continue;
                }
                Object fetched;
                try {
                    fetched = s.fetcher().get(s.definition(), source, NO_ENVIRONMENT);
                } catch (NotLight notLight) {
                    throw notLight;
                } catch (Exception problem) {
                    throw NOT_LIGHT;
                }
                value(json, s.definition().getType(), s.field(), fetched);
            }
            json.writeEndObject();
        }

        /** The fields selected on an object of this type under this field, or not light. */
        private Selection selection(MergedField field, GraphQLObjectType type) {
            Map<GraphQLObjectType, Selection> byType = selections.computeIfAbsent(field, f -> new HashMap<>(4));
            Selection selection = byType.get(type);
            if (selection == null) {
                selection = collect(field, type);
                byType.put(type, selection);
            }
            return selection;
        }

        private Selection collect(MergedField field, GraphQLObjectType type) {
            MergedSelectionSet set = FIELDS.collectFields(FieldCollectorParameters.newParameters()
                    .schema(schema)
                    .objectType(type)
                    .fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap())
                    .graphQLContext(graphQlContext)
                    .build(), field);
            List<String> keys = set.getKeys();
            Selected[] selection = new Selected[keys.size()];
            for (int i = 0; i < selection.length; i++) {
                MergedField sub = set.getSubField(keys.get(i));
                for (Field f : sub.getFields()) {
                    if (!f.getArguments().isEmpty()) {
                        throw NOT_LIGHT;
                    }
                }
                if (Introspection.TypeNameMetaFieldDef.getName().equals(sub.getName())) {
                    selection[i] = new Selected(sub, null, null, true);
                    continue;
                }
                GraphQLFieldDefinition definition = Introspection.getFieldDefinition(schema, type, sub.getName());
                DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(type, definition);
                if (!(fetcher instanceof LightDataFetcher<?> light)) {
                    throw NOT_LIGHT;
                }
                selection[i] = new Selected(sub, definition, light, false);
            }
            return new Selection(keys.toArray(String[]::new), selection);
        }
    }
}
