package se.ansvarskarta.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.projection.Projection;

class BoundariesTest extends FixtureGraphQlTest {

    BoundariesTest() {
        super("boundaries");
    }

    private static final String BOUNDARIES = """
            query($organisation: ID, $asOf: Date) {
              boundaries(organisation: $organisation, asOf: $asOf) {
                kind node { id } dependsOn { id } organisations { id } covered agreements { id }
              }
            }""";


    @Test
    void nodeAndDependencyBoundariesAreCoveredOnlyByValidAgreementsBetweenBothOrganisations() {
        assertThat(boundaries(null, "2025-06-01")).containsExactly(
                "NODE sys-kom - [kom, fed] true [sla-kom]",
                "DEPENDENCY sys-kom infra-fed [kom, fed] true [sla-kom]",
                "NODE sys-kom2 - [kom2, fed] false []",
                "DEPENDENCY sys-kom2 sys-kom [kom2, kom] true [dpa-other]",
                "DEPENDENCY sys-kom2 infra-fed [kom2, fed] false []");
    }

    @Test
    void anExpiredAgreementStopsCoveringAndOneThatHasStartedBegins() {
        assertThat(boundaries(null, "2027-06-01")).containsExactly(
                "NODE sys-kom - [kom, fed] false []",
                "DEPENDENCY sys-kom infra-fed [kom, fed] false []",
                "NODE sys-kom2 - [kom2, fed] false []",
                "DEPENDENCY sys-kom2 sys-kom [kom2, kom] true [dpa-other]",
                "DEPENDENCY sys-kom2 infra-fed [kom2, fed] true [sla-new]");
    }

    @Test
    void anAgreementIsValidOnItsFirstAndLastDay() {
        assertThat(boundaries(null, "2026-12-31")).first().isEqualTo("NODE sys-kom - [kom, fed] true [sla-kom]");
        assertThat(boundaries(null, "2027-01-01")).contains("DEPENDENCY sys-kom2 infra-fed [kom2, fed] true [sla-new]");
    }

    @Test
    void theEngineMarksTheNodesWithADependencyBoundaryForTheReport() {
        Projection p = projections.current();
        Object[] marked = new OwnerOrganisations().derive(p).get(OwnerOrganisations.BOUNDARY);
        Object[] owners = new OwnerOrganisations().derive(p).get(OwnerOrganisations.PROPERTY);
        // sys-kom and sys-kom2 depend on the federation's platform; sys-same only on a system of its own owner
        assertThat(marked[p.indexOf("sys-kom")]).isEqualTo(true);
        assertThat(marked[p.indexOf("sys-kom2")]).isEqualTo(true);
        assertThat(marked[p.indexOf("sys-same")]).isNull();
        assertThat(marked[p.indexOf("infra-fed")]).isNull();
        assertThat((String[]) owners[p.indexOf("sys-kom2")]).containsExactly("kom2");
        // sys-kom: operations by the federation, manager by the municipality's own owner role
        Object[] others = new OwnerOrganisations().derive(p).get(OwnerOrganisations.OTHERS);
        assertThat((String[]) others[p.indexOf("sys-kom")]).containsExactly("fed", "kom");
        assertThat(others[p.indexOf("sys-same")]).isNull();
    }

    @Test
    void theBoundariesClassAnswersOnTheProjectionDirectly() {
        Projection p = projections.current();
        var boundaries = Boundaries.of(p, java.time.LocalDate.of(2025, 6, 1), p.indexOf("kom2"));
        assertThat(boundaries).extracting(b -> b.kind() + " " + p.id(b.node()) + " " + b.covered()).containsExactly(
                "NODE sys-kom2 false", "DEPENDENCY sys-kom2 true", "DEPENDENCY sys-kom2 false");
        // a node's dependencies in the order they are declared: the system sys-kom before the platform infra-fed
        assertThat(boundaries.get(1).dependsOn()).isEqualTo(p.indexOf("sys-kom"));
        assertThat(boundaries.get(1).agreements()).containsExactly(p.indexOf("dpa-other"));
    }

    @Test
    void boundariesOfAnOrganisationAreThoseInvolvingIt() {
        assertThat(boundaries("kom", "2025-06-01")).containsExactly(
                "NODE sys-kom - [kom, fed] true [sla-kom]",
                "DEPENDENCY sys-kom infra-fed [kom, fed] true [sla-kom]",
                "DEPENDENCY sys-kom2 sys-kom [kom2, kom] true [dpa-other]");
    }

    @Test
    void boundariesOfANodeThatIsNotAnOrganisationIsABadRequestAndOfAnUnknownIdNotFound() {
        graphQl.document(BOUNDARIES).variable("organisation", "sys-kom").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST);
        graphQl.document(BOUNDARIES).variable("organisation", "nope").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("nope"));
    }

    private List<String> boundaries(String organisation, String asOf) {
        return graphQl.document(BOUNDARIES).variable("organisation", organisation).variable("asOf", asOf).execute()
                .path("boundaries").entityList(Map.class).get().stream()
                .map(b -> b.get("kind") + " " + ((Map<?, ?>) b.get("node")).get("id") + " "
                        + (b.get("dependsOn") == null ? "-" : ((Map<?, ?>) b.get("dependsOn")).get("id")) + " "
                        + ids(b.get("organisations")) + " " + b.get("covered") + " " + ids(b.get("agreements")))
                .toList();
    }

    private static List<Object> ids(Object nodes) {
        return ((List<?>) nodes).stream().map(n -> ((Map<?, ?>) n).get("id")).map(Object.class::cast).toList();
    }
}
