package dev.quire.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.quire.error.Problem;
import dev.quire.error.QuireException;
import dev.quire.spi.OptionsKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a section of the configuration to an options record ({@link OptionsKey}): the record's
 * defaults, overlaid key by key with the section, converted by Jackson with snake_case names.
 * A value of the wrong type is an error that names the option; an unknown key is left out and
 * reported as a warning by the build ({@link #unknownOptions}).
 */
public final class OptionsBinder {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfigDefaults(coercion -> coercion
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, coercion -> coercion
                    .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
            .build();

    private OptionsBinder() {
    }

    /**
     * @param section    the section's value in the configuration, or {@code null} when absent
     * @param locations  where the configuration's keys are set, to name the section's or an option's line
     */
    public static <T> T bind(OptionsKey<T> key, Object section, KeyLocations locations) {
        if (section == null) {
            return key.defaults();
        }
        Map<String, Object> values = defaults(key);
        if (section instanceof Boolean enabled && hasComponent(key.type(), "enabled")) {
            values.put("enabled", enabled);
        } else if (section instanceof Map<?, ?> map) {
            // Unknown options are left out here; the build warns about them once (unknownOptions).
            Set<String> known = optionNames(key);
            map.forEach((name, value) -> {
                if (known.contains(String.valueOf(name))) {
                    values.put(String.valueOf(name), value);
                }
            });
        } else {
            throw new QuireException(locations.of(key.section()), "'" + key.section()
                    + ":' must be a mapping of options, not '" + section + "'", hint(key));
        }
        try {
            return MAPPER.convertValue(values, key.type());
        } catch (IllegalArgumentException e) {
            throw failure(key, e, locations);
        }
    }

    /**
     * The keys of the section that the options record does not have, each as a warning at its line
     * naming the plugin: a typo must not pass unnoticed, nor stop a build that would otherwise work.
     */
    public static List<Problem> unknownOptions(OptionsKey<?> key, String plugin, Object section,
            KeyLocations locations) {
        if (!(section instanceof Map<?, ?> map)) {
            return List.of();
        }
        Set<String> known = optionNames(key);
        List<Problem> warnings = new ArrayList<>();
        for (Object name : map.keySet()) {
            if (!known.contains(String.valueOf(name))) {
                warnings.add(Problem.warning(locations.of(key.section(), String.valueOf(name)),
                        "'" + key.section() + "' has no option '" + name + "' (plugin '" + plugin + "'); it is ignored",
                        hint(key)));
            }
        }
        return warnings;
    }

    /** The snake_case names of the record's components: the options a section may set. */
    private static Set<String> optionNames(OptionsKey<?> key) {
        Set<String> names = new LinkedHashSet<>();
        for (var component : key.type().getRecordComponents()) {
            names.add(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName()));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> defaults(OptionsKey<?> key) {
        return new LinkedHashMap<>(MAPPER.convertValue(key.defaults(), Map.class));
    }

    private static boolean hasComponent(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getName().equals(name));
    }

    private static QuireException failure(OptionsKey<?> key, IllegalArgumentException e, KeyLocations locations) {
        Throwable cause = e.getCause() instanceof JsonMappingException mapping ? mapping : e;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String name = mapping.getPath().stream().map(reference -> reference.getFieldName() != null
                    ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
            String option = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            // The deepest key written: fields down to the first list index (list items are not located).
            List<String> path = new ArrayList<>(List.of(key.section()));
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() == null) {
                    break;
                }
                path.add(reference.getFieldName());
            }
            return new QuireException(locations.at(path.toArray(String[]::new)), "the option '" + key.section()
                    + "." + name + "' has a value of the wrong type: " + firstLine(mapping.getOriginalMessage()),
                    "give it a value like the default, " + describe(defaults(key).get(option)), e);
        }
        return new QuireException(locations.of(key.section()), "'" + key.section()
                + ":' cannot be read: " + firstLine(e.getMessage()), hint(key), e);
    }

    private static String hint(OptionsKey<?> key) {
        return "the options of '" + key.section() + ":' are " + Arrays.stream(key.type().getRecordComponents())
                .map(component -> PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName()))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "a text such as '" + text + "'";
        }
        if (value instanceof List<?>) {
            return "a list such as " + value;
        }
        return value == null ? "or leave it out" : "such as " + value;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
