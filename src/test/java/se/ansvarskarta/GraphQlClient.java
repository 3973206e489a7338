package se.ansvarskarta;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL client for the application under test, signed in as the built-in admin over HTTP Basic. */
public final class GraphQlClient {

    private GraphQlClient() {
    }

    /** A tester for {@code /graphql} on the given local port, with a response timeout and buffer large
     * enough for national-scale answers. */
    public static HttpGraphQlTester admin(int port) {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth("admin", "test-admin"))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
                .build();
        return HttpGraphQlTester.create(client);
    }
}
