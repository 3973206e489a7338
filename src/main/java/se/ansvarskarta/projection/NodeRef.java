package se.ansvarskarta.projection;

import se.ansvarskarta.graph.Kind;

/** A node as the API hands it out: id, kind and name; further fields are resolved from the projection or store. */
public record NodeRef(String id, Kind kind, String name) {

    public static NodeRef of(Projection projection, int node) {
        return new NodeRef(projection.id(node), projection.kind(node), projection.name(node));
    }
}
