package se.ansvarskarta.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.projection.Projection;

class ImpactTest extends FixtureGraphQlTest {

    ImpactTest() {
        super("impact-clusters");
    }

    private static final String IMPACT = """
            query($failed: [ID!]!) {
              impact(failed: $failed) {
                down { node { id } depth path }
                organisations { organisation { id } systems { id } }
              }
            }""";


    @Test
    void aOneOfTwoClusterSurvivesTheFailureOfOneMember() {
        assertThat(down("srv-a")).containsExactly("srv-a 0 [srv-a]");
        assertThat(organisations("srv-a")).isEmpty();
    }

    @Test
    void aOneOfTwoClusterFallsWithBothMembersAndTakesItsDependentsAlong() {
        assertThat(down("srv-a", "srv-b")).containsExactly(
                "srv-a 0 [srv-a]", "srv-b 0 [srv-b]",
                "infra-pair 1 [infra-pair, srv-a]",
                "sys-app 2 [sys-app, infra-pair, srv-a]");
        assertThat(organisations("srv-a", "srv-b")).containsExactly("kom-a [sys-app]", "kom-b [sys-app]");
    }

    @Test
    void anAnswerDoesNotDependOnTheQuestionsAskedBeforeIt() {
        // the analyses reuse their work arrays between requests
        List<String> first = down("srv-a", "srv-b");
        assertThat(down("infra-dc-2")).isNotEqualTo(first);
        assertThat(down("srv-a")).containsExactly("srv-a 0 [srv-a]");
        assertThat(down("srv-a", "srv-b")).isEqualTo(first);
    }

    @Test
    void impactStopsAtAClusterWithEnoughMembersLeft() {
        assertThat(down("infra-dc")).containsExactly("infra-dc 0 [infra-dc]", "srv-a 1 [srv-a, infra-dc]");
    }

    @Test
    void aClusterGoesDownWhenItsOwnDependencyFails() {
        assertThat(down("infra-net")).containsExactly(
                "infra-net 0 [infra-net]", "infra-pair 1 [infra-pair, infra-net]",
                "sys-app 2 [sys-app, infra-pair, infra-net]");
    }

    @Test
    void aClusterNeedingAllItsMembersFallsWithOne() {
        assertThat(down("infra-dc-2")).containsExactly(
                "infra-dc-2 0 [infra-dc-2]", "srv-c 1 [srv-c, infra-dc-2]",
                "infra-all 2 [infra-all, srv-c, infra-dc-2]",
                "sys-all 3 [sys-all, infra-all, srv-c, infra-dc-2]");
        assertThat(organisations("infra-dc-2")).containsExactly("kom-a [sys-all]");
    }

    @Test
    void impactTerminatesOnACycleAndCountsTheShortestPath() {
        assertThat(down("infra-z")).containsExactly(
                "infra-z 0 [infra-z]", "infra-y 1 [infra-y, infra-z]", "infra-self 1 [infra-self, infra-z]",
                "infra-x 2 [infra-x, infra-y, infra-z]",
                "sys-loop 3 [sys-loop, infra-x, infra-y, infra-z]");
        assertThat(down("infra-x")).containsExactlyInAnyOrder(
                "infra-x 0 [infra-x]", "infra-y 1 [infra-y, infra-x]", "sys-loop 1 [sys-loop, infra-x]");
    }

    @Test
    void aNodeThatDependsOnItselfIsNeverItsOwnDependencyOrDependent() {
        assertThat(ids("dependencies", "infra-self")).containsExactly("infra-z");
        assertThat(ids("dependents", "infra-self")).isEmpty();
        assertThat(down("infra-self")).containsExactly("infra-self 0 [infra-self]");
    }

    @Test
    void anEmptyListOfFailedNodesTakesNothingDown() {
        assertThat(down()).isEmpty();
    }

    @Test
    void aFailedIdThatDoesNotExistIsNotFound() {
        graphQl.document(IMPACT).variable("failed", List.of("srv-a", "nope")).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("nope"));
    }

    @Test
    void moreThanAThousandFailedNodesIsABadRequest() {
        List<String> many = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "srv-a").toList();
        graphQl.document(IMPACT).variable("failed", many).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST);
    }

    @Test
    void dependenciesFollowDependsOnAndMembersButNeverListTheNodeItself() {
        assertThat(ids("dependencies", "sys-app"))
                .containsExactlyInAnyOrder("infra-pair", "infra-net", "srv-a", "srv-b", "infra-dc");
        assertThat(ids("dependencies", "infra-x")).containsExactlyInAnyOrder("infra-y", "infra-z");
        assertThat(ids("dependents", "infra-x")).containsExactlyInAnyOrder("infra-y", "sys-loop");
        assertThat(ids("dependents", "srv-b")).containsExactlyInAnyOrder("infra-pair", "sys-app");
        graphQl.document("{ dependents(id: \"nope\") { id } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND);
    }

    @Test
    void theImpactClassAnswersOnTheProjectionDirectly() {
        Projection p = projections.current();
        Impact impact = Impact.of(p, new int[] {p.indexOf("srv-b"), p.indexOf("srv-a"), p.indexOf("srv-b")});
        assertThat(impact.down()).hasSize(4);
        assertThat(impact.depth(p.indexOf("sys-app"))).isEqualTo(2);
        assertThat(impact.path(p.indexOf("sys-app"))).containsExactly(
                p.indexOf("sys-app"), p.indexOf("infra-pair"), p.indexOf("srv-b"));
        assertThat(impact.isDown(p.indexOf("sys-all"))).isFalse();
    }

    @Test
    void singlePointsOfFailureAreTheNodesThatAloneTakeDownASystemEveryMemberUses() {
        Projection p = projections.current();
        boolean[] spof = SinglePointsOfFailure.of(p);
        List<String> ids = new java.util.ArrayList<>();
        for (int v = 0; v < p.size(); v++) {
            if (spof[v]) {
                ids.add(p.id(v));
            }
        }
        assertThat(ids).containsExactlyInAnyOrder("sys-app", "infra-pair", "infra-net");
    }

    @Test
    void aDependencyCycleIsNamedByItsSmallestId() {
        Projection p = projections.current();
        String[] cycles = DependencyCycles.of(p);
        assertThat(cycles[p.indexOf("infra-x")]).isEqualTo("infra-x");
        assertThat(cycles[p.indexOf("infra-y")]).isEqualTo("infra-x");
        assertThat(cycles[p.indexOf("infra-z")]).isNull();
        assertThat(cycles[p.indexOf("infra-self")]).isEqualTo("infra-self");
        assertThat(cycles[p.indexOf("sys-loop")]).isNull();
    }

    private List<String> down(String... failed) {
        List<Map<String, Object>> down = graphQl.document(IMPACT).variable("failed", List.of(failed)).execute()
                .path("impact.down").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        return down.stream().map(d -> ((Map<?, ?>) d.get("node")).get("id") + " " + d.get("depth") + " "
                + d.get("path")).toList();
    }

    private List<String> organisations(String... failed) {
        List<Map<String, Object>> orgs = graphQl.document(IMPACT).variable("failed", List.of(failed)).execute()
                .path("impact.organisations").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
        return orgs.stream().map(o -> ((Map<?, ?>) o.get("organisation")).get("id") + " "
                + ((List<?>) o.get("systems")).stream().map(s -> ((Map<?, ?>) s).get("id")).toList()).toList();
    }

    private List<String> ids(String query, String id) {
        return graphQl.document("{ " + query + "(id: \"" + id + "\") { id } }").execute()
                .path(query + "[*].id").entityList(String.class).get();
    }
}
