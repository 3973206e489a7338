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
