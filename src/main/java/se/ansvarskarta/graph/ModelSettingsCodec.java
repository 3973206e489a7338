package se.ansvarskarta.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ModelSettings} as properties of the {@code Model} node, the form Cypher reports read. */
public final class ModelSettingsCodec {

    private ModelSettingsCodec() {
    }

    public static Map<String, Object> toProperties(ModelSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("formatVersion", 1L);
        p.put("classificationMaxAgeMonths", (long) s.classificationMaxAgeMonths());
        p.put("riskAnalysisMaxAgeMonths", (long) s.riskAnalysisMaxAgeMonths());
        p.put("classificationLabels", s.classificationLabels());
        p.put("likelihoodMin", (long) s.likelihoodMin());
        p.put("likelihoodMax", (long) s.likelihoodMax());
        p.put("consequenceMin", (long) s.consequenceMin());
        p.put("consequenceMax", (long) s.consequenceMax());
        p.put("riskBandNames", s.riskBands().stream().map(ModelSettings.RiskBand::name).toList());
        p.put("riskBandMaxima", s.riskBands().stream().map(b -> (long) b.max()).toList());
        return p;
    }

    /** Reads the settings back; missing values (no model yet) give the defaults. */
    public static ModelSettings fromProperties(Map<String, Object> p) {
        if (p == null || !p.containsKey("classificationMaxAgeMonths")) {
            return ModelSettings.DEFAULTS;
        }
        List<ModelSettings.RiskBand> bands = new ArrayList<>();
        List<?> names = (List<?>) p.get("riskBandNames");
        List<?> maxima = (List<?>) p.get("riskBandMaxima");
        for (int i = 0; i < names.size(); i++) {
            bands.add(new ModelSettings.RiskBand((String) names.get(i), ((Number) maxima.get(i)).intValue()));
        }
        return new ModelSettings(
                ((Number) p.get("classificationMaxAgeMonths")).intValue(),
                ((Number) p.get("riskAnalysisMaxAgeMonths")).intValue(),
                ((List<?>) p.get("classificationLabels")).stream().map(String.class::cast).toList(),
                ((Number) p.get("likelihoodMin")).intValue(), ((Number) p.get("likelihoodMax")).intValue(),
                ((Number) p.get("consequenceMin")).intValue(), ((Number) p.get("consequenceMax")).intValue(),
                bands);
    }
}
