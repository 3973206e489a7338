package se.ansvarskarta.model;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** JSON through Jackson's streaming parser, with bounds on nesting and on the length of one value. */
final class JsonTokens implements Tokens {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ModelReader.MAX_DEPTH)
                    .maxStringLength(ModelReader.MAX_TEXT_LENGTH * 4)
                    .maxNameLength(10_000)
                    .maxNumberLength(100)
                    .maxDocumentLength(-1)
                    .build())
            .build();

    private final JsonParser parser;
    private boolean pendingKey;

    JsonTokens(InputStream in) {
        this.parser = FACTORY.createParser(ObjectReadContext.empty(), in);
    }

    @Override
    public Type next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Type.END;
            }
            return switch (token) {
                case START_OBJECT -> Type.MAP_START;
                case END_OBJECT -> Type.MAP_END;
                case START_ARRAY -> Type.LIST_START;
                case END_ARRAY -> Type.LIST_END;
                default -> Type.SCALAR; // property names and values alike: keys are scalars in a map
            };
        } catch (JacksonException e) {
            var where = e.getLocation();
            throw new ModelSyntaxException(e.getOriginalMessage(),
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr());
        }
    }

    @Override
    public Object value() {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case PROPERTY_NAME, VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> integerValue();
            case VALUE_NUMBER_FLOAT -> (Object) parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A whole number as Long (as Double beyond Long's range); never promoted to Double by a conditional. */
    private Object integerValue() {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return parser.getDoubleValue();
        }
        return parser.getLongValue();
    }

    @Override
    public String nonTextReading() {
        return switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    @Override
    public boolean anchored() {
        return false;
    }

    @Override
    public int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    @Override
    public int column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    @Override
    public void close() {
        parser.close();
    }
}
