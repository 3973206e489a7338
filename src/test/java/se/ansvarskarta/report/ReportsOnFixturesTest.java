package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.model.ModelService;

/** The edge cases of the reports' rules on the small fixture {@code models/reports-basics.yaml}. */
@AnsvarskartaTest
class ReportsOnFixturesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    @Autowired
    ModelService models;
    @Autowired
    ReportRunner runner;
    @Autowired
    Graph graph;

    private List<String> rows(String report, LocalDate asOf, String... columns) {
        return ReportLines.of(runner.run(report, asOf), " | ", columns);
    }

    private List<String> ids(String report, LocalDate asOf) {
        return runner.run(report, asOf).rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void theReportsFollowThePreciseRulesOnTheFixture() {
        Fixtures.load(models, "reports-basics");

        // A level from processed information classifies a system; a classification without levels does not count.
        assertThat(ids("unclassified-systems", AS_OF)).containsExactly("sys-b", "sys-c", "sys-conflict");

        // Exactly 24 months is not stale, one day more is; no assessed date is stale; only classifications with levels.
        assertThat(rows("stale-classifications", AS_OF, "id", "assessed", "reassessBy")).containsExactly(
                "info-old | 2024-11-28 | 2026-11-28",
                "sys-leap | 2024-02-29 | 2026-02-28",
                "sys-nodate | null | null");
        // Calendar months: 2024-02-29 + 24 months is 2026-02-28, the last day it is current.
        assertThat(ids("stale-classifications", LocalDate.of(2026, 2, 28))).containsExactly("sys-nodate");
        assertThat(ids("stale-classifications", LocalDate.of(2026, 3, 1))).containsExactly("sys-leap", "sys-nodate");

        // CONFLICT counts vacant owners; technical is never required; infrastructure needs owner and operations.
        assertThat(rows("responsibility-gaps", AS_OF, "id", "aspect", "problem", "roles")).containsExactly(
                "info-old | owner | MISSING | ",
                "infra-none | owner | MISSING | ",
                "infra-none | operations | MISSING | ",
                "infra-y | operations | VACANT | r-a-vacant",
                "sys-conflict | owner | CONFLICT | r-a-owner, r-fed-vacant",
                "sys-conflict | manager | VACANT | r-a-vacant",
                "sys-conflict | operations | MISSING | ");

        assertThat(rows("vacant-roles", AS_OF, "id", "organisation", "responsibleFor", "bodies", "risks"))
                .containsExactly(
                        "r-a-vacant | mun-a | infra-y (operations), sys-conflict (manager) |  | ",
                        "r-fed-vacant | fed | sys-conflict (owner) |  | risk-accepted");

        // Agreements count only while valid (both ends inclusive, open ends allowed), and one that covers the
        // dependency's target covers the dependency; a pair of organisations is reported once per node.
        String[] boundary = {"id", "kind", "dependsOn", "organisation1", "organisation2"};
        assertThat(rows("uncovered-boundaries", AS_OF, boundary)).containsExactly(
                "infra-y | NODE | null | fed | mun-a",
                "sys-b | NODE | null | fed | mun-b",
                "sys-b | DEPENDENCY | infra-x | fed | mun-b",
                "sys-conflict | NODE | null | fed | mun-a");
        assertThat(rows("uncovered-boundaries", LocalDate.of(2026, 11, 28), boundary)).containsExactly(
                "infra-y | NODE | null | fed | mun-a",
                "sys-conflict | NODE | null | fed | mun-a");
        assertThat(ids("uncovered-boundaries", LocalDate.of(2026, 11, 30)))
                .containsExactly("infra-y", "sys-b", "sys-b");

        // Current: performed on or before the day and no more than 12 calendar months before it.
        assertThat(rows("infrastructure-without-risk-analysis", AS_OF, "id", "lastAnalysis", "lastPerformed"))
                .containsExactly("infra-none | null | null", "infra-z | ra-old | 2025-11-28");
        assertThat(ids("infrastructure-without-risk-analysis", LocalDate.of(2026, 11, 30)))
                .containsExactly("infra-none", "infra-y");

        // Strictly before the day; closed risks and risks without reviewBy never.
        assertThat(rows("overdue-risks", AS_OF, "id", "reviewBy", "status", "owner")).containsExactly(
                "risk-accepted | 2026-01-01 | accepted | r-fed-vacant",
                "risk-overdue | 2026-11-28 | treated | null");
        assertThat(rows("documents-due", AS_OF, "id", "adoptedBy")).containsExactly("doc-due | styrelse");

        // The last default band (9–16); status absent is open; closed risks count nowhere.
        assertThat(rows("high-risks", AS_OF, "id", "score", "band", "targets")).containsExactly(
                "risk-due-today | 16 | high | infra-x",
                "risk-accepted | 12 | high | infra-z",
                "risk-overdue | 9 | high | infra-y, sys-a");
    }

    @Test
    void highRisksFollowTheConfiguredBands() {
        Fixtures.loadText(models, """
                version: 1
                scales:
                  riskBands:
                    - {name: låg, max: 6}
                    - {name: kritisk, max: 16}
                risks:
                  - {id: risk-6, title: Sex, likelihood: 2, consequence: 3}
                  - {id: risk-9, title: Nio, likelihood: 3, consequence: 3, status: open}
                  - {id: risk-16, title: Sexton, likelihood: 4, consequence: 4, status: closed}
                """);
        assertThat(rows("high-risks", AS_OF, "id", "band")).containsExactly("risk-9 | kritisk");

        Fixtures.loadText(models, """
                version: 1
                scales:
                  riskBands:
                    - {name: alla, max: 16}
                risks:
                  - {id: risk-1, title: Ett, likelihood: 1, consequence: 1}
                  - {id: risk-6, title: Sex, likelihood: 2, consequence: 3}
                """);
        assertThat(rows("high-risks", AS_OF, "id", "band")).containsExactly("risk-6 | alla", "risk-1 | alla");
    }
}
