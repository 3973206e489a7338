package se.ansvarskarta.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One report file: its name, its comment header (descriptions in Swedish and English, parameters, columns) and its
 * Cypher text. A user's file that cannot be used carries the reason in {@link #error()} and is never run.
 *
 * @param name          the file name without {@code .cypher}
 * @param descriptionSv what the report lists, in Swedish
 * @param descriptionEn the same in English
 * @param parameters    the header's parameters line ({@code none} when the report does not depend on the date)
 * @param columns       the header's column names
 * @param text          the Cypher text, header included
 * @param builtIn       shipped with the application (classpath) rather than a file in the reports directory
 * @param error         why the report cannot be run, or null
 */
public record ReportDefinition(String name, String descriptionSv, String descriptionEn, String parameters,
                               List<String> columns, String text, boolean builtIn, String error) {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** Reads the header of a report file; a file without a usable header is returned as broken. */
    static ReportDefinition parse(String name, String text, boolean builtIn) {
        String headerName = null;
        String sv = null;
        String en = null;
        String parameters = null;
        List<String> columns = List.of();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                break;
            }
            String comment = trimmed.substring(2).strip();
            String value = comment.contains(":") ? comment.substring(comment.indexOf(':') + 1).strip() : "";
            if (comment.startsWith("name:")) {
                headerName = value;
            } else if (comment.startsWith("description (sv):") || comment.startsWith("description:")) {
                sv = value;
            } else if (comment.startsWith("description (en):")) {
                en = value;
            } else if (comment.startsWith("parameters:")) {
                parameters = value;
            } else if (comment.startsWith("columns:")) {
                columns = Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            }
        }
        List<String> problems = new ArrayList<>();
        if (headerName == null) {
            problems.add("rubriken saknar raden // name: " + name);
        } else if (!headerName.equals(name)) {
            problems.add("namnet i rubriken (" + headerName + ") är inte filens namn (" + name + ")");
        }
        if (sv == null && en == null) {
            problems.add("rubriken saknar raden // description (sv): …");
        }
        String error = problems.isEmpty() ? null : "Rapportfilen är felaktig: " + String.join("; ", problems) + ".";
        return new ReportDefinition(name, sv != null ? sv : en != null ? en : "", en != null ? en : sv != null ? sv : "",
                parameters != null ? parameters : "", columns, text, builtIn, error);
    }

    /** A report that cannot be read or used at all. */
    static ReportDefinition broken(String name, boolean builtIn, String error) {
        return new ReportDefinition(name, "", "", "", List.of(), "", builtIn, error);
    }

    ReportDefinition withError(String error) {
        return new ReportDefinition(name, descriptionSv, descriptionEn, parameters, columns, text, builtIn, error);
    }

    public boolean broken() {
        return error != null;
    }

    /** The description in the user's language: English for an English locale, Swedish otherwise. */
    public String description(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? descriptionEn : descriptionSv;
    }
}
