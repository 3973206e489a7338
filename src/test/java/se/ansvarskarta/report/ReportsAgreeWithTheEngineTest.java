package se.ansvarskarta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.impact.DependencyCycles;
import se.ansvarskarta.impact.SinglePointsOfFailure;
import se.ansvarskarta.model.ModelService;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import se.ansvarskarta.protection.ProtectionNeed;
import se.ansvarskarta.responsibility.Boundaries;
import se.ansvarskarta.responsibility.Gaps;

/**
 * Reports (Cypher on the database) and the analysis engine (Java on the projection) are two implementations of the
 * same rules: on every fixture model and the example, their id sets must be equal.
 */
@AnsvarskartaTest
class ReportsAgreeWithTheEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

    @Autowired
    ModelService models;
    @Autowired
    ProjectionService projections;
    @Autowired
    ReportRunner reports;

    @ParameterizedTest
    @ValueSource(strings = {"example", "boundaries", "impact-clusters", "protection", "reports-basics",
            "responsibility", "risks"})
    void everyDerivedOrAnalysedReportListsExactlyWhatTheEngineFinds(String model) {
        if (model.equals("example")) {
            Fixtures.loadExample(models);
        } else {
            Fixtures.load(models, model);
        }
        Projection p = projections.current();

        List<String> underClassified = new ArrayList<>();
        List<String> cycles = new ArrayList<>();
        boolean[] spof = SinglePointsOfFailure.of(p);
        String[] cycle = DependencyCycles.of(p);
        List<String> singlePoints = new ArrayList<>();
        for (int n = 0; n < p.size(); n++) {
            if (p.kind(n).isAsset() && ProtectionNeed.of(p, n).underClassified()) {
                underClassified.add(p.id(n));
            }
            if (spof[n]) {
                singlePoints.add(p.id(n));
            }
            if (cycle[n] != null) {
                cycles.add(p.id(n) + " " + cycle[n]);
            }
        }
        List<String> gaps = Gaps.of(p).stream().map(g -> p.id(g.node())).toList();
        List<String> uncovered = Boundaries.of(p, AS_OF, -1).stream().filter(b -> !b.covered())
                .map(b -> p.id(b.node())).toList();
        List<String> unclassified = new ArrayList<>();
        for (int n = 0; n < p.size(); n++) {
            if (p.kind(n) == Kind.SYSTEM && !classified(p, n)) {
                unclassified.add(p.id(n));
            }
        }

        assertThat(ids("under-classified")).isEqualTo(new TreeSet<>(underClassified));
        assertThat(ids("single-points-of-failure")).isEqualTo(new TreeSet<>(singlePoints));
        assertThat(rows("dependency-cycles")).isEqualTo(new TreeSet<>(cycles));
        assertThat(ids("responsibility-gaps")).isEqualTo(new TreeSet<>(gaps));
        assertThat(ids("uncovered-boundaries")).isEqualTo(new TreeSet<>(uncovered));
        assertThat(ids("unclassified-systems")).isEqualTo(new TreeSet<>(unclassified));
    }

    /** Classified (PRODUCT.md 4): an own classification, or at least one classified information type processed. */
    private static boolean classified(Projection p, int system) {
        if (p.hasClassification(system)) {
            return true;
        }
        var processes = p.out(se.ansvarskarta.graph.Rel.PROCESSES);
        for (int e = processes.start(system); e < processes.end(system); e++) {
            if (p.hasClassification(processes.target(e))) {
                return true;
            }
        }
        return false;
    }

    private TreeSet<String> ids(String report) {
        return new TreeSet<>(reports.run(report, AS_OF).rows().stream().map(r -> r.get(0)).toList());
    }

    private TreeSet<String> rows(String report) {
        return new TreeSet<>(reports.run(report, AS_OF).rows().stream().map(r -> r.get(0) + " " + r.get(1)).toList());
    }
}
