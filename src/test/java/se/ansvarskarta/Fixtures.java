package se.ansvarskarta;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import se.ansvarskarta.model.ModelFormat;
import se.ansvarskarta.model.ModelService;

/** Loads the named fixture models of {@code src/test/resources/models/} and the example of {@code examples/}. */
public final class Fixtures {

    public static final Path EXAMPLE = Path.of("examples/vmkf.yaml");
    /** Counts the nodes an import leaves behind until it is tidied up: staged (_StagedSystem...) and retired ones. */
    public static final String COUNT_LEFTOVERS = "MATCH (n) WHERE n:_Retired "
            + "OR any(label IN labels(n) WHERE label STARTS WITH '_Staged') RETURN count(n) AS n";

    private Fixtures() {
    }

    /** Imports {@code models/<name>.yaml} (or .json) from the test resources. */
    public static int load(ModelService models, String name) {
        String resource = "models/" + name + (name.contains(".") ? "" : ".yaml");
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + resource);
            }
            return models.importModel(in, ModelFormat.ofFileName(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int loadExample(ModelService models) {
        try (InputStream in = Files.newInputStream(EXAMPLE)) {
            return models.importModel(in, ModelFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int loadText(ModelService models, String yaml) {
        return models.importModel(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ModelFormat.YAML);
    }
}
