package se.ansvarskarta.model;

/** A reference to an id, with its place in the file. */
record Ref(String id, String place) {
}
