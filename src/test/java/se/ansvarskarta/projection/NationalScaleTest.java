package se.ansvarskarta.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.ansvarskarta.impact.DependencyCycles;
import se.ansvarskarta.impact.Impact;
import se.ansvarskarta.impact.SinglePointsOfFailure;
import se.ansvarskarta.protection.ProtectionNeeds;
import se.ansvarskarta.responsibility.Boundaries;
import se.ansvarskarta.responsibility.Gaps;
import se.ansvarskarta.risk.Exposure;

/** The analyses on a generated national-scale projection (about 200k nodes) answer within interactive times. */
class NationalScaleTest {

    static Projection national;

    @BeforeAll
    static void generate() {
        national = SyntheticProjection.generate(290);
    }

    @Test
    void theGeneratedModelIsNationalScale() {
        assertThat(national.size()).isGreaterThan(190_000);
        assertThat(SyntheticProjection.edgeCount(national)).isGreaterThan(700_000);
    }

    @Test
    void gapsAndBoundariesOfTheWholeNationalModelTakeWellUnderTwoSeconds() {
        // generous for a loaded build machine; typically 50-500 ms
        assertThat(timed("gaps", () -> Gaps.of(national).size())).isLessThan(2_000);
        assertThat(timed("boundaries", () -> Boundaries.of(national, LocalDate.of(2026, 1, 1), -1).size()))
                .isLessThan(2_000);
    }

    @Test
    void theImpactOfASharedServerAndTheExposureOfAMunicipalityAreFast() {
        assertThat(timed("impact", () -> Impact.of(national, new int[] {national.indexOf("fed-0-infra-0")})
                .down().length)).isLessThan(1_000);
        assertThat(timed("exposure", () -> Exposure.ofOrganisation(national, national.indexOf("mun-3"))
                .risks().size())).isLessThan(1_000);
    }

    @Test
    void theDerivationsForTheReportsRunInSeconds() {
        assertThat(timed("needs", () -> new ProtectionNeeds().derive(national).size())).isLessThan(5_000);
        assertThat(timed("cycles", () -> new DependencyCycles().derive(national).size())).isLessThan(5_000);
        assertThat(timed("single points of failure", () -> count(SinglePointsOfFailure.of(national))))
                .isLessThan(10_000);
    }

    @Test
    void aRingOfTwoHundredThousandDependenciesIsOneCycleFoundWithoutRecursion() {
        Projection ring = SyntheticProjection.ring(200_000);
        String[] cycles = DependencyCycles.of(ring);
        assertThat(cycles).containsOnly("n000000");
        assertThat(Impact.of(ring, new int[] {0}).depth(1)).isEqualTo(199_999);
        assertThat(new ProtectionNeeds().derive(ring)).containsKey("derivedUnderClassified");
    }

    private static int count(boolean[] values) {
        int count = 0;
        for (boolean v : values) {
            count += v ? 1 : 0;
        }
        return count;
    }

    private static long timed(String what, Supplier<Object> work) {
        work.get(); // warm up
        long started = System.nanoTime();
        Object result = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(what + ": " + result + " in " + millis + " ms");
        return millis;
    }
}
