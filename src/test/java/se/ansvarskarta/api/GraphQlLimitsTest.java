package se.ansvarskarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Http;

@AnsvarskartaTest
class GraphQlLimitsTest {

    private static final String VIEWER = Http.basic("viewer", "viewer-pw");

    @LocalServerPort
    int port;

    @Test
    void aQueryDeeperThanTheLimitIsRefusedWithAClearError() {
        String deep = "{ systems { " + "dependsOn { ... on System { ".repeat(20) + "id" + " } }".repeat(20) + " } }";
        for (int attempt = 0; attempt < 2; attempt++) { // the second time from the parsed-document cache
            Map<String, Object> response = new Http(port).graphql(deep, VIEWER);
            assertThat(response.get("data")).isNull();
            assertThat(response.get("errors").toString()).containsIgnoringCase("depth");
        }
    }

    /**
     * An operation that passed the limits is not walked again when its text comes back — but a text whose depth
     * depends on its variables (a directive) or on the operation chosen is checked each time.
     */
    @Test
    void theLimitsOfARepeatedQueryStillHoldWhenVariablesOrTheOperationChangeItsDepth() {
        String chain = "dependsOn { ... on System { ".repeat(20) + "id" + " } }".repeat(20);
        String conditional = "query($deep: Boolean!) { systems { id dependsOn @include(if: $deep) { ... on System { "
                + "dependsOn { ... on System { ".repeat(19) + "id" + " } }".repeat(20) + " } }";
        Http http = new Http(port);
        for (boolean deep : new boolean[] {false, false, true}) {
            Map<String, Object> response = http.graphql(Map.of("query", conditional, "variables", Map.of("deep", deep)),
                    VIEWER);
            if (deep) {
                assertThat(response.get("errors").toString()).containsIgnoringCase("depth");
            } else {
                assertThat(response.get("errors")).isNull();
            }
        }
        String twoOperations = "query Shallow { systems { id } } query Deep { systems { " + chain + " } }";
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(http.graphql(Map.of("query", twoOperations, "operationName", "Shallow"), VIEWER).get("errors"))
                    .isNull();
        }
        assertThat(http.graphql(Map.of("query", twoOperations, "operationName", "Deep"), VIEWER).get("errors")
                .toString()).containsIgnoringCase("depth");
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRefusedWithAClearError() {
        StringBuilder wide = new StringBuilder("{ ");
        for (int i = 0; i < 1100; i++) {
            wide.append("a").append(i).append(": systems { id name kind category } ");
        }
        Map<String, Object> response = new Http(port).graphql(wide.append("}").toString(), VIEWER);
        assertThat(response.get("data")).isNull();
        assertThat(response.get("errors").toString()).containsIgnoringCase("complexity");
    }

    @Test
    void anUnknownNodeIsNullAndErrorsNeverCarryAStackTrace() {
        Map<String, Object> response = new Http(port).graphql("{ node(id: \"finns-inte\") { id } }", VIEWER);
        assertThat(((Map<?, ?>) response.get("data")).get("node")).isNull();
        Map<String, Object> bad = new Http(port).graphql("{ impact(failed: [\"finns-inte\"]) { down { depth } } }",
                VIEWER);
        assertThat(bad.get("errors").toString()).contains("NOT_FOUND").doesNotContain("Exception", "at se.");
    }
}
