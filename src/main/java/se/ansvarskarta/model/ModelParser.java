package se.ansvarskarta.model;

import java.io.InputStream;
import java.util.List;

import org.springframework.util.unit.DataSize;

/** Reads and validates a whole model file; throws {@link ModelRejectedException} with every problem found. */
final class ModelParser {

    private ModelParser() {
    }

    static ParsedModel parse(InputStream in, ModelFormat format, DataSize limit) {
        Problems problems = new Problems();
        ParsedModel model;
        try (Tokens tokens = format.tokens(new LimitedInputStream(in, limit.toBytes()))) {
            model = ModelReader.read(tokens, problems);
        } catch (ModelSyntaxException e) {
            throw new ModelRejectedException(400,
                    List.of(new Problem(lineAndColumn(e.line(), e.column()), "syntax", e.getMessage())), 1);
        } catch (RuntimeException e) {
            if (causedByLimit(e)) {
                throw new ModelRejectedException(413, List.of(new Problem("", "tooLarge", limit.toString())), 1);
            }
            throw e;
        }
        ModelValidator.validate(model, problems);
        if (problems.any()) {
            throw new ModelRejectedException(422, problems.listed(), problems.total());
        }
        return model;
    }

    /** A syntax error's place: its line and column, rendered in the reader's language. */
    static String lineAndColumn(int line, int column) {
        return "@" + line + ":" + column;
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.LimitExceeded) {
                return true;
            }
        }
        return false;
    }
}
