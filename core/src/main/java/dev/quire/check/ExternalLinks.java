package dev.quire.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the syntax of links that leave the site, without fetching them: a web link must be a
 * valid URI with a host, a {@code mailto:} link must name an address. Other schemes
 * ({@code tel:}, {@code data:}, {@code javascript:}, ...) are accepted as written.
 */
final class ExternalLinks {

    private ExternalLinks() {
    }

    /** What is wrong with the external link {@code url}, or empty when its syntax is fine. */
    static Optional<String> syntaxProblem(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("ftp:")
                || url.startsWith("//");
        if (lower.startsWith("mailto:")) {
            return url.substring("mailto:".length()).isBlank()
                    ? Optional.of("a mailto: link without an address")
                    : Optional.empty();
        }
        if (!web) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + e.getReason());
        }
        // The authority rather than the host: a registry name such as my_host.example has no host in java.net.URI.
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return Optional.of("not a valid URL: no host name after " + (url.startsWith("//") ? "//" : uri.getScheme() + "://"));
        }
        return Optional.empty();
    }
}
