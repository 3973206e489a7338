package se.ansvarskarta.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code Date} scalar: an ISO date, YYYY-MM-DD. */
final class DateScalar {

    static final String NOT_A_DATE = "Not a date of the form YYYY-MM-DD";
    static final String NOT_A_VALID_DATE = "Not a valid date";
    static final String NOT_A_STRING = "A date must be a string YYYY-MM-DD";

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("ISO date, YYYY-MM-DD")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(String.valueOf(input), CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                              Locale locale) {
                    if (input instanceof StringValue s) {
                        return parse(s.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException(NOT_A_STRING);
                }
            })
            .build();

    private DateScalar() {
    }

    private static LocalDate parse(String text, java.util.function.Function<String, RuntimeException> error) {
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                throw error.apply(NOT_A_DATE + ": " + text);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply(NOT_A_VALID_DATE + ": " + text);
        }
    }
}
