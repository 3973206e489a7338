package se.ansvarskarta;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.ansvarskarta.model.ModelService;
import se.ansvarskarta.projection.ProjectionService;

/**
 * An analysis test: before each test the named fixture model is imported, and {@link #graphQl} asks the running
 * application as admin.
 */
@AnsvarskartaTest
public abstract class FixtureGraphQlTest {

    @Autowired
    protected ModelService models;
    @Autowired
    protected ProjectionService projections;
    @LocalServerPort
    protected int port;

    protected HttpGraphQlTester graphQl;

    private final String fixture;

    protected FixtureGraphQlTest(String fixture) {
        this.fixture = fixture;
    }

    @BeforeEach
    void loadFixture() {
        Fixtures.load(models, fixture);
        graphQl = GraphQlClient.admin(port);
    }
}
