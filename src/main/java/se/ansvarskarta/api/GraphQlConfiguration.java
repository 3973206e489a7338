package se.ansvarskarta.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLObjectType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${ansvarskarta.graphql.max-depth:15}") int depth) {
        return new MaxQueryDepthInstrumentation(depth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(
            @Value("${ansvarskarta.graphql.max-complexity:5000}") int complexity) {
        return new MaxQueryComplexityInstrumentation(complexity);
    }
}
