package dev.quire.convert.liquid;

import dev.quire.resolve.Dates;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import liqp.LValue;
import liqp.TemplateContext;

/**
 * Writes a Liquid value as Ruby's {@code to_json} does: compact, keys in their order, strings
 * with only {@code "}, {@code \} and control characters escaped, floats as Ruby prints them
 * ({@code 2.0}, {@code 1.0e+20}), times as {@code Time#to_s} in the site's zone, dates as
 * {@code 2019-03-01}.
 */
final class RubyJson {

    private final LValue values;
    private final TemplateContext context;
    private final ZoneId zone;

    RubyJson(LValue values, TemplateContext context, ZoneId zone) {
        this.values = values;
        this.context = context;
        this.zone = zone;
    }

    void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(rubyFloat(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal decimal) {
            // Liquid number literals: integers print as integers, the others as Ruby floats
            if (decimal.scale() <= 0) {
                out.append(decimal.toBigInteger());
            } else {
                out.append(rubyFloat(decimal.doubleValue()));
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey() == null ? "" : keyText(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> || value.getClass().isArray()) {
            out.append('[');
            boolean first = true;
            for (Object item : values.asArray(value, context)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (value instanceof LocalDate date) {
            string(date.toString(), out);
        } else if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            string(RubyTime.toS(value, zone, context), out);
        } else {
            string(values.asString(value, context), out);
        }
    }

    private String keyText(Object key) {
        return key instanceof CharSequence ? key.toString() : values.asString(key, context);
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Ruby's {@code Float#to_s}: plain from 1e-4 up to 1e15, else {@code 1.0e+20}; always a fraction. */
    static String rubyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int decpt = decimal.precision() - decimal.scale();
        if (decpt > -4 && decpt < 16) {
            String plain = decimal.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = decimal.unscaledValue().abs().toString();
        String mantissa = digits.substring(0, 1) + "." + (digits.length() > 1 ? digits.substring(1) : "0");
        int exponent = decpt - 1;
        return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
