package se.ansvarskarta.responsibility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;
import se.ansvarskarta.projection.Adjacency;
import se.ansvarskarta.projection.Projection;

/**
 * Responsibility gaps (PRODUCT.md, analysis 6): a required aspect nobody holds ({@code MISSING}) or only vacant roles
 * hold ({@code VACANT}), and an owner aspect held by roles of more than one organisation ({@code CONFLICT}, vacant
 * roles counted). Required: system — owner, manager, operations; infrastructure — owner, operations; information
 * type — owner.
 */
public final class Gaps {

    private static final Aspect[] SYSTEM = {Aspect.OWNER, Aspect.MANAGER, Aspect.OPERATIONS};
    private static final Aspect[] INFRASTRUCTURE = {Aspect.OWNER, Aspect.OPERATIONS};
    private static final Aspect[] INFORMATION_TYPE = {Aspect.OWNER};
    private static final int[] NONE = new int[0];

    private Gaps() {
    }

    /** The kinds of gap. */
    public enum Problem { MISSING, VACANT, CONFLICT }

    /**
     * One gap.
     *
     * @param node    the node
     * @param aspect  the responsibility aspect
     * @param problem what is wrong
     * @param roles   the roles holding the aspect (none for MISSING)
     */
    public record Gap(int node, Aspect aspect, Problem problem, int[] roles) {
    }

    /** The required aspects of a kind; none for kinds without responsibilities. */
    static Aspect[] required(Kind kind) {
        return switch (kind) {
            case SYSTEM -> SYSTEM;
            case INFRASTRUCTURE -> INFRASTRUCTURE;
            case INFORMATION_TYPE -> INFORMATION_TYPE;
            default -> new Aspect[0];
        };
    }

    /** Every gap of the model, by node in model order, then aspect. */
    public static List<Gap> of(Projection p) {
        List<Gap> gaps = new ArrayList<>();
        Adjacency responsible = p.in(Rel.RESPONSIBLE_FOR);
        int[] held = new int[Aspect.values().length];
        int[] filled = new int[Aspect.values().length];
        for (int v = 0; v < p.size(); v++) {
            Aspect[] required = required(p.kind(v));
            if (required.length == 0) {
                continue;
            }
            Arrays.fill(held, 0);
            Arrays.fill(filled, 0);
            int firstOwnerOrganisation = -1;
            boolean conflict = false;
            for (int e = responsible.start(v); e < responsible.end(v); e++) {
                int role = responsible.target(e);
                int aspect = responsible.tag(e);
                held[aspect]++;
                if (!p.isVacant(role)) {
                    filled[aspect]++;
                }
                if (aspect == Aspect.OWNER.ordinal()) {
                    int organisation = Responsibilities.organisationOf(p, role);
                    if (firstOwnerOrganisation == -1) {
                        firstOwnerOrganisation = organisation;
                    } else if (organisation != firstOwnerOrganisation) {
                        conflict = true;
                    }
                }
            }
            for (Aspect aspect : required) {
                if (held[aspect.ordinal()] == 0) {
                    gaps.add(new Gap(v, aspect, Problem.MISSING, NONE));
                } else if (filled[aspect.ordinal()] == 0) {
                    gaps.add(new Gap(v, aspect, Problem.VACANT, roles(responsible, v, aspect)));
                }
            }
            if (conflict) {
                gaps.add(new Gap(v, Aspect.OWNER, Problem.CONFLICT, roles(responsible, v, Aspect.OWNER)));
            }
        }
        return gaps;
    }

    private static int[] roles(Adjacency responsible, int node, Aspect aspect) {
        int[] roles = new int[responsible.degree(node)];
        int size = 0;
        for (int e = responsible.start(node); e < responsible.end(node); e++) {
            int role = responsible.target(e);
            if (responsible.tag(e) == aspect.ordinal() && !contains(roles, size, role)) {
                roles[size++] = role;
            }
        }
        return Arrays.copyOf(roles, size);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }
}
