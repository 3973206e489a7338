package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders import problems in the reader's language (Swedish unless English is asked for). */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The body of a refused import: {@code {"errors": [{"place", "message"}], "total": N}}. */
    public Map<String, Object> body(ModelRejectedException e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (Problem p : e.problems()) {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("place", place(p.place(), locale));
            error.put("message", message(p, locale));
            errors.add(error);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors);
        body.put("total", e.total());
        return body;
    }

    public String message(Problem p, Locale locale) {
        Object[] args = new Object[p.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = String.valueOf(p.args()[i]); // no digit grouping in numbers
        }
        return messages.getMessage("import." + p.code(), args, p.code(), locale);
    }

    public String place(String place, Locale locale) {
        if (place.startsWith("@")) {
            String[] lc = place.substring(1).split(":");
            return messages.getMessage("import.place.line", new Object[] {lc[0], lc[1]}, place, locale);
        }
        return place;
    }

    /** One line per problem, for the console. */
    public String lines(ModelRejectedException e, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Problem p : e.problems()) {
            String place = place(p.place(), locale);
            text.append(place.isEmpty() ? "" : place + ": ").append(message(p, locale)).append('\n');
        }
        if (e.total() > e.problems().size()) {
            text.append("... (").append(e.total()).append(")\n");
        }
        return text.toString();
    }
}
