package se.ansvarskarta.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLObjectType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import se.ansvarskarta.projection.NodeRef;

/** The Date scalar, the Node type resolver, and the limits that keep one request from taking the server down. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer coreWiring() {
        return wiring -> wiring
                .scalar(DateScalar.DATE)
                .type("Node", type -> type.typeResolver(env -> {
                    NodeRef node = env.getObject();
                    return (GraphQLObjectType) env.getSchema().getType(node.kind().label());
                }));
    }

    /** How many distinct queries the caches of parsed documents and of passed limits keep. */
    static final int CACHED_QUERIES = 500;
    /** The longest query text they keep (characters): what scripts and the explorer send is far shorter. */
    static final int CACHED_QUERY_LENGTH = 16_384;

    /**
     * graphql-java's execution with the shortcut for light lists ({@link LightListExecutionStrategy}); it reports
     * errors through the same exception resolvers, in the same order, as Spring Boot gives the default strategy.
     */
    @Bean
    LightListExecutionStrategy lightListExecution(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
        return new LightListExecutionStrategy(
                DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()));
    }

    /**
     * The maximum depth and complexity of a query ({@link QueryLimits}), and parsed and validated documents by
     * query text: scripts send the same few queries again and again, and
     * graphql-java would otherwise parse and validate each one every time. Bounded, in number and in the length of
     * a query kept (a client must not be able to pin hundreds of megabytes); documents with errors are not kept.
     */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCacheAndLimits(
            @Value("${ansvarskarta.graphql.max-depth:15}") int depth,
            @Value("${ansvarskarta.graphql.max-complexity:5000}") int complexity,
            LightListExecutionStrategy execution) {
        Map<String, PreparsedDocumentEntry> cache = new ConcurrentHashMap<>();
        PreparsedDocumentProvider provider = (input, parseAndValidate) -> {
            PreparsedDocumentEntry cached = cache.get(input.getQuery());
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
            PreparsedDocumentEntry entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && cache.size() < CACHED_QUERIES
                    && input.getQuery().length() <= CACHED_QUERY_LENGTH) {
                cache.put(input.getQuery(), entry);
            }
            return CompletableFuture.completedFuture(entry);
        };
        // Set on the engine directly, not as an Instrumentation bean: Spring would wrap even one bean in a chain,
        // whose methods are called for every field of every answer.
        QueryLimits limits = new QueryLimits(depth, complexity);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider)
                .instrumentation(limits)
                .queryExecutionStrategy(execution));
    }
}
