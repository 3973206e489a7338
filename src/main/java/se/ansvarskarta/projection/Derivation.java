package se.ansvarskarta.projection;

import java.util.Map;

/**
 * Values an analysis keeps on system and infrastructure nodes so that the Cypher reports can read what plain
 * Cypher expresses badly (fixpoints, maxima over dependents, strongly connected components). They are computed on
 * the projection of the new model and written in the same transaction as the change; export leaves them out.
 */
public interface Derivation {

    /**
     * Property name to value per node index (only system and infrastructure nodes are written; a null value
     * removes the property). Every property this derivation owns must be a key, even when no node has a value.
     */
    Map<String, Object[]> derive(Projection projection);
}
