package se.ansvarskarta.report;

import java.util.List;
import java.util.Locale;

/**
 * A report as the catalogue lists it to a user (REST and GraphQL).
 *
 * @param name          the report's name
 * @param description   what it lists, in the user's language (Swedish unless the request asks for English)
 * @param descriptionSv the description in Swedish
 * @param descriptionEn the description in English
 * @param parameters    the parameters it takes ({@code $asOf} or none)
 * @param columns       its columns as its header declares them
 * @param builtIn       shipped with the application rather than a user's file
 * @param broken        a file that cannot be run
 * @param error         why it is broken, or null
 */
public record ReportInfo(String name, String description, String descriptionSv, String descriptionEn,
                         String parameters, List<String> columns, boolean builtIn, boolean broken, String error) {

    static ReportInfo of(ReportDefinition report, Locale locale) {
        return new ReportInfo(report.name(), report.description(locale), report.descriptionSv(),
                report.descriptionEn(), report.parameters(), report.columns(), report.builtIn(), report.broken(),
                report.error());
    }
}
