package se.ansvarskarta.report;

import java.util.List;

/**
 * The result of running a report: its column names and its rows, every value rendered as a string (null stays null).
 *
 * @param name    the report's name
 * @param columns the column names, in order; the first is {@code id}
 * @param rows    the rows, each with one value per column
 */
public record Report(String name, List<String> columns, List<List<String>> rows) {
}
