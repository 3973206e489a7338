package se.ansvarskarta.impact;

import java.util.Arrays;

/** Node index to its position in a list of distinct nodes: open addressing, sized to the list, not to the model. */
final class NodePositions {

    private final int[] keys;
    private final int[] values;
    private final int mask;

    NodePositions(int[] nodes) {
        int capacity = Integer.highestOneBit(Math.max(4, nodes.length * 2 + 1) - 1) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(keys, -1);
        for (int i = 0; i < nodes.length; i++) {
            int slot = slot(nodes[i]);
            while (keys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = nodes[i];
            values[slot] = i;
        }
    }

    /** The node's position, or -1 when it is not in the list. */
    int of(int node) {
        for (int slot = slot(node); keys[slot] != -1; slot = (slot + 1) & mask) {
            if (keys[slot] == node) {
                return values[slot];
            }
        }
        return -1;
    }

    private int slot(int node) {
        return (node * 0x9E3779B9 >>> 16 ^ node * 0x9E3779B9) & mask;
    }
}
