package dev.quire.convert.liquid;

import java.util.regex.Pattern;
import liqp.TemplateContext;

/**
 * Liqp's {@code date} filter with Ruby's {@code %e}: the day of the month padded with a space
 * ({@code " 4"}), where Liqp's formatter prints {@code "4"}. Everything else is Liqp's. Named
 * {@code Date} because Liqp names the filter after its class, and it must replace Liqp's.
 */
final class Date extends liqp.filters.Date {

    /** {@code %e}, not the literal {@code %%e}. */
    private static final Pattern SPACE_PADDED_DAY = Pattern.compile("(?<!%)%e");
    private static final String MARK = "@@quire-day@@";

    @Override
    public Object apply(Object value, TemplateContext context, Object... params) {
        if (params == null || params.length == 0 || !(params[0] instanceof CharSequence format)
                || !SPACE_PADDED_DAY.matcher(format).find()) {
            return super.apply(value, context, params);
        }
        Object result = super.apply(value, context, SPACE_PADDED_DAY.matcher(format).replaceAll(MARK));
        Object day = super.apply(value, context, "%d");
        if (!(result instanceof String text) || !(day instanceof String twoDigits) || !text.contains(MARK)) {
            return result; // not a date: Liqp returns the input as it is
        }
        String padded = twoDigits.startsWith("0") ? " " + twoDigits.substring(1) : twoDigits;
        return text.replace(MARK, padded);
    }
}
