package se.ansvarskarta.model;

import java.io.InputStream;
import java.util.Locale;

/** The two notations of the model file. */
public enum ModelFormat {
    YAML, JSON;

    Tokens tokens(InputStream in) {
        return this == JSON ? new JsonTokens(in) : new YamlTokens(in);
    }

    /** By file name: {@code .json} is JSON, anything else YAML. */
    public static ModelFormat ofFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    /** By media type; null when it is neither. */
    public static ModelFormat ofMediaType(String mediaType) {
        if (mediaType == null) {
            return null;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return JSON;
        }
        if (type.contains("yaml") || type.contains("yml")) {
            return YAML;
        }
        return null;
    }
}
