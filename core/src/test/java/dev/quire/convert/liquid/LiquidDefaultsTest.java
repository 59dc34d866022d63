package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.testing.TestContexts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Liquid output must not depend on the JVM's default locale and time zone: each test sets hostile
 * defaults, and they are restored after it.
 */
class LiquidDefaultsTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    @TempDir
    Path root;

    private Locale previousLocale;
    private TimeZone previousZone;

    @BeforeEach
    void saveDefaults() {
        previousLocale = Locale.getDefault();
        previousZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaults() {
        Locale.setDefault(previousLocale);
        TimeZone.setDefault(previousZone);
    }

    private static void hostile(Locale locale, String zone) {
        Locale.setDefault(locale);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }

    /** Renders with an engine made after the defaults were set, as a build under them would. */
    private String render(Map<String, ?> config, String template) {
        return new LiquidEngine(TestContexts.config(root, config)).parse(template).render(new HashMap<String, Object>());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"})
    void stringDatesAreInTheSiteZone(String jvmZone) {
        hostile(TURKISH, jvmZone);

        assertEquals("10:00 +0000 Tue Jan",
                render(Map.of(), "{{ \"2019-01-01 10:00:00\" | date: \"%H:%M %z %a %b\" }}"));
        assertEquals("10:00 -0500 Tuesday January", render(Map.of("timezone", "America/New_York"),
                "{{ \"2019-01-01 10:00:00\" | date: \"%H:%M %z %A %B\" }}"));
    }

    @Test
    void epochSecondsArePrintedInTheSiteZone() {
        hostile(TURKISH, "Asia/Tokyo");

        assertEquals("2019-01-01 10:00 +0000", render(Map.of(), "{{ 1546336800 | date: \"%Y-%m-%d %H:%M %z\" }}"));
    }

    @Test
    void caseFiltersIgnoreATurkishLocale() {
        hostile(TURKISH, "UTC");

        assertEquals("ii\u0307ı title", render(Map.of(), "{{ \"Iİı title\" | downcase }}"));
        assertEquals("IIİ TITLE", render(Map.of(), "{{ \"iıİ title\" | upcase }}"));
        assertEquals("Istanbul İzmir", render(Map.of(), "{{ \"istanbul İzmir\" | capitalize }}"));
    }

    @Test
    void capitalizeKeepsTheRestAndWholeCharacters() {
        assertEquals("HELLO wORLD", render(Map.of(), "{{ \"hELLO wORLD\" | capitalize }}"));
        assertEquals("\uD801\uDC00x", render(Map.of(), "{{ \"\uD801\uDC28x\" | capitalize }}"));
        assertEquals("", render(Map.of(), "{{ \"\" | capitalize }}"));
    }

    @Test
    void roundPrintsAPointUnderACommaLocale() {
        hostile(Locale.GERMANY, "UTC");

        assertEquals("3.14 3 2.5 1234567.9 0",
                render(Map.of(), "{{ 3.14159 | round: 2 }} {{ 3.4 | round }} {{ 2.45 | round: 1 }} "
                        + "{{ 1234567.89 | round: 1 }} {{ \"x\" | round }}"));
        hostile(TURKISH, "UTC");
        assertEquals("3.14", render(Map.of(), "{{ 3.14159 | round: 2 }}"));
    }
}
