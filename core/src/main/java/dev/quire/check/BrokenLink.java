package dev.quire.check;

/**
 * A link in a built page that leads nowhere.
 *
 * @param page the page it is on, relative to the site root ({@code blog/index.html})
 * @param link the URL as written in the page
 * @param problem what is missing, such as {@code no file about.html} or {@code no element with id "x"}
 */
public record BrokenLink(String page, String link, String problem) {

    @Override
    public String toString() {
        return page + ": " + link + " (" + problem + ")";
    }
}
