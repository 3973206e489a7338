package se.ansvarskarta.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Every rule of model-format.md's "Validation", read by the parser alone (no database). */
class ModelValidationTest {

    private static final String BASE = """
            version: 1
            organisations:
              - {id: vmkf, name: Förbundet, type: federation}
              - {id: koping, name: Köping, type: municipality, memberOf: vmkf}
            roles:
              - {id: r1, title: IT-chef, organisation: vmkf, holder: Anna}
            informationTypes:
              - {id: info1, name: Personal, classification: {confidentiality: 3, assessed: 2024-01-01}}
            systems:
              - {id: s1, name: Lön, usedBy: [koping], processes: [info1], dependsOn: [i1]}
            infrastructure:
              - {id: i1, name: Kluster, kind: cluster, members: [i2, i3], minAvailable: 1}
              - {id: i2, name: Nod 1, kind: server}
              - {id: i3, name: Nod 2, kind: server}
            responsibilities:
              - {role: r1, aspect: owner, target: s1}
            """;

    @Test
    void aValidModelIsAccepted() {
        ParsedModel model = parse(BASE);
        assertThat(model.entries.get(se.ansvarskarta.graph.Kind.SYSTEM)).hasSize(1);
        assertThat(model.responsibilities).hasSize(1);
    }

    @Test
    void theVersionIsRequiredAndMustBeOne() {
        assertProblems("organisations: []", "version", "missingKey");
        assertProblems("version: 2", "version", "badVersion");
        assertProblems("version: '1'", "version", "badVersion");
    }

    @Test
    void aDuplicateIdIsReportedWhereItOccursTheSecondTime() {
        var e = reject(BASE.replace("- {id: i3, name: Nod 2", "- {id: s1, name: Nod 2"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo("infrastructure[2].id");
            assertThat(p.code()).isEqualTo("duplicateId");
        });
    }

    @Test
    void anUndefinedReferenceIsReportedWithItsPlace() {
        assertProblems(BASE.replace("dependsOn: [i1]", "dependsOn: [i1, nope]"), "systems[0].dependsOn[1]", "unknownRef");
    }

    @Test
    void aReferenceToTheWrongKindIsRefused() {
        assertProblems(BASE.replace("usedBy: [koping]", "usedBy: [koping, s1]"), "systems[0].usedBy[1]", "wrongKind");
        assertProblems(BASE.replace("target: s1}", "target: koping}"), "responsibilities[0].target", "wrongKind");
    }

    @Test
    void aRepeatedIdInOneListCountsOnce() {
        ParsedModel model = parse(BASE.replace("usedBy: [koping]", "usedBy: [koping, koping]"));
        assertThat(model.entries.get(se.ansvarskarta.graph.Kind.SYSTEM).get(0).refs("usedBy")).hasSize(1);
    }

    @Test
    void requiredKeysAreReported() {
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1,"), "systems[0].name", "missingKey");
        assertProblems(BASE.replace("{id: i2, name: Nod 1, kind: server}", "{id: i2, name: Nod 1}"),
                "infrastructure[1].kind", "missingKey");
        assertProblems(BASE.replace("title: IT-chef, organisation: vmkf,", "title: IT-chef,"),
                "roles[0].organisation", "missingKey");
        assertProblems(BASE + "risks:\n  - {id: k1, title: Risk, consequence: 2}\n", "risks[0].likelihood", "missingKey");
        assertProblems(BASE + "riskAnalyses:\n  - {id: a1, title: Analys}\n", "riskAnalyses[0].performed", "missingKey");
        assertProblems(BASE + "riskAnalyses:\n  - {id: a1, title: Analys}\n", "riskAnalyses[0].scope", "missingKey");
        assertProblems(BASE.replace("{role: r1, aspect: owner, target: s1}", "{role: r1, target: s1}"),
                "responsibilities[0].aspect", "missingKey");
    }

    @Test
    void levelsOutsideTheScaleAreRefused() {
        assertProblems(BASE.replace("confidentiality: 3", "confidentiality: 5"),
                "informationTypes[0].classification.confidentiality", "outOfRange");
        assertProblems(BASE + "risks:\n  - {id: k1, title: Risk, likelihood: 0, consequence: 2}\n",
                "risks[0].likelihood", "outOfRange");
    }

