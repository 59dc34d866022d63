package dev.quire.renderers.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme's colours meet WCAG's 4.5:1 for text in both schemes, as quire.css says they do. */
class ThemeColoursTest {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final List<String> BACKGROUNDS = List.of("bg", "code-bg");

    @Test
    void everyTextColourHasContrastOnEveryBackgroundInBothSchemes() throws Exception {
        String css = Files.readString(ThemeFiles.root().resolve("assets/css/quire.css"), StandardCharsets.UTF_8);
        Map<String, String> light = variables(block(css, ":root {"));
        Map<String, String> dark = variables(block(css, ":root[data-theme=\"dark\"] {"));
        // the system's dark scheme and the toggle's are the same colours
        assertEquals(dark, variables(block(css, ":root:not([data-theme=\"light\"]) {")));
        assertEquals(light.keySet(), dark.keySet());
        List<String> weak = new ArrayList<>();
        for (Map<String, String> scheme : List.of(light, dark)) {
            for (Map.Entry<String, String> colour : scheme.entrySet()) {
                if (BACKGROUNDS.contains(colour.getKey()) || colour.getKey().equals("border")) {
                    continue;
                }
                for (String background : BACKGROUNDS) {
                    double ratio = contrast(colour.getValue(), scheme.get(background));
                    if (ratio < 4.5) {
                        weak.add(colour.getKey() + " " + colour.getValue() + " on " + scheme.get(background) + ": "
                                + String.format(java.util.Locale.ROOT, "%.2f", ratio));
                    }
                }
            }
        }
        assertTrue(light.size() > 10, "colours found: " + light);
        assertEquals(List.of(), weak);
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01);
    }

    private static String block(String css, String selector) {
        int start = css.indexOf(selector);
        assertTrue(start >= 0, "no " + selector + " in quire.css");
        return css.substring(start, css.indexOf('}', start));
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(block);
        while (matcher.find()) {
            colours.put(matcher.group(1), matcher.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return colours;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
