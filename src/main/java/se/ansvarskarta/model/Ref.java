package se.ansvarskarta.model;

/**
 * A reference to an id, with its position in the file's list of ids ({@code -1} for a single id); the entry and key
 * it belongs to give the rest of its place ({@link Entry#place(String, Ref)}).
 */
record Ref(String id, int position) {
}
