package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;

@AnsvarskartaTest
class ExportImportTest {

    @Autowired
    ModelService models;

    @Test
    void theExampleImportsAndExportThenImportGivesBackTheSameModel() {
        int nodes = Fixtures.loadExample(models);
        assertThat(nodes).isGreaterThan(200);
        String first = export(ModelFormat.YAML);
        models.importModel(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)), ModelFormat.YAML);
        assertThat(export(ModelFormat.YAML)).isEqualTo(first);
        String json = export(ModelFormat.JSON);
        models.importModel(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ModelFormat.JSON);
        assertThat(export(ModelFormat.YAML)).isEqualTo(first);
    }

    private String export(ModelFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.export(out, format);
        return out.toString(StandardCharsets.UTF_8);
    }
}
