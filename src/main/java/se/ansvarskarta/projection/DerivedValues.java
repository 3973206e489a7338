package se.ansvarskarta.projection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every {@link Derivation}'s values for one projection, kept as one array per property (a node's values are
 * gathered only when it is written, so a national model does not hold a map per node).
 */
public final class DerivedValues {

    private final Projection projection;
    private final Map<String, Object[]> byProperty = new LinkedHashMap<>();

    DerivedValues(Projection projection) {
        this.projection = projection;
    }

    void add(Map<String, Object[]> values) {
        byProperty.putAll(values);
    }

    /**
     * The properties to store on node {@code i} (a null value removes one), or null when the node is not a system
     * or infrastructure (derived values live on those only).
     */
    public Map<String, Object> of(int i) {
        if (!projection.kind(i).isAsset()) {
            return null;
        }
        Map<String, Object> props = new HashMap<>();
        byProperty.forEach((key, values) -> props.put(key, values[i]));
        return props;
    }
}
