package se.ansvarskarta.model;

import java.io.InputStream;
import java.util.Iterator;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML through SnakeYAML Engine's event parser. Events are consumed one at a time and aliases are never expanded,
 * so neither an alias bomb nor a deep document can make the reader build anything large.
 */
final class YamlTokens implements Tokens {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    // What YAML 1.1 readers (and many tools) turn into something other than text.
    private static final Pattern BOOL_11 = Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF");
    private static final Pattern NUMBER_11 = Pattern.compile(
            "[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(:[0-5]?[0-9])+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \\t].*)?");

    private final Iterator<Event> events;
    private Event current;
    private int documents;

    YamlTokens(InputStream in) {
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(Integer.MAX_VALUE) // the byte limit of the import applies instead
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        this.events = new Parse(settings).parseInputStream(in).iterator();
    }

    @Override
    public Type next() {
        while (true) {
            try {
                if (!events.hasNext()) {
                    return Type.END;
                }
                current = events.next();
            } catch (MarkedYamlEngineException e) {
                var mark = e.getProblemMark().or(e::getContextMark);
                throw new ModelSyntaxException(e.getProblem() == null ? e.getMessage() : e.getProblem(),
                        mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0));
            } catch (YamlEngineException e) {
                throw new ModelSyntaxException(e.getMessage(), line(), column());
            }
            switch (current.getEventId()) {
                case MappingStart: return Type.MAP_START;
                case MappingEnd: return Type.MAP_END;
                case SequenceStart: return Type.LIST_START;
                case SequenceEnd: return Type.LIST_END;
                case Scalar: return Type.SCALAR;
                case Alias: return Type.ALIAS;
                case DocumentStart:
                    if (++documents > 1) {
                        throw new ModelSyntaxException("more than one YAML document", line(), column());
                    }
                    continue;
                case StreamEnd: return Type.END;
                default: continue;
            }
        }
    }

    private ScalarEvent scalar() {
        return (ScalarEvent) current;
    }

    @Override
    public Object value() {
        ScalarEvent s = scalar();
        String text = s.getValue();
        if (!s.isPlain()) {
            return text;
        }
        if (NULL.matcher(text).matches()) {
            return null;
        }
        if (BOOL.matcher(text).matches()) {
            return Boolean.valueOf(text.toLowerCase());
        }
        if (INT.matcher(text).matches()) {
            try {
                return Long.valueOf(text);
            } catch (NumberFormatException e) {
                return Double.valueOf(text);
            }
        }
        if (FLOAT.matcher(text).matches() && !text.equals(".") && !text.isEmpty()) {
            return Double.valueOf(text);
        }
        return text;
    }

    @Override
    public String nonTextReading() {
        ScalarEvent s = scalar();
        if (!s.isPlain()) {
            return null;
        }
        String text = s.getValue();
        if (NULL.matcher(text).matches()) {
            return "null";
        }
        if (BOOL.matcher(text).matches() || BOOL_11.matcher(text).matches()) {
            return "boolean";
        }
        if (NUMBER_11.matcher(text).matches()) {
            return "number";
        }
        if (DATE.matcher(text).matches()) {
            return "date";
        }
        return null;
    }

    @Override
    public boolean anchored() {
        return current instanceof NodeEvent node && node.getAnchor().isPresent();
    }

    @Override
    public int line() {
        return current == null ? 0 : current.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    @Override
    public int column() {
        return current == null ? 0 : current.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}
