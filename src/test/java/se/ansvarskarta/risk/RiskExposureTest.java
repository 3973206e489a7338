package se.ansvarskarta.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.projection.Projection;

class RiskExposureTest extends FixtureGraphQlTest {

    RiskExposureTest() {
        super("risks");
    }

    @Test
    void exposureCountsRisksOnTheNodeAndItsClosureOnceViaTheNearestTargetIgnoringClosedOnes() {
        assertThat(exposure("riskExposure", "sys-a", "2025-01-01")).containsExactly(
                "score 9 high",
                "risk-self via sys-a [sys-a] overdue false",
                "risk-c via infra-c [sys-a, infra-c] overdue false",
                "risk-m via infra-m [sys-a, infra-c, infra-cl, infra-m] overdue false");
    }

    @Test
    void aRiskPastItsReviewDateIsOverdueOnTheGivenDay() {
        assertThat(exposure("riskExposure", "sys-a", "2025-06-02")).contains(
                "risk-self via sys-a [sys-a] overdue true");
    }

    @Test
    void risksReachOtherNodesOnlyThroughTheDependencyClosure() {
        assertThat(exposure("riskExposure", "infra-m", null)).containsExactly(
                "score 9 high",
                "risk-c via infra-m [infra-m] overdue false",
                "risk-m via infra-m [infra-m] overdue false");
        assertThat(exposure("riskExposure", "sys-free", null)).containsExactly("score 0 null");
    }

    @Test
    void risksOnTheNodeItselfAlwaysCount() {
        assertThat(exposure("riskExposure", "kom", null)).containsExactly(
                "score 16 high", "risk-org via kom [kom] overdue false");
    }

    @Test
    void anOrganisationsExposureCountsOnlyRisksReachedThroughTheSystemsItUses() {
        assertThat(exposure("organisationExposure", "kom", "2025-01-01")).containsExactly(
                "score 9 high",
                "risk-self via sys-a [sys-a] overdue false",
                "risk-c via infra-c [sys-a, infra-c] overdue false",
                "risk-m via infra-m [sys-a, infra-c, infra-cl, infra-m] overdue false");
        assertThat(exposure("organisationExposure", "annan", null)).containsExactly("score 0 null");
        assertThat(exposure("organisationExposure", "sys-a", null)).containsExactly("score 0 null");
    }

    @Test
    void anUnknownIdIsNotFound() {
        graphQl.document("{ riskExposure(id: \"nope\") { score } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("nope"));
        graphQl.document("{ organisationExposure(id: \"nope\") { score } }").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND);
    }

    @Test
    void theExposureClassAnswersOnTheProjectionDirectly() {
        Projection p = projections.current();
        Exposure exposure = Exposure.of(p, p.indexOf("infra-b"));
        assertThat(exposure.score()).isEqualTo(9);
        assertThat(exposure.band(p)).isEqualTo("high");
        assertThat(exposure.risks()).extracting(r -> p.id(r.risk())).containsExactly("risk-c", "risk-m");
        assertThat(exposure.risks().get(0).path()).containsExactly(p.indexOf("infra-b"), p.indexOf("infra-c"));
    }

    private List<String> exposure(String query, String id, String asOf) {
        String document = "query($id: ID!, $asOf: Date) { " + query + "(id: $id, asOf: $asOf) {"
                + " score band risks { risk { id } via { id } path overdue } } }";
        Map<String, Object> answer = graphQl.document(document).variable("id", id).variable("asOf", asOf).execute()
                .path(query).entity(Map.class).get();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("score " + answer.get("score") + " " + answer.get("band"));
        for (Object o : (List<?>) answer.get("risks")) {
            Map<?, ?> r = (Map<?, ?>) o;
            lines.add(((Map<?, ?>) r.get("risk")).get("id") + " via " + ((Map<?, ?>) r.get("via")).get("id") + " "
                    + r.get("path") + " overdue " + r.get("overdue"));
        }
        return lines;
    }
}
