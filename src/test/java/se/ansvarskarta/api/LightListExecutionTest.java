package se.ansvarskarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.Http;
import se.ansvarskarta.model.ModelService;

/**
 * The shortcut for light lists answers exactly what graphql-java's engine answers: every query here is sent twice
 * on the VMKF example, once through the engine alone and once with the shortcut, and the two response bodies must be
 * equal byte for byte (keys, order, nulls, errors). The queries are the contract's and the explorer's selections and
 * the shapes that must make the shortcut hand a list back to the engine.
 */
@AnsvarskartaTest
class LightListExecutionTest {

    private static final String VIEWER = Http.basic("viewer", "viewer-pw");

    @Autowired
    ModelService models;
    @Autowired
    LightListExecutionStrategy strategy;
    @LocalServerPort
    int port;

    @BeforeEach
    void loadExample() {
        Fixtures.loadExample(models);
    }

    @AfterEach
    void enable() {
        strategy.setEnabled(true);
    }

    private static final String NODE_FIELDS = """
            id name kind __typename
            ... on Organisation { type memberOf { id name } members { id name } }
            ... on System { category supplier { id } usedBy { id name } dependsOn { id name kind } dependedOnBy { id } }
            ... on Infrastructure { infrastructureKind minAvailable members { id } clusters { id } dependsOn { id } }
            ... on Risk { likelihood consequence score band status targets { id name } }""";

    /**
     * Query, variables; and whether the shortcut must complete at least one list of it (then the answer must also
     * have no errors: an invalid query is never executed, and would compare equal without testing anything).
     */
    private record Case(String query, Map<String, Object> variables, boolean light) {
    }

    private static final List<Case> CASES = List.of(
            new Case("query($asOf: Date) { boundaries(asOf: $asOf) { kind node { id name } dependsOn { id name }"
                    + " organisations { id } covered agreements { id name } } }", Map.of("asOf", "2026-11-29"), true),
            new Case("query($o: ID, $asOf: Date) { boundaries(organisation: $o, asOf: $asOf) { kind covered"
                    + " node { __typename id ... on System { category } } dependsOn { kind id } } }",
                    Map.of("o", "kungsor", "asOf", "2025-01-01"), false), // category: a stored property
            new Case("{ gaps { node { id name kind } aspect problem roles { id name } } }", Map.of(), true),
            new Case("query($failed: [ID!]!) { impact(failed: $failed) { down { depth path node { id name kind } }"
                    + " organisations { organisation { id name type } systems { id name } } } }",
                    Map.of("failed", List.of("infra-corenet")), true),
            new Case("query($failed: [ID!]!) { impact(failed: $failed) { organisations { organisation { id name } "
                    + "systems { id name } } down { node { id name kind } depth path } } }",
                    Map.of("failed", List.of("infra-fw1", "infra-fw2")), true),
            new Case("query($id: ID!) { protectionNeed(id: $id) { underClassified node { id }"
                    + " confidentiality { level source { id name } } availability { level source { id } } } }",
                    Map.of("id", "sys-lon"), false),
            new Case("query($id: ID!, $asOf: Date) { riskExposure(id: $id, asOf: $asOf) { score band"
                    + " risks { risk { id name score band likelihood consequence } via { id name } path } } }",
                    Map.of("id", "sys-lon", "asOf", "2026-11-29"), true),
            new Case("query($id: ID!) { responsibilities(id: $id) { role { id name } aspect"
                    + " organisation { id } vacant target { id } } }", Map.of("id", "sys-lon"), true),
            new Case("{ organisations { id name type memberOf { id } } }", Map.of(), true),
            new Case("{ systems { id name kind category supplier { id } usedBy { id name } dependsOn { id name kind }"
                    + " dependedOnBy { id } } infrastructure { id infrastructureKind members { id } clusters { id } } }",
                    Map.of(), true),
            new Case("{ risks { id score band targets { id name } } }", Map.of(), true),
            new Case("query($text: String!) { search(text: $text, first: 500) { " + NODE_FIELDS + " } }",
                    Map.of("text", "a"), true),
            new Case("query($text: String!) { search(text: $text) { id __typename ... on System { dependsOn {"
                    + " __typename id ... on Infrastructure { clusters { id } } } } } }", Map.of("text", "sys"), true),
            // aliases, a named fragment, the same field twice merged, directives with variables
            new Case("""
                    query($with: Boolean!, $without: Boolean!) {
                      b: boundaries { ...B first: kind kind node { i: id id } }
                      systems { id n: name name @include(if: $with) usedBy @skip(if: $without) { id } }
                    }
                    fragment B on Boundary { covered agreements { ... on Agreement { id } } }""",
                    Map.of("with", true, "without", false), true),
            new Case("""
                    query($with: Boolean!, $without: Boolean!) {
                      systems { id name @include(if: $with) usedBy @skip(if: $without) { id } }
                    }""", Map.of("with", false, "without", true), true),
            // stored properties come through the data loader: the list goes back to the engine, siblings do not
            new Case("{ systems { id description tags usedBy { id } } infrastructure { id name } }", Map.of(), true),
            new Case("{ systems { id description } }", Map.of(), false),
            new Case("query($text: String!) { search(text: $text, first: 20) { id name kind } }",
                    Map.of("text", "server"), true),
            new Case("query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, first: 40) { truncated"
                    + " nodes { node { id name kind } } } }", Map.of("ids", List.of("vmkf")), true),
            // errors: an unknown id, a bad date
            new Case("query($failed: [ID!]!) { impact(failed: $failed) { down { node { id } } } }",
                    Map.of("failed", List.of("no-such-node")), false),
            new Case("{ boundaries(asOf: \"2026-13-01\") { kind } }", Map.of(), false));

    @Test
    void everyAnswerIsTheEnginesOwnByteForByte() {
        Http http = new Http(port);
        for (Case c : CASES) {
            strategy.setEnabled(false);
            String engine = post(http, c);
            strategy.setEnabled(true);
            long before = strategy.lightLists();
            String shortcut = post(http, c);
            assertThat(shortcut).as(c.query()).isEqualTo(engine);
            if (c.light()) {
                assertThat(shortcut).as(c.query()).doesNotContain("\"errors\"");
                assertThat(strategy.lightLists()).as("lists completed by the shortcut: " + c.query())
                        .isGreaterThan(before);
            }
        }
    }

    @Test
    void aListWhoseFieldsNeedTheDataLoaderIsLeftToTheEngine() {
        Http http = new Http(port);
        long before = strategy.lightLists();
        String body = post(http, new Case("{ systems { id description } }", Map.of(), false));
        assertThat(strategy.lightLists()).isEqualTo(before);
        assertThat(body).contains("\"description\"").doesNotContain("errors");
    }

    private static String post(Http http, Case c) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", c.query());
        request.put("variables", c.variables());
        HttpResponse<String> response = http.post("/graphql", VIEWER, "application/json",
                Http.JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(c.query()).isEqualTo(200);
        return response.body();
    }
}
