package se.ansvarskarta.api;

import java.util.ArrayList;
import java.util.List;

import se.ansvarskarta.projection.NodeRef;
import se.ansvarskarta.projection.Projection;

/** Translation between the ids of the API and the node indices of a projection, shared by the controllers. */
public final class Nodes {

    private Nodes() {
    }

    /** The index of the node with this id; an unknown id is a {@link NotFoundException}. */
    public static int require(Projection p, String id) {
        int node = p.indexOf(id);
        if (node < 0) {
            throw new NotFoundException(id);
        }
        return node;
    }

    /** The nodes as the API hands them out, in the same order. */
    public static List<NodeRef> refs(Projection p, int[] nodes) {
        List<NodeRef> result = new ArrayList<>(nodes.length);
        for (int v : nodes) {
            result.add(NodeRef.of(p, v));
        }
        return result;
    }

    /** The ids of the nodes, in the same order. */
    public static List<String> ids(Projection p, int[] nodes) {
        List<String> result = new ArrayList<>(nodes.length);
        for (int v : nodes) {
            result.add(p.id(v));
        }
        return result;
    }
}
