package se.ansvarskarta.web;

import java.util.Locale;

/** The explorer's languages: Swedish (the default) and English. */
final class Languages {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private Languages() {
    }

    /** English for {@code en}, Swedish for anything else. */
    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : SWEDISH;
    }
}
