package se.ansvarskarta.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The {@code asOf} query parameter of the REST endpoints: ISO {@code YYYY-MM-DD}, absent for today. */
public final class QueryDates {

    private QueryDates() {
    }

    /**
     * The date, or null when none is given.
     *
     * @throws BadRequestException with the {@code report.badDate} message when the text is not such a date
     */
    public static LocalDate parse(String asOf, MessageSource messages, Locale locale) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            if (asOf.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(asOf);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadRequestException(messages.getMessage("report.badDate", new Object[] {asOf}, locale));
    }
}
