package se.ansvarskarta.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

import se.ansvarskarta.FixtureGraphQlTest;
import se.ansvarskarta.graph.ClassificationAspect;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.projection.Projection;

class ProtectionNeedTest extends FixtureGraphQlTest {

    ProtectionNeedTest() {
        super("protection");
    }

    private static final String NEED = """
            query($id: ID!) {
              protectionNeed(id: $id) {
                node { id }
                confidentiality { level label source { id } }
                integrity { level label source { id } }
                availability { level label source { id } }
                traceability { level label source { id } }
                underClassified
              }
            }""";

    @Autowired
    Graph graph;

    @Test
    void aSystemNeedsWhatTheInformationItProcessesNeeds() {
        assertThat(need("sys-hr")).isEqualTo("C3 Allvarlig info-personal, I2 Betydande info-personal, A -, T -, false");
    }

    @Test
    void aSystemsOwnClassificationCountsAndMatchingItIsNotUnderClassified() {
        assertThat(need("sys-web")).isEqualTo("C1 Måttlig sys-web, I -, A3 Allvarlig sys-web, T -, false");
    }

    @Test
    void infrastructureInheritsTheHighestNeedOfEverythingThatRunsOnItAndIsFlaggedUnderClassified() {
        assertThat(need("infra-vm"))
                .isEqualTo("C3 Allvarlig info-personal, I2 Betydande info-personal, A3 Allvarlig infra-vm, T -, true");
    }

    @Test
    void aNeedListsEveryNodeWhoseOwnLevelRaisesItTheNodeFirst() {
        var need = graphQl.document(NEED.replace("source { id }", "source { id } raisedBy { id }"))
                .variable("id", "infra-vm").execute();
        assertThat(need.path("protectionNeed.confidentiality.raisedBy[*].id").entityList(String.class).get())
                .containsExactly("sys-hr");
        assertThat(need.path("protectionNeed.availability.raisedBy[*].id").entityList(String.class).get())
                .containsExactly("infra-vm", "sys-web");
    }

    @Test
    void infrastructureThatDeclaresNothingIsNeverUnderClassified() {
        assertThat(need("infra-db")).isEqualTo("C3 Allvarlig info-personal, I2 Betydande info-personal, A -, T -, false");
    }

    @Test
    void anInformationTypesNeedIsItsOwnClassification() {
        assertThat(need("info-personal"))
                .isEqualTo("C3 Allvarlig info-personal, I2 Betydande info-personal, A -, T -, false");
    }

    @Test
    void anOrganisationHasNoNeedAndAnUnknownIdIsNotFound() {
        assertThat(need("org")).isEqualTo("C -, I -, A -, T -, false");
        graphQl.document(NEED).variable("id", "nope").execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().contains("nope"));
    }

    @Test
    void theDerivedNeedsForReportsAgreeWithTheQuery() {
        Projection p = projections.current();
        int[] needs = ProtectionNeeds.needs(p);
        for (String id : new String[] {"sys-hr", "sys-web", "infra-db", "infra-vm"}) {
            int v = p.indexOf(id);
            ProtectionNeed need = ProtectionNeed.of(p, v);
            for (ClassificationAspect aspect : ClassificationAspect.values()) {
                assertThat(needs[v * 4 + aspect.ordinal()]).as(id + " " + aspect).isEqualTo(need.level(aspect));
            }
        }
        Map<String, Object> stored = graph.read(tx -> tx.run("""
                MATCH (n:Infrastructure {id: 'infra-vm'})
                RETURN n.derivedNeedConfidentiality AS c, n.derivedNeedIntegrity AS i,
                       n.derivedNeedAvailability AS a, n.derivedNeedTraceability AS t, n.derivedUnderClassified AS u
                """).single().asMap());
        assertThat(stored).containsEntry("c", 3L).containsEntry("i", 2L).containsEntry("a", 3L)
                .containsEntry("t", null).containsEntry("u", true);
    }

    private String need(String id) {
        Map<String, Object> need = graphQl.document(NEED).variable("id", id).execute()
                .path("protectionNeed").entity(Map.class).get();
        StringBuilder text = new StringBuilder();
        for (String aspect : new String[] {"confidentiality", "integrity", "availability", "traceability"}) {
            Map<?, ?> level = (Map<?, ?>) need.get(aspect);
            text.append(Character.toUpperCase(aspect.charAt(0)));
            text.append(level == null ? " -" : level.get("level") + " " + level.get("label") + " "
                    + ((Map<?, ?>) level.get("source")).get("id"));
            text.append(", ");
        }
        return text.append(need.get("underClassified")).toString();
    }
}
