package se.ansvarskarta.graph;

import java.time.Duration;

/**
 * An import was switching a large model live for longer than a reader waits ({@code ansvarskarta.import.switch-wait}):
 * the request should be tried again shortly (HTTP 503, message {@code model.switching}).
 */
public class ModelSwitchingException extends RuntimeException {

    public ModelSwitchingException(Duration waited) {
        super("An import is switching the model live; waited " + waited.toSeconds() + " s, try again shortly");
    }
}
