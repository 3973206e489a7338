package se.ansvarskarta.projection;

import org.neo4j.driver.SimpleQueryRunner;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettingsCodec;
import se.ansvarskarta.graph.Rel;

/** Builds a {@link Projection} of the live model from the database in three bulk queries. */
final class ProjectionLoader {

    private ProjectionLoader() {
    }

    static Projection load(SimpleQueryRunner tx) {
        var settingsRows = tx.run(Cypher.load("model/read-settings")).list();
        String stamp = settingsRows.isEmpty() ? "" : settingsRows.get(0).get("stamp").asString("");
        var settings = ModelSettingsCodec.fromProperties(
                settingsRows.isEmpty() ? null : settingsRows.get(0).get("settings").asMap());
        ProjectionBuilder builder = new ProjectionBuilder();
        tx.run(Cypher.load("projection/nodes")).forEachRemaining(r ->
                builder.node(Kind.ofLabel(r.get("label").asString()), r.get("props").asMap()));
        builder.indexNodes();
        tx.run(Cypher.load("projection/relationships")).forEachRemaining(r -> {
            Rel rel;
            try {
                rel = Rel.valueOf(r.get("type").asString());
            } catch (IllegalArgumentException e) {
                return; // a relationship someone added by hand: not part of the model
            }
            builder.edge(r.get("a").asString(), rel, r.get("b").asString(), r.get("aspect").asString(null),
                    r.get("ord").asInt(0));
        });
        return builder.build(stamp, settings);
    }
}
