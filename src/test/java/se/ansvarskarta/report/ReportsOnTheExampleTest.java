package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;

/**
 * Every report on the VMKF example as of 2026-11-29, with the exact rows the spec gives (cross-checked with the
 * independent Python implementation of the analyses).
 */
@AnsvarskartaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsOnTheExampleTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    @Autowired
    ModelService models;
    @Autowired
    ReportRunner runner;
    @Autowired
    Graph graph;

    @BeforeAll
    void loadTheExample() {
        Fixtures.loadExample(models);
    }

    private List<String> ids(String report) {
        return runner.run(report, AS_OF).rows().stream().map(r -> r.get(0)).toList();
    }

    /** Rows as "value value ..." over the named columns. */
    private List<String> rows(String report, String... columns) {
        return ReportLines.of(runner.run(report, AS_OF), " ", columns);
    }

    @Test
    void unclassifiedSystemsAreThoseWithoutLevelsOfTheirOwnOrOfInformationTheyProcess() {
        assertThat(ids("unclassified-systems")).containsExactly("sys-arboga-bibliotek", "sys-arboga-gis",
                "sys-besok", "sys-bostadsanpassning", "sys-diarie", "sys-epost", "sys-etjanst", "sys-intranat",
                "sys-kontaktcenter", "sys-koping-bibliotek", "sys-koping-fastighet", "sys-koping-gis", "sys-kris",
                "sys-kungsor-bibliotek", "sys-parkering", "sys-servicedesk", "sys-teams", "sys-utskrift");
    }

    @Test
    void staleClassificationsCoverSystemsInfrastructureAndInformationTypes() {
        assertThat(rows("stale-classifications", "id", "label", "assessed", "reassessBy")).containsExactly(
                "info-bygglov InformationType 2021-10-05 2023-10-05",
                "info-earkiv InformationType 2024-06-10 2026-06-10",
                "info-elevakter InformationType 2022-05-20 2024-05-20",
                "info-personal InformationType 2023-04-12 2025-04-12",
                "info-socakt InformationType 2022-02-15 2024-02-15",
                "infra-san Infrastructure 2024-02-01 2026-02-01",
                "sys-koping-soc System 2022-04-06 2024-04-06",
                "sys-lon System 2022-11-01 2024-11-01",
                "sys-vaxel System 2023-06-01 2025-06-01");
    }

    @Test
    void underClassifiedReadsTheDerivedValues() {
        assertThat(rows("under-classified", "id", "aspects")).containsExactly(
                "infra-san integrity 3 < 4",
                "sys-lon availability 2 < 3");
    }

    @Test
    void responsibilityGapsAreTheGapsOfTheExample() {
        assertThat(rows("responsibility-gaps", "id", "aspect", "problem")).containsExactly(
                "info-betyg owner MISSING",
                "info-bibliotek owner MISSING",
                "info-diarie owner MISSING",
                "info-fastighet owner MISSING",
                "info-lss owner MISSING",
                "infra-integration owner VACANT",
                "infra-kyla-koping owner MISSING",
                "infra-logg operations MISSING",
                "infra-saas-omsorg operations MISSING",
                "infra-saas-rehab operations MISSING",
                "infra-saas-skola operations MISSING",
                "sys-arboga-bibliotek operations MISSING",
                "sys-arboga-bygglov manager MISSING",
                "sys-arboga-gis manager MISSING",
                "sys-beslutsstod operations MISSING",
                "sys-besok manager MISSING",
                "sys-ekonomi owner CONFLICT",
                "sys-etjanst manager VACANT",
                "sys-inkop manager MISSING",
                "sys-koping-bibliotek manager MISSING",
                "sys-koping-bibliotek operations MISSING",
                "sys-koping-fastighet manager MISSING",
                "sys-kris operations MISSING",
                "sys-kungsor-bibliotek manager MISSING",
                "sys-kungsor-bibliotek operations MISSING",
                "sys-kungsor-hemtjanst owner VACANT",
                "sys-kungsor-hemtjanst manager MISSING",
                "sys-kungsor-soc owner VACANT",
                "sys-kungsor-soc manager MISSING");
    }

    @Test
    void vacantRolesAreListedOncePerRoleWithWhatTheyAreResponsibleFor() {
        assertThat(ids("vacant-roles")).containsExactly("role-integration", "role-iss", "role-kungsor-socialchef");
    }

    @Test
    void uncoveredBoundariesAreTheNodeAndDependencyBoundariesWithoutAValidAgreement() {
        assertThat(rows("uncovered-boundaries", "id", "kind", "dependsOn", "organisation1", "organisation2"))
                .containsExactly(
                        "infra-wan-kungsor NODE null kungsor vmkf",
                        "infra-wan-kungsor DEPENDENCY infra-corenet kungsor vmkf",
                        "infra-wan-surahammar NODE null surahammar vmkf",
                        "infra-wan-surahammar DEPENDENCY infra-corenet surahammar vmkf",
                        "sys-arboga-bibliotek DEPENDENCY infra-internet arboga vmkf",
                        "sys-koping-bibliotek DEPENDENCY infra-internet koping vmkf",
                        "sys-kungsor-bibliotek DEPENDENCY infra-internet kungsor vmkf",
                        "sys-kungsor-hemtjanst NODE null kungsor vmkf",
                        "sys-kungsor-hemtjanst DEPENDENCY infra-integration kungsor vmkf",
                        "sys-kungsor-hemtjanst DEPENDENCY infra-saas-omsorg kungsor vmkf",
                        "sys-kungsor-skolplattform NODE null kungsor vmkf",
                        "sys-kungsor-skolplattform DEPENDENCY infra-entra kungsor vmkf",
                        "sys-kungsor-skolplattform DEPENDENCY infra-saas-skola kungsor vmkf",
                        "sys-kungsor-soc NODE null kungsor vmkf",
                        "sys-kungsor-soc DEPENDENCY infra-citrix kungsor vmkf",
                        "sys-kungsor-soc DEPENDENCY infra-integration kungsor vmkf",
                        "sys-kungsor-soc DEPENDENCY infra-sql kungsor vmkf",
                        "sys-surahammar-ekonomi DEPENDENCY sys-lon surahammar vmkf");
    }

    @Test
    void allInfrastructureButTheFirewallLacksACurrentRiskAnalysis() {
        List<String> ids = ids("infrastructure-without-risk-analysis");
        assertThat(ids).hasSize(46).doesNotContain("infra-fw").contains("infra-vm", "infra-san", "infra-dc-koping");
        assertThat(ids).isSorted();
    }

    @Test
    void overdueRisksAreOpenRisksPastTheirReviewDate() {
        assertThat(ids("overdue-risks")).containsExactlyInAnyOrder("risk-ransomware", "risk-dc-strom",
                "risk-ad-kompromettering", "risk-iss-vakant", "risk-klassning", "risk-backup-otestad",
                "risk-rehab-leverantor", "risk-wan-kungsor");
    }

    @Test
    void documentsDueArePastTheirReviewDate() {
        assertThat(ids("documents-due")).containsExactlyInAnyOrder("doc-policy", "doc-anvisning",
                "doc-riktlinje-sf", "doc-kp-lon", "doc-kp-vaxel", "doc-kp-koping-soc", "doc-fp-diarie");
    }

    @Test
    void highRisksAreTheOpenRisksInTheLastBandHighestScoreFirst() {
        assertThat(rows("high-risks", "id", "score", "band")).containsExactly(
                "risk-ad-kompromettering 12 high",
                "risk-natfiske 12 high",
                "risk-ransomware 12 high",
                "risk-backup-otestad 9 high",
                "risk-klassning 9 high");
    }

    @Test
    void singlePointsOfFailureReadTheDerivedValues() {
        assertThat(ids("single-points-of-failure")).containsExactly("infra-ad", "infra-citrix", "infra-corenet",
                "infra-dc-koping", "infra-dns", "infra-entra", "infra-fw", "infra-hypervisor", "infra-integration",
                "infra-internet", "infra-kyla-koping", "infra-m365", "infra-san", "infra-sql", "infra-telefoni",
                "infra-ups-koping", "infra-vm", "infra-webbdmz", "sys-earkiv", "sys-hr", "sys-inkop", "sys-lon",
                "sys-servicedesk", "sys-vaxel");
    }

    @Test
    void dependencyCyclesListEveryNodeOnACycleWithTheCyclesSmallestId() {
        assertThat(rows("dependency-cycles", "id", "cycle")).containsExactly(
                "infra-ad infra-ad", "infra-dns infra-ad");
    }

    @Test
    void theDateMattersOnlyToTheReportsThatTakeIt() {
        assertThat(runner.run("documents-due", LocalDate.of(2020, 1, 1)).rows()).isEmpty();
        assertThat(runner.run("vacant-roles", LocalDate.of(2020, 1, 1)).rows()).hasSize(3);
    }
}
