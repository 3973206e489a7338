package se.ansvarskarta.projection;

import java.util.Arrays;

/**
 * Strongly connected components of the graph formed by some relationship types (outgoing direction), found with an
 * iterative Tarjan so that national-scale chains cannot overflow the stack. Components are numbered in the order
 * Tarjan completes them: a component is numbered after every component it reaches, so numbering in reverse visits
 * each component before everything it depends on.
 */
public final class StrongComponents {

    private final int[] component;
    private final int[] size;
    private final int count;

    private StrongComponents(int[] component, int[] size, int count) {
        this.component = component;
        this.size = size;
        this.count = count;
    }

    /** Components of the nodes of {@code projection} over the union of the given edge sets. */
    public static StrongComponents of(Projection projection, Adjacency... edges) {
        int n = projection.size();
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        int[] component = new int[n];
        Arrays.fill(component, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        // the explicit call stack: node, which edge set, which edge next
        int[] callNode = new int[n];
        int[] callSet = new int[n];
        int[] callEdge = new int[n];
        int[] sizes = new int[16];
        int counter = 0;
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callSet[0] = 0;
            callEdge[0] = edges.length == 0 ? 0 : edges[0].start(root);
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                boolean descended = false;
                while (callSet[depth] < edges.length) {
                    Adjacency adj = edges[callSet[depth]];
                    if (callEdge[depth] >= adj.end(v)) {
                        callSet[depth]++;
                        if (callSet[depth] < edges.length) {
                            callEdge[depth] = edges[callSet[depth]].start(v);
                        }
                        continue;
                    }
                    int w = adj.target(callEdge[depth]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callSet[depth] = 0;
                        callEdge[depth] = edges[0].start(w);
                        descended = true;
                        break;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                }
                if (descended) {
                    continue;
                }
                if (low[v] == index[v]) {
                    int members = 0;
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        component[w] = count;
                        members++;
                    } while (w != v);
                    if (count == sizes.length) {
                        sizes = Arrays.copyOf(sizes, count * 2);
                    }
                    sizes[count++] = members;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return new StrongComponents(component, Arrays.copyOf(sizes, count), count);
    }

    /** The component number of a node. */
    public int component(int node) {
        return component[node];
    }

    /** How many nodes the component of {@code node} has. */
    public int sizeOf(int node) {
        return size[component[node]];
    }

    /** The number of components. */
    public int count() {
        return count;
    }

    /**
     * Node indices grouped by component, components in reverse completion order (every component before the
     * components it reaches); {@code offsets[c]..offsets[c+1]} in the returned order array bound group {@code c}.
     */
    public int[][] groupsDependentsFirst() {
        int n = component.length;
        int[] offsets = new int[count + 1];
        for (int v = 0; v < n; v++) {
            offsets[count - component[v]]++;
        }
        for (int c = 0; c < count; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] cursor = Arrays.copyOf(offsets, count);
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[cursor[count - 1 - component[v]]++] = v;
        }
        return new int[][] {offsets, order};
    }
}
