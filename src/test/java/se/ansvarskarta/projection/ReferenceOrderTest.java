package se.ansvarskarta.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.ansvarskarta.AnsvarskartaTest;
import se.ansvarskarta.Fixtures;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.model.ModelFormat;
import se.ansvarskarta.model.ModelService;

/**
 * References are stored without their place in the file's list: the model reads them back in the order their
 * targets are declared, the same in the projection built from the file at import, in one loaded from the database
 * (another instance, a restart) and in the export.
 */
@AnsvarskartaTest
class ReferenceOrderTest {

    private static final String MODEL = """
            version: 1
            organisations:
              - {id: fed, name: Förbundet, type: federation}
              - {id: kom, name: Kommunen, type: municipality, memberOf: fed}
            roles:
              - {id: r1, title: Ägare, organisation: kom, holder: Anna}
              - {id: r2, title: Drift, organisation: fed, holder: Bo}
            bodies:
              - {id: rad, name: Digitaliseringsråd, type: council, organisation: fed, members: [r2, r1]}
            systems:
              - {id: sys-b, name: B, dependsOn: [vm-2, sys-a, vm-1]}
              - {id: sys-a, name: A, dependsOn: [vm-1]}
            infrastructure:
              - {id: vm-1, name: VM 1, kind: server}
              - {id: vm-2, name: VM 2, kind: server}
              - {id: cluster, name: Kluster, kind: cluster, minAvailable: 1, members: [vm-2, vm-1]}
            responsibilities:
              - {role: r2, aspect: operations, target: vm-1}
              - {role: r1, aspect: owner, target: sys-b}
              - {role: r1, aspect: owner, target: sys-a}
            agreements:
              - {id: sla, title: SLA, type: sla, parties: [kom, fed], covers: [vm-1, sys-b]}
            """;

    @Autowired
    ModelService models;
    @Autowired
    ProjectionService projections;
    @Autowired
    Graph graph;

    @Test
    void theProjectionOfTheFileAndTheOneLoadedFromTheDatabaseListNeighboursAlike() {
        Fixtures.loadText(models, MODEL);
        Projection fromFile = projections.current();
        Projection fromDatabase = graph.read(ProjectionLoader::load);
        assertThat(fromDatabase.size()).isEqualTo(fromFile.size());
        for (Rel rel : Rel.values()) {
            for (int node = 0; node < fromFile.size(); node++) {
                assertThat(fromDatabase.id(node)).isEqualTo(fromFile.id(node));
                assertThat(fromDatabase.out(rel).of(node)).as("%s out of %s", rel, fromFile.id(node))
                        .isEqualTo(fromFile.out(rel).of(node));
                assertThat(fromDatabase.in(rel).of(node)).as("%s in of %s", rel, fromFile.id(node))
                        .isEqualTo(fromFile.in(rel).of(node));
            }
        }
        int sysB = fromFile.indexOf("sys-b");
        assertThat(ids(fromFile, fromFile.out(Rel.DEPENDS_ON).of(sysB))).containsExactly("sys-a", "vm-1", "vm-2");
        assertThat(ids(fromFile, fromFile.in(Rel.DEPENDS_ON).of(fromFile.indexOf("vm-1"))))
                .containsExactly("sys-b", "sys-a");
        assertThat(ids(fromFile, fromFile.in(Rel.RESPONSIBLE_FOR).of(fromFile.indexOf("sys-b"))))
                .containsExactly("r1");
    }

    @Test
    void theExportListsReferencesInTheOrderTheirTargetsAreDeclared() {
        Fixtures.loadText(models, MODEL);
        String yaml = export();
        assertThat(yaml).contains("members:\n  - \"r1\"\n  - \"r2\"")
                .contains("dependsOn:\n  - \"sys-a\"\n  - \"vm-1\"\n  - \"vm-2\"")
                .contains("members:\n  - \"vm-1\"\n  - \"vm-2\"")
                .contains("parties:\n  - \"fed\"\n  - \"kom\"")
                .contains("covers:\n  - \"sys-b\"\n  - \"vm-1\"");
        // responsibilities keep their place in the file
        assertThat(yaml.indexOf("target: \"vm-1\"")).isLessThan(yaml.indexOf("target: \"sys-b\""));
    }

    private String export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        models.export(out, ModelFormat.YAML);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String[] ids(Projection p, int[] nodes) {
        return Arrays.stream(nodes).mapToObj(p::id).toArray(String[]::new);
    }
}