    @Test
    void aDateThatIsNotADateIsRefused() {
        assertProblems(BASE.replace("assessed: 2024-01-01", "assessed: 2024-02-30"),
                "informationTypes[0].classification.assessed", "notDate");
        assertProblems(BASE.replace("assessed: 2024-01-01", "assessed: igår"),
                "informationTypes[0].classification.assessed", "notDate");
    }

    @Test
    void unknownKeysAndEnumValuesAreRefused() {
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: Lön, owner: x,"), "systems[0].owner",
                "unknownKey");
        assertProblems(BASE.replace("kind: server}", "kind: mainframe}"), "infrastructure[1].kind", "badEnum");
        assertProblems(BASE + "colours: []\n", "colours", "unknownKey");
        assertProblems(BASE.replace("confidentiality: 3,", "confidentiality: 3, secrecy: 1,"),
                "informationTypes[0].classification.secrecy", "unknownKey");
    }

    @Test
    void clusterRulesAreEnforced() {
        assertProblems(BASE.replace("{id: i2, name: Nod 1, kind: server}", "{id: i2, name: Nod 1, kind: server, minAvailable: 1}"),
                "infrastructure[1].minAvailable", "membersOnNonCluster");
        assertProblems(BASE.replace("{id: i2, name: Nod 1, kind: server}", "{id: i2, name: Nod 1, kind: server, members: [i3]}"),
                "infrastructure[1].members", "membersOnNonCluster");
        assertProblems(BASE.replace("members: [i2, i3], minAvailable: 1", "minAvailable: 1"),
                "infrastructure[0].members", "clusterWithoutMembers");
        assertProblems(BASE.replace("minAvailable: 1", "minAvailable: 0"), "infrastructure[0].minAvailable", "badMinAvailable");
        assertProblems(BASE.replace("minAvailable: 1", "minAvailable: 3"), "infrastructure[0].minAvailable", "badMinAvailable");
    }

    @Test
    void riskBandsMustIncreaseAndReachTheHighestScore() {
        assertProblems(BASE + "scales:\n  riskBands: [{name: low, max: 3}, {name: high, max: 12}]\n",
                "scales.riskBands[1].max", "bandsTooLow");
        assertProblems(BASE + "scales:\n  riskBands: [{name: low, max: 8}, {name: mid, max: 8}, {name: high, max: 16}]\n",
                "scales.riskBands[1].max", "bandsNotIncreasing");
    }

    @Test
    void textThatYamlReadsAsANumberBooleanOrDateMustBeQuoted() {
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: 2023, name: Lön,"), "systems[0].id", "notText");
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: yes,"), "systems[0].name", "notText");
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: 2023-04-12,"), "systems[0].name", "notText");
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: Lön, tags: [on],"), "systems[0].tags[0]", "notText");
        ParsedModel quoted = parse(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: \"yes\","));
        assertThat(quoted.entries.get(se.ansvarskarta.graph.Kind.SYSTEM).get(0).properties.get("name")).isEqualTo("yes");
    }

    @Test
    void attributeValuesKeepTheirType() {
        ParsedModel model = parse(BASE.replace("{id: s1, name: Lön,",
                "{id: s1, name: Lön, attributes: {rto: 4h, users: 350, critical: true, ratio: 0.5},"));
        var attributes = (java.util.Map<?, ?>) model.entries.get(se.ansvarskarta.graph.Kind.SYSTEM).get(0)
                .properties.get("attributes");
        assertThat(attributes.get("rto")).isEqualTo("4h");
        assertThat(attributes.get("users")).isEqualTo(350L);
        assertThat(attributes.get("critical")).isEqualTo(true);
        assertThat(attributes.get("ratio")).isEqualTo(0.5);
    }

    @Test
    void aRoleWithoutHolderIsVacantAndNullIsTheSameAsAbsent() {
        ParsedModel model = parse(BASE.replace("holder: Anna", "holder: null"));
        assertThat(model.entries.get(se.ansvarskarta.graph.Kind.ROLE).get(0).properties).doesNotContainKey("holder");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var e = reject(BASE.replace("kind: server}", "kind: mainframe}").replace("dependsOn: [i1]", "dependsOn: [x]")
                .replace("confidentiality: 3", "confidentiality: 9"));
        assertThat(e.total()).isEqualTo(4); // two bad kinds, one unknown ref, one level
        assertThat(e.status()).isEqualTo(422);
    }

    @Test
    void atMostTheFirstThousandProblemsAreListedButAllAreCounted() {
        StringBuilder yaml = new StringBuilder("version: 1\nsystems:\n");
        for (int i = 0; i < 1500; i++) {
            yaml.append("  - {id: s").append(i).append(", name: S, dependsOn: [missing]}\n");
        }
        var e = reject(yaml.toString());
        assertThat(e.problems()).hasSize(1000);
        assertThat(e.total()).isEqualTo(1500);
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnAndStatus400() {
        var e = reject("version: 1\nsystems:\n  - {id: s1, name: [unclosed\n");
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.problems().get(0).place()).matches("@\\d+:\\d+");
        var json = catchThrowableOfType(ModelRejectedException.class,
                () -> ModelParser.parse(in("{\"version\": 1,,}"), ModelFormat.JSON, DataSize.ofMegabytes(1)));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.problems().get(0).place()).isEqualTo("@1:15");
    }

    @Test
    void jsonFilesFollowTheSameRules() {
        var e = catchThrowableOfType(ModelRejectedException.class, () -> ModelParser.parse(in("""
                {"version": 1, "systems": [{"id": "s1", "name": 12, "usedBy": ["nobody"]}]}
                """), ModelFormat.JSON, DataSize.ofMegabytes(1)));
        assertThat(e.problems()).extracting(Problem::place).containsExactly("systems[0].name", "systems[0].usedBy[0]");
    }

    @Test
    void anchorsAndAliasesAreRefusedSoAnAliasBombCannotExpand() {
        StringBuilder bomb = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        var e = reject(bomb.toString());
        assertThat(e.status()).isIn(400, 422);
        var alias = reject(BASE.replace("usedBy: [koping]", "usedBy: &u [koping]"));
        assertThat(alias.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("alias"));
    }

    @Test
    void deeplyNestedDocumentsAreRefusedWithoutACrash() {
        String deep = "version: 1\nsystems: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertThat(reject(deep).status()).isEqualTo(400);
        String deepJson = "{\"version\": 1, \"systems\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        var e = catchThrowableOfType(ModelRejectedException.class,
                () -> ModelParser.parse(in(deepJson), ModelFormat.JSON, DataSize.ofMegabytes(10)));
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void aMultiMegabyteStringIsRefusedWithItsPlace() {
        String big = "x".repeat(3_000_000);
        assertProblems(BASE.replace("{id: s1, name: Lön,", "{id: s1, name: Lön, description: " + big + ","),
                "systems[0].description", "tooLong");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        var e = catchThrowableOfType(ModelRejectedException.class,
                () -> ModelParser.parse(in(BASE + "#" + "x".repeat(5000)), ModelFormat.YAML, DataSize.ofKilobytes(2)));
        assertThat(e.status()).isEqualTo(413);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(reject("").problems()).extracting(Problem::code).containsExactly("empty");
        assertThatThrownBy(() -> parse("just text")).isInstanceOf(ModelRejectedException.class);
    }

    private static ParsedModel parse(String yaml) {
        return ModelParser.parse(in(yaml), ModelFormat.YAML, DataSize.ofMegabytes(64));
    }

    private static ModelRejectedException reject(String yaml) {
        var e = catchThrowableOfType(ModelRejectedException.class, () -> parse(yaml));
        assertThat(e).as("the file should be refused").isNotNull();
        return e;
    }

    private static void assertProblems(String yaml, String place, String code) {
        List<Problem> problems = reject(yaml).problems();
        assertThat(problems).as(problems.toString())
                .anySatisfy(p -> {
                    assertThat(p.place()).isEqualTo(place);
                    assertThat(p.code()).isEqualTo(code);
                });
    }

    @Test
    void anIdIsWhatTheFormatsPatternSaysEveryCodePointChecked() {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]+");
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a" + Character.toString(c) + "1";
            assertThat(ModelReader.isId(text)).as("U+%04X", c).isEqualTo(id.matcher(text).matches());
        }
        assertThat(ModelReader.isId("")).isFalse();
        assertThat(ModelReader.isId("sys-köping_2.1")).isTrue();
        assertThat(ModelReader.isId("a b")).isFalse();
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
