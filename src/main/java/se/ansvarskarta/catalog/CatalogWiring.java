package se.ansvarskarta.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.dataloader.DataLoader;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import se.ansvarskarta.api.RequestProjection;
import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields of the node types, declared as a table: relations come from the projection (no database query),
 * stored properties from one batched query per request ({@link NodeProperties}).
 */
@Component
class CatalogWiring implements RuntimeWiringConfigurer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProjectionService projections;

    CatalogWiring(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        // Query.organisations, Query.systems...: one list per kind, named like the kind's section of the model file
        wiring.type("Query", type -> {
            for (Kind kind : Kind.values()) {
                type.dataFetcher(kind.section(), env -> all(projection(env), kind));
            }
            return type;
        });
        for (Kind kind : Kind.values()) {
            // id, name and kind straight from the NodeRef, light like graphql-java's own property fetcher (no
            // reflection, no fetching environment): a whole-model answer reads them hundreds of thousands of times
            wiring.type(kind.label(), type -> type
                    .dataFetcher("id", ref(NodeRef::id))
                    .dataFetcher("name", ref(NodeRef::name))
                    .dataFetcher("kind", ref(node -> node.kind().name()))
                    .dataFetcher("description", property("description", Function.identity()))
                    .dataFetcher("tags", property("tags", v -> v == null ? List.of() : v))
                    .dataFetcher("attributes", property("attributes", CatalogWiring::attributes)));
        }
        wiring.type("Organisation", t -> t
                .dataFetcher("type", property("type", Function.identity()))
                .dataFetcher("memberOf", out(Rel.MEMBER_OF))
                .dataFetcher("members", in(Rel.MEMBER_OF))
                .dataFetcher("roles", in(Rel.IN))
                .dataFetcher("bodies", in(Rel.PART_OF))
                .dataFetcher("systems", in(Rel.USED_BY))
                .dataFetcher("supplies", in(Rel.SUPPLIED_BY))
                .dataFetcher("agreements", in(Rel.PARTY)));
        wiring.type("Body", t -> t
                .dataFetcher("type", property("type", Function.identity()))
                .dataFetcher("organisation", single(out(Rel.PART_OF)))
                .dataFetcher("members", in(Rel.SITS_ON))
                .dataFetcher("mandate", single(out(Rel.MANDATE)))
                .dataFetcher("adopted", out(Rel.ADOPTED)));
        wiring.type("Role", t -> t
                .dataFetcher("holder", property("holder", Function.identity()))
                .dataFetcher("vacant", env -> {
                    Projection p = projection(env);
                    return p.isVacant(p.indexOf(((NodeRef) env.getSource()).id()));
                })
                .dataFetcher("fte", property("fte", v -> v == null ? null : ((Number) v).doubleValue()))
                .dataFetcher("organisation", single(out(Rel.IN)))
                .dataFetcher("bodies", out(Rel.SITS_ON))
                .dataFetcher("ownedRisks", out(Rel.OWNS_RISK))
                .dataFetcher("riskAnalyses", in(Rel.PERFORMED_BY)));
        wiring.type("InformationType", t -> t
                .dataFetcher("classification", property(null, null))
                .dataFetcher("processedBy", in(Rel.PROCESSES))
                .dataFetcher("risks", in(Rel.THREATENS))
                .dataFetcher("agreements", in(Rel.COVERS))
                .dataFetcher("documents", in(Rel.GOVERNS)));
        for (String asset : List.of("System", "Infrastructure")) {
            wiring.type(asset, t -> t
                    .dataFetcher("classification", property(null, null))
                    .dataFetcher("supplier", single(out(Rel.SUPPLIED_BY)))
                    .dataFetcher("dependsOn", out(Rel.DEPENDS_ON))
                    .dataFetcher("dependedOnBy", in(Rel.DEPENDS_ON))
                    .dataFetcher("risks", in(Rel.THREATENS))
                    .dataFetcher("agreements", in(Rel.COVERS))
                    .dataFetcher("documents", in(Rel.GOVERNS))
                    .dataFetcher("riskAnalyses", in(Rel.ASSESSES)));
        }
        wiring.type("System", t -> t
                .dataFetcher("category", property("category", Function.identity()))
                .dataFetcher("usedBy", out(Rel.USED_BY))
                .dataFetcher("processes", out(Rel.PROCESSES)));
        wiring.type("Infrastructure", t -> t
                .dataFetcher("infrastructureKind", property("kind", Function.identity()))
                .dataFetcher("members", out(Rel.MEMBER))
                .dataFetcher("minAvailable", property("minAvailable", CatalogWiring::integer))
                .dataFetcher("clusters", in(Rel.MEMBER)));
        wiring.type("Risk", t -> t
                .dataFetcher("likelihood", env -> projection(env).likelihood(index(env)))
                .dataFetcher("consequence", env -> projection(env).consequence(index(env)))
                .dataFetcher("score", env -> score(projection(env), index(env)))
                .dataFetcher("band", env -> {
                    Projection p = projection(env);
                    return p.settings().band(score(p, index(env)));
                })
                .dataFetcher("status", env -> {
                    String status = projection(env).status(index(env));
                    return status == null ? "open" : status;
                })
                .dataFetcher("treatment", property("treatment", Function.identity()))
                .dataFetcher("assessed", property("assessed", Function.identity()))
                .dataFetcher("reviewBy", property("reviewBy", Function.identity()))
                .dataFetcher("targets", out(Rel.THREATENS))
                .dataFetcher("owner", single(in(Rel.OWNS_RISK))));
        wiring.type("RiskAnalysis", t -> t
                .dataFetcher("performed", property("performed", Function.identity()))
                .dataFetcher("nextReview", property("nextReview", Function.identity()))
                .dataFetcher("scope", out(Rel.ASSESSES))
                .dataFetcher("by", single(out(Rel.PERFORMED_BY))));
        wiring.type("Document", t -> t
                .dataFetcher("type", property("type", Function.identity()))
                .dataFetcher("adopted", property("adopted", Function.identity()))
                .dataFetcher("reviewBy", property("reviewBy", Function.identity()))
                .dataFetcher("status", env -> projection(env).status(index(env)))
                .dataFetcher("adoptedBy", single(in(Rel.ADOPTED)))
                .dataFetcher("governs", out(Rel.GOVERNS))
                .dataFetcher("mandateOf", in(Rel.MANDATE)));
        wiring.type("Agreement", t -> t
                .dataFetcher("type", property("type", Function.identity()))
                .dataFetcher("validFrom", property("validFrom", Function.identity()))
                .dataFetcher("validTo", property("validTo", Function.identity()))
                .dataFetcher("parties", out(Rel.PARTY))
                .dataFetcher("covers", out(Rel.COVERS)));
    }

    private static List<NodeRef> all(Projection p, Kind kind) {
        List<NodeRef> result = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            if (p.kind(i) == kind) {
                result.add(NodeRef.of(p, i));
            }
        }
        return result;
    }

    private static int score(Projection p, int node) {
        return p.likelihood(node) * p.consequence(node);
    }

    /** A field read from the NodeRef itself: trivial for graphql-java, like its own property fetcher. */
    private static LightDataFetcher<Object> ref(Function<NodeRef, Object> field) {
        return new LightDataFetcher<>() {
            @Override
            public Object get(GraphQLFieldDefinition definition, Object source,
                              Supplier<DataFetchingEnvironment> environment) {
                return field.apply((NodeRef) source);
            }

            @Override
            public Object get(DataFetchingEnvironment environment) {
                return field.apply(environment.getSource());
            }
        };
    }

    private Projection projection(DataFetchingEnvironment env) {
        return RequestProjection.of(env, projections);
    }

    private int index(DataFetchingEnvironment env) {
        return projection(env).indexOf(((NodeRef) env.getSource()).id());
    }

    private DataFetcher<List<NodeRef>> out(Rel rel) {
        return env -> neighbours(env, projection(env).out(rel));
    }

    private DataFetcher<List<NodeRef>> in(Rel rel) {
        return env -> neighbours(env, projection(env).in(rel));
    }

    private List<NodeRef> neighbours(DataFetchingEnvironment env, Adjacency edges) {
        Projection p = projection(env);
        int node = p.indexOf(((NodeRef) env.getSource()).id());
        if (node < 0) {
            return List.of();
        }
        List<NodeRef> result = new ArrayList<>(edges.degree(node));
        for (int e = edges.start(node); e < edges.end(node); e++) {
            result.add(NodeRef.of(p, edges.target(e)));
        }
        return result;
    }

    private static DataFetcher<NodeRef> single(DataFetcher<List<NodeRef>> many) {
        return env -> {
            List<NodeRef> all = many.get(env);
            return all.isEmpty() ? null : all.get(0);
        };
    }

    /** A stored property (key null: the whole classification), batched through the request's DataLoader. */
    private static DataFetcher<CompletableFuture<Object>> property(String key, Function<Object, Object> convert) {
        return env -> {
            DataLoader<String, Map<String, Object>> loader = env.getDataLoader(NodeProperties.LOADER);
            return loader.load(((NodeRef) env.getSource()).id()).thenApply(props -> {
                Map<String, Object> p = props == null ? Map.of() : props;
                return key == null ? classification(p) : convert.apply(p.get(key));
            });
        };
    }

    private static Object integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Object classification(Map<String, Object> props) {
        Map<String, Object> c = new java.util.HashMap<>();
        boolean any = false;
        for (ClassificationAspect aspect : ClassificationAspect.values()) {
            Object level = props.get(aspect.key());
            c.put(aspect.key(), integer(level));
            any |= level != null;
        }
        c.put("assessed", props.get("classificationAssessed"));
        c.put("note", props.get("classificationNote"));
        any |= props.get("classificationAssessed") != null || props.get("classificationNote") != null;
        return any ? c : null;
    }

    private static Object attributes(Object json) {
        if (!(json instanceof String text)) {
            return List.of();
        }
        Map<?, ?> map = JSON.readValue(text, Map.class);
        List<Map<String, String>> result = new ArrayList<>();
        map.forEach((name, value) -> result.add(Map.of("name", String.valueOf(name), "value", String.valueOf(value),
                "type", value instanceof Boolean ? "boolean" : value instanceof Number ? "number" : "string")));
        return result;
    }
}
