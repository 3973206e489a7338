package se.ansvarskarta;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;

/**
 * Test-only: when armed, fails the import transaction after the new model has been written, standing in for a
 * failure or a kill in the middle of an import.
 */
@Component
public class FailingDerivation implements Derivation {

    public static volatile boolean armed;

    @Override
    public Map<String, Object[]> derive(Projection projection) {
        if (armed) {
            armed = false;
            throw new IllegalStateException("Simulated failure in the middle of an import");
        }
        return Map.of();
    }
}
