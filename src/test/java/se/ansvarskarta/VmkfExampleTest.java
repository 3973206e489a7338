package se.ansvarskarta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;

/** The analyses on the VMKF example, with numbers checked by hand and by an independent script. */
@AnsvarskartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VmkfExampleTest {

    @Autowired
    ModelService models;
    @Autowired
    Graph graph;
    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeAll
    void load() {
        Fixtures.loadExample(models);
        graphQl = GraphQlClient.admin(port);
    }

    @Test
    void everyQueryInTheAnalysesGuideAnswersWithoutErrors() throws IOException {
        String guide = Files.readString(Path.of("docs/analyses.md"));
        Matcher m = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        int queries = 0;
        while (m.find()) {
            graphQl.document(m.group(1)).execute().errors().verify();
            queries++;
        }
        assertThat(queries).isBetween(4, 6);
    }

    @Test
    void theFailureOfTheKopingDataCentreHitsTheFederationAndAllFourMunicipalities() {
        var impact = graphQl.document("""
                { impact(failed: ["infra-dc-koping"]) {
                    down { node { id kind } depth path }
                    organisations { organisation { id } systems { id } } } }""").execute();
        assertThat(impact.path("impact.organisations[*].organisation.id").entityList(String.class).get())
                .containsExactlyInAnyOrder("vmkf", "koping", "arboga", "kungsor", "surahammar");
        List<Map> down = impact.path("impact.down").entityList(Map.class).get();
        assertThat(down.stream().filter(d -> "SYSTEM".equals(((Map<?, ?>) d.get("node")).get("kind")))).hasSize(32);
        assertThat(down.get(0)).containsEntry("depth", 0).containsEntry("path", List.of("infra-dc-koping"));
        for (Map<?, ?> d : down) {
            List<?> path = (List<?>) d.get("path");
            assertThat(path).hasSize((Integer) d.get("depth") + 1);
            assertThat(path.get(0)).isEqualTo(((Map<?, ?>) d.get("node")).get("id"));
            assertThat(path.get(path.size() - 1)).isEqualTo("infra-dc-koping");
        }
    }

    @Test
    void tenSystemsRaiseTheConfidentialityNeedOfTheDirectoryToAllvarlig() {
        var need = graphQl.document("""
                { protectionNeed(id: "infra-ad") { confidentiality { level label raisedBy { id } } } }""").execute();
        assertThat(need.path("protectionNeed.confidentiality.level").entity(Integer.class).get()).isEqualTo(3);
        assertThat(need.path("protectionNeed.confidentiality.label").entity(String.class).get()).isEqualTo("Allvarlig");
        assertThat(need.path("protectionNeed.confidentiality.raisedBy[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder("sys-arboga-elevreg", "sys-arboga-omsorg", "sys-behorighet", "sys-hr",
                        "sys-koping-elevreg", "sys-koping-journal", "sys-koping-soc", "sys-kungsor-elevreg",
                        "sys-kungsor-soc", "sys-lon");
    }

    @Test
    void theDirectoryAndNameServiceFormTheOneCycleNamedByTheSmallestId() {
        List<String> rows = graph.read(tx -> tx.run("""
                MATCH (n) WHERE n.derivedCycle IS NOT NULL RETURN n.id + ' ' + n.derivedCycle AS row ORDER BY row
                """).list(r -> r.get("row").asString()));
        assertThat(rows).containsExactly("infra-ad infra-ad", "infra-dns infra-ad");
    }

    @Test
    void singlePointsOfFailureAreTheNodesWhoseFailureTakesDownASystemEveryMemberUses() {
        List<String> ids = graph.read(tx -> tx.run("""
                MATCH (n) WHERE n.derivedSinglePointOfFailure RETURN n.id AS id ORDER BY id
                """).list(r -> r.get("id").asString()));
        assertThat(ids).containsExactly("infra-ad", "infra-citrix", "infra-corenet", "infra-dc-koping", "infra-dns",
                "infra-entra", "infra-fw", "infra-hypervisor", "infra-integration", "infra-internet",
                "infra-kyla-koping", "infra-m365", "infra-san", "infra-sql", "infra-telefoni", "infra-ups-koping",
                "infra-vm", "infra-webbdmz", "sys-earkiv", "sys-hr", "sys-inkop", "sys-lon", "sys-servicedesk",
                "sys-vaxel");
    }

    @Test
    void everySystemAndInfrastructureNodeCarriesItsDerivedValues() {
        List<String> missing = graph.read(tx -> tx.run("""
                MATCH (n) WHERE (n:System OR n:Infrastructure)
                  AND (n.derivedUnderClassified IS NULL OR n.derivedSinglePointOfFailure IS NULL)
                RETURN n.id AS id
                """).list(r -> r.get("id").asString()));
        assertThat(missing).isEmpty();
        Map<String, Object> lon = graph.read(tx -> tx.run("""
                MATCH (n:System {id: 'sys-lon'})
                RETURN n.derivedNeedConfidentiality AS c, n.derivedNeedAvailability AS a, n.derivedCycle AS cycle
                """).single().asMap());
        assertThat(lon).containsEntry("a", 3L).containsEntry("cycle", null);
    }

    @Test
    void theUnderClassifiedNodesAreThePayrollSystemAndTheStorageNetwork() {
        List<String> ids = graph.read(tx -> tx.run("""
                MATCH (n) WHERE n.derivedUnderClassified RETURN n.id AS id ORDER BY id
                """).list(r -> r.get("id").asString()));
        assertThat(ids).containsExactly("infra-san", "sys-lon");
    }

    @Test
    void theExampleHasTwentyNineGapsAndEighteenUncoveredBoundariesOnItsReferenceDate() {
        assertThat(graphQl.document("{ gaps { problem } }").execute().path("gaps[*].problem")
                .entityList(String.class).get()).hasSize(29);
        List<Boolean> covered = graphQl.document("{ boundaries(asOf: \"2026-11-29\") { covered } }").execute()
                .path("boundaries[*].covered").entityList(Boolean.class).get();
        assertThat(covered.stream().filter(c -> !c)).hasSize(18);
        assertThat(covered.stream().filter(c -> c)).hasSize(74);
        List<String> kungsor = new ArrayList<>(graphQl.document("""
                { boundaries(organisation: "kungsor", asOf: "2026-11-29") { covered organisations { id } } }""")
                .execute().path("boundaries[?(@.covered == false)].organisations[*].id").entityList(String.class)
                .get());
        assertThat(kungsor).hasSize(26).containsOnly("kungsor", "vmkf");
    }
}
