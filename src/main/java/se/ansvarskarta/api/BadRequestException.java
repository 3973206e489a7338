package se.ansvarskarta.api;

/** A request that cannot be answered as asked: answered with classification BAD_REQUEST. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
