package dev.quire.convert.liquid;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import liqp.PlainBigDecimal;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Liqp's filters that use the JVM's default locale, redone without it, so that output does not
 * depend on the machine: under a Turkish locale Liqp's {@code downcase} turns {@code I} into a
 * dotless {@code ı}, and under a German one its {@code round} fails on a decimal comma. Registered
 * under the same names, they replace Liqp's. Each behaves as Liqp's does otherwise.
 */
final class LocaleFreeFilters {

    private LocaleFreeFilters() {
    }

    static List<Filter> all() {
        return List.of(upcase(), downcase(), capitalize(), round());
    }

    static Filter upcase() {
        return new Filter("upcase") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return asString(value, context).toUpperCase(Locale.ROOT);
            }
        };
    }

    static Filter downcase() {
        return new Filter("downcase") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return asString(value, context).toLowerCase(Locale.ROOT);
            }
        };
    }

    /** The first character in title case, the rest as it is (as Liqp does). */
    static Filter capitalize() {
        return new Filter("capitalize") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String text = asString(value, context);
                if (text.isEmpty()) {
                    return text;
                }
                int first = text.codePointAt(0);
                return new StringBuilder(text.length()).appendCodePoint(Character.toTitleCase(first))
                        .append(text, Character.charCount(first), text.length()).toString();
            }
        };
    }

    /** {@code round}, {@code round: digits}: half up, as Liqp does, with a {@code .} whatever the locale. */
    static Filter round() {
        return new Filter("round") {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                if (!canBeDouble(value)) {
                    return 0;
                }
                double number = asNumber(value).doubleValue();
                long digits = params.length > 0 && canBeDouble(params[0]) ? asNumber(params[0]).longValue() : 0;
                StringBuilder pattern = new StringBuilder("0");
                if (digits > 0) {
                    pattern.append('.').append("0".repeat((int) Math.min(digits, 340)));
                }
                DecimalFormat format = new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
                format.setRoundingMode(RoundingMode.HALF_UP);
                return new PlainBigDecimal(format.format(number));
            }
        };
    }
}
