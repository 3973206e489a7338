package se.ansvarskarta.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.projection.Projection;

class GapsTest extends FixtureGraphQlTest {

    GapsTest() {
        super("responsibility");
    }

    @Test
    void gapsAreMissingAndVacantRequiredAspectsAndOwnersInMoreThanOneOrganisation() {
        List<Map<String, Object>> gaps = graphQl.document(
                        "{ gaps { node { id } aspect problem roles { id } } }").execute()
                .path("gaps").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(gaps.stream().map(g -> ((Map<?, ?>) g.get("node")).get("id") + " " + g.get("aspect") + " "
                + g.get("problem") + " " + ((List<?>) g.get("roles")).stream().map(r -> ((Map<?, ?>) r).get("id"))
                .toList())).containsExactlyInAnyOrder(
                "info-none OWNER MISSING []",
                "sys-gaps MANAGER VACANT [role-manager]",
                "sys-gaps OPERATIONS MISSING []",
                "sys-gaps OWNER CONFLICT [role-owner, role-owner-fed]",
                "infra-ok OWNER VACANT [role-owner-fed]");
    }

    @Test
    void theGapsClassAnswersOnTheProjectionDirectlyNodeByNodeInModelOrder() {
        Projection p = projections.current();
        assertThat(Gaps.of(p)).extracting(g -> p.id(g.node()) + " " + g.aspect() + " " + g.problem()).containsExactly(
                "info-none OWNER MISSING",
                "sys-gaps MANAGER VACANT",
                "sys-gaps OPERATIONS MISSING",
                "sys-gaps OWNER CONFLICT",
                "infra-ok OWNER VACANT");
    }

    @Test
    void aNodesResponsibilitiesNameTheRoleItsOrganisationAndWhetherItIsVacant() {
        assertThat(responsibilities("sys-gaps")).containsExactlyInAnyOrder(
                "role-owner OWNER kom false sys-gaps",
                "role-owner-fed OWNER fed true sys-gaps",
                "role-manager MANAGER fed true sys-gaps",
                "role-tech TECHNICAL fed true sys-gaps");
    }

    @Test
    void nothingIsResponsibleForARoleButItsFieldListsWhatItHolds() {
        assertThat(responsibilities("role-ops")).isEmpty();
        assertThat(responsibilities("kom")).isEmpty();
        List<String> held = graphQl.document("{ node(id: \"role-ops\") { ... on Role { responsibilities {"
                        + " aspect target { id } } } } }").execute().path("node.responsibilities")
                .entityList(Map.class).get().stream()
                .map(r -> r.get("aspect") + " " + ((Map<?, ?>) r.get("target")).get("id")).toList();
        assertThat(held).containsExactlyInAnyOrder("MANAGER sys-full", "OPERATIONS sys-full", "OPERATIONS infra-ok");
    }

    @Test
    void responsibilitiesOfAnUnknownIdIsNotFound() {
        graphQl.document("{ responsibilities(id: \"nope\") { aspect } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("nope"));
    }

    private List<String> responsibilities(String id) {
        return graphQl.document("query($id: ID!) { responsibilities(id: $id) {"
                        + " role { id } aspect organisation { id } vacant target { id } } }")
                .variable("id", id).execute().path("responsibilities").entityList(Map.class).get().stream()
                .map(r -> ((Map<?, ?>) r.get("role")).get("id") + " " + r.get("aspect") + " "
                        + ((Map<?, ?>) r.get("organisation")).get("id") + " " + r.get("vacant") + " "
                        + ((Map<?, ?>) r.get("target")).get("id"))
                .toList();
    }
}
