package se.ansvarskarta.report;

import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Graph;

/**
 * Stand-in for the analysis engine (not on this branch): writes the derived values three reports read, as the engine
 * would compute them for the VMKF example. Once the engine stores them on import, replace this with the engine's own
 * values and check the reports against it.
 */
final class DerivedValues {

    static final List<String> EXAMPLE_SPOF = List.of("infra-ad", "infra-citrix", "infra-corenet", "infra-dc-koping",
            "infra-dns", "infra-entra", "infra-fw", "infra-hypervisor", "infra-integration", "infra-internet",
            "infra-kyla-koping", "infra-m365", "infra-san", "infra-sql", "infra-telefoni", "infra-ups-koping",
            "infra-vm", "infra-webbdmz", "sys-earkiv", "sys-hr", "sys-inkop", "sys-lon", "sys-servicedesk",
            "sys-vaxel");

    private DerivedValues() {
    }

    static void setOnTheExample(Graph graph) {
        set(graph, Map.of(
                "sys-lon", Map.of("derivedUnderClassified", true, "derivedNeedAvailability", 3),
                "infra-san", Map.of("derivedUnderClassified", true, "derivedNeedIntegrity", 4),
                "infra-ad", Map.of("derivedCycle", "infra-ad"),
                "infra-dns", Map.of("derivedCycle", "infra-ad")), EXAMPLE_SPOF);
    }

    /** Sets the given derived properties, and derivedSinglePointOfFailure true on the listed nodes, false elsewhere. */
    static void set(Graph graph, Map<String, Map<String, Object>> props, List<String> singlePoints) {
        graph.write(tx -> {
            tx.run("""
                    MATCH (n) WHERE n:System OR n:Infrastructure
                    SET n.derivedUnderClassified = false, n.derivedSinglePointOfFailure = n.id IN $spof,
                        n.derivedCycle = null""", Map.of("spof", singlePoints)).consume();
            props.forEach((id, values) -> tx.run("""
                    MATCH (n {id: $id}) WHERE n:System OR n:Infrastructure
                    SET n += $values""", Map.of("id", id, "values", values)).consume());
            return null;
        });
    }
}
