package dev.quire.convert.liquid;

import java.util.List;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Liquid's {@code remove}, {@code remove_first}, {@code replace} and {@code replace_first} as Ruby
 * runs them: every argument is taken as text ({@code nil} is {@code ""}), and the pattern is
 * literal; {@code plus} and {@code minus} take {@code nil} as 0. Liqp's fail on a {@code nil} argument ("invalid pattern: null"), which an undefined
 * variable gives ({@code {{ page.url | remove: site.nothing }}}); Jekyll prints the input.
 */
final class NilSafeStringFilters {

    private NilSafeStringFilters() {
    }

    static List<Filter> all() {
        return List.of(
                filter("remove", (input, params) -> input.replace(params[0], "")),
                filter("remove_first", (input, params) -> replaceFirst(input, params[0], "")),
                filter("replace", (input, params) -> input.replace(params[0], params[1])),
                filter("replace_first", (input, params) -> replaceFirst(input, params[0], params[1])),
                nilAsZero(new liqp.filters.Plus()),
                nilAsZero(new liqp.filters.Minus()));
    }

    /**
     * Liqp's arithmetic with a {@code nil} operand taken as the integer 0, as Ruby's
     * {@code Utils.to_number(nil)} does: {@code {{ 1 | plus: nothing }}} is {@code 1}, not {@code 1.0}.
     */
    private static Filter nilAsZero(Filter liqps) {
        return new Filter(liqps.name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                Object[] operands = params == null || params.length == 0 ? new Object[] {0L} : params.clone();
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = operands[i] == null ? 0L : operands[i];
                }
                return liqps.apply(value == null ? 0L : value, context, operands);
            }
        };
    }

    /** Ruby's {@code sub} with a literal pattern: the first occurrence (an empty pattern matches at the start). */
    static String replaceFirst(String input, String pattern, String replacement) {
        int at = input.indexOf(pattern);
        return at < 0 ? input : input.substring(0, at) + replacement + input.substring(at + pattern.length());
    }

    private interface Operation {
        String apply(String input, String[] params);
    }

    private static Filter filter(String name, Operation operation) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String[] texts = new String[2];
                for (int i = 0; i < texts.length; i++) {
                    Object param = params != null && params.length > i ? params[i] : null;
                    texts[i] = param == null ? "" : asString(param, context);
                }
                return operation.apply(asString(value, context), texts);
            }
        };
    }
}
