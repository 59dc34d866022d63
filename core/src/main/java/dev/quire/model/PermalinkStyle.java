package dev.quire.model;


/** Jekyll's built-in permalink styles, and how a page's URL gets its suffix from the style. */
public final class PermalinkStyle {

    private PermalinkStyle() {
    }

    /** The post template for a style name, or the value itself when it is a template. */
    public static String postTemplate(String style) {
        return switch (style) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> style;
        };
    }

    /**
     * The permalink template of a collection's documents: its configured {@code permalink}, else,
     * for posts, the site's style, and for other collections {@code /:collection/:path} with the
     * style's suffix.
     */
    public static String collectionTemplate(SiteConfig config, String label) {
        String configured = config.collection(label).map(Collection::permalink).orElse(null);
        if (configured != null) {
            return configured;
        }
        return Collection.POSTS.equals(label) ? postTemplate(config.permalink())
                : "/:collection/:path" + pageSuffix(config.permalink());
    }

    /** Jekyll's {@code Utils.add_permalink_suffix}: the ending a page template takes from the style. */
    public static String pageSuffix(String style) {
        return switch (style) {
            case "pretty" -> "/";
            case "date", "ordinal", "none" -> ":output_ext";
            default -> {
                if (style.endsWith("/")) {
                    yield "/";
                }
                yield style.endsWith(":output_ext") ? ":output_ext" : "";
            }
        };
    }
}
