package se.ansvarskarta;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.ansvarskarta.projection.Derivation;
import se.ansvarskarta.projection.Projection;

/**
 * Test-only: when armed, gives the last system or infrastructure node of the next import a value Neo4j cannot
 * store, so that the import fails in the middle of staging, after most of the new model has been written: the
 * stand-in for a failure or a kill in the middle of an import.
 */
@Component
public class FailingDerivation implements Derivation {

    public static volatile boolean armed;

    @Override
    public Map<String, Object[]> derive(Projection projection) {
        if (!armed) {
            return Map.of();
        }
        armed = false;
        Object[] poison = new Object[projection.size()];
        for (int i = projection.size() - 1; i >= 0; i--) {
            if (projection.kind(i).isAsset()) {
                poison[i] = Map.of("not", "storable");
                break;
            }
        }
        Map<String, Object[]> values = new HashMap<>();
        values.put("testPoison", poison);
        return values;
    }
}
