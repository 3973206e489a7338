package se.ansvarskarta.model;

/** Property names of a node's own classification besides the four levels (named after the aspects). */
final class Classifications {

    static final String ASSESSED = "classificationAssessed";
    static final String NOTE = "classificationNote";

    private Classifications() {
    }
}
