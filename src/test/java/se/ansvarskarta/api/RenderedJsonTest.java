package se.ansvarskarta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rendered list is written into an answer as the bytes Jackson would have written for the same values, whether
 * the answer is written as bytes (the HTTP response) or as characters, also when the list spans many chunks full
 * of multi-byte characters.
 */
class RenderedJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void aListOfManyChunksIsWrittenAsJacksonWritesTheSameValues() {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", "sys-" + i);
            item.put("name", "Åtgärdssystem för ärenden \"" + i + "\" – växel ☎");
            item.put("n", i);
            item.put("share", i / 7.0);
            item.put("covered", i % 2 == 0);
            item.put("none", null);
            values.add(item);
        }
        RenderedJson rendered = render(values);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("before", 1);
        answer.put("list", rendered);
        answer.put("after", List.of("x"));
        Map<String, Object> expected = new LinkedHashMap<>(answer);
        expected.put("list", values);

        byte[] bytes = MAPPER.writeValueAsBytes(answer);
        assertThat(bytes.length).isGreaterThan(3 * 64 * 1024);
        assertThat(bytes).isEqualTo(MAPPER.writeValueAsBytes(expected));
        assertThat(MAPPER.writeValueAsString(answer)).isEqualTo(MAPPER.writeValueAsString(expected));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(MAPPER.writeValueAsString(expected));
    }

    @Test
    void rawValuesInAnArrayGetTheirSeparators() {
        List<Object> answer = List.of(render(List.of("a")), render(List.of()), render(List.of(1, 2)));
        assertThat(MAPPER.writeValueAsString(answer)).isEqualTo("[[\"a\"],[],[1,2]]");
        assertThat(new String(MAPPER.writeValueAsBytes(answer), StandardCharsets.UTF_8))
                .isEqualTo("[[\"a\"],[],[1,2]]");
    }

    /** What the walk does: Jackson's own generator writing into the chunked output. */
    private static RenderedJson render(List<Object> values) {
        RenderedJson.Output out = new RenderedJson.Output();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            MAPPER.writeValue(json, values);
        }
        return out.rendered();
    }
}
