package se.ansvarskarta.graph;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code NEO4J_URI} the application starts its own Neo4j; with it, Boot's driver goes to that server or
 * cluster ({@code spring.neo4j.*} is bound to the {@code NEO4J_*} variables in application.yml). The embedded
 * database is also offered as a {@link LocalDatabase} for the paths that skip Bolt.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${NEO4J_URI:}'.isBlank()")
    EmbeddedNeo4j embeddedNeo4j(AnsvarskartaProperties properties) {
        return new EmbeddedNeo4j(properties.dataDir(), properties.embedded());
    }

    @Bean
    @ConditionalOnExpression("'${NEO4J_URI:}'.isBlank()")
    LocalDatabase localDatabase(EmbeddedNeo4j embedded) {
        return new LocalDatabase(embedded.database());
    }
}
