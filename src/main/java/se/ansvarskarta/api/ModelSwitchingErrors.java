package se.ansvarskarta.api;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.ansvarskarta.graph.ModelSwitchingException;

/** Any REST answer asked for while an import switches a large model live for too long: 503, try again shortly. */
@RestControllerAdvice
class ModelSwitchingErrors {

    private final MessageSource messages;

    ModelSwitchingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ModelSwitchingException.class)
    ResponseEntity<Map<String, Object>> switching(ModelSwitchingException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", messages.getMessage("model.switching", null, locale)));
    }
}
