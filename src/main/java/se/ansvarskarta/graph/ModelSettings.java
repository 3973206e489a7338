package se.ansvarskarta.graph;

import java.util.List;

/**
 * What belongs to the model as a whole ({@code policy} and {@code scales} of the file), kept on the {@code Model}
 * node so that reports run in cypher-shell read the same limits and bands as the application.
 *
 * @param classificationMaxAgeMonths a classification older than this is stale
 * @param riskAnalysisMaxAgeMonths   a risk analysis older than this is not current
 * @param classificationLabels       labels of the classification levels 0..n-1
 * @param likelihoodMin              lowest likelihood
 * @param likelihoodMax              highest likelihood
 * @param consequenceMin             lowest consequence
 * @param consequenceMax             highest consequence
 * @param riskBands                  risk bands, ordered by their strictly increasing maxima
 */
public record ModelSettings(int classificationMaxAgeMonths, int riskAnalysisMaxAgeMonths,
                            List<String> classificationLabels, int likelihoodMin, int likelihoodMax,
                            int consequenceMin, int consequenceMax, List<RiskBand> riskBands) {

    public static final ModelSettings DEFAULTS = new ModelSettings(24, 12,
            List.of("Försumbar", "Måttlig", "Betydande", "Allvarlig", "Synnerligen allvarlig"), 1, 4, 1, 4,
            List.of(new RiskBand("low", 3), new RiskBand("medium", 8), new RiskBand("high", 16)));

    /** A named band of risk scores up to and including {@code max}. */
    public record RiskBand(String name, int max) {
    }

    /** The band of a score: the first whose max it does not exceed, from the lowest possible score up; null if none. */
    public String band(int score) {
        if (score < likelihoodMin * consequenceMin) {
            return null;
        }
        for (RiskBand band : riskBands) {
            if (score <= band.max()) {
                return band.name();
            }
        }
        return null;
    }

    /** The label of a classification level, or the number itself outside the scale. */
    public String label(int level) {
        return level >= 0 && level < classificationLabels.size() ? classificationLabels.get(level) : String.valueOf(level);
    }

    public int maxLevel() {
        return classificationLabels.size() - 1;
    }
}
