package se.ansvarskarta.api;

/** An id that names no node: answered with classification NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String id) {
        super("No node with id '" + id + "'");
    }
}
