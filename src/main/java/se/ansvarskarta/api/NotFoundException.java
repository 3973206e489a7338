package se.ansvarskarta.api;

/** An id that names no node: answered with classification NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    private final String id;

    public NotFoundException(String id) {
        super("No node with id '" + id + "'");
        this.id = id;
    }

    /** The id that names no node. */
    public String id() {
        return id;
    }
}
