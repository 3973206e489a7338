package se.ansvarskarta.model;

/**
 * Where something is in a model file, e.g. {@code systems[3].dependsOn[1]}: a link to the enclosing place plus a key
 * or a list position. The text is built only when a problem is reported — a national model has millions of places
 * and almost never a problem.
 */
final class Place {

    private final Place parent;
    private final String key;
    private final int index;

    private Place(Place parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** A place at the top of the file, or given as its whole path (e.g. {@code scales.likelihood}). */
    static Place of(String path) {
        return new Place(null, path, -1);
    }

    /** The value under a key of the map at this place. */
    Place key(String child) {
        return new Place(this, child, -1);
    }

    /** The item at a position of the list at this place. */
    Place index(int position) {
        return new Place(this, null, position);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent != null) {
            parent.append(text);
        }
        if (key == null) {
            text.append('[').append(index).append(']');
        } else {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(key);
        }
    }
}
