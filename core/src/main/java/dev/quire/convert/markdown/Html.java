package dev.quire.convert.markdown;

/** HTML escaping as kramdown does it: text escapes {@code & < >}, attribute values also {@code "}. */
final class Html {

    private Html() {
    }

    static String text(CharSequence text) {
        return escape(text, false);
    }

    static String attribute(CharSequence text) {
        return escape(text, true);
    }

    private static String escape(CharSequence text, boolean quotes) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(quotes ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
