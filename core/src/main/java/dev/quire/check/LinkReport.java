package dev.quire.check;

import dev.quire.error.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a {@link LinkCheck}: the broken links and one line per link, as every front end
 * prints them: {@code /site/page.html: link (problem)}, followed by
 * {@code , written in /source/file.md:line:col} when the sources tell where the link is written.
 *
 * @param site           the checked site folder (absolute)
 * @param broken         the broken links, by page and then in page order
 * @param lines          one report line per broken link, in the same order
 * @param time           how long the check took
 * @param sourcesNotRead why the sources could not be searched for the links, when they could not
 */
public record LinkReport(Path site, List<BrokenLink> broken, List<String> lines, Duration time,
                         Optional<String> sourcesNotRead) {

    public LinkReport {
        broken = List.copyOf(broken);
        lines = List.copyOf(lines);
        if (broken.size() != lines.size()) {
            throw new IllegalArgumentException("one line per broken link");
        }
    }

    /** Whether every link leads somewhere. */
    public boolean passed() {
        return broken.isEmpty();
    }

    /** {@code no broken links in /site (12 ms)}, or {@code 2 broken links in /site}. */
    public String summary() {
        if (passed()) {
            return "no broken links in " + site + " (" + time.toMillis() + " ms)";
        }
        return broken.size() + (broken.size() == 1 ? " broken link" : " broken links") + " in " + site;
    }

    /** The failure: {@code Quire found 2 broken links in /site:} and each line below it, indented. */
    public String failure() {
        String separator = System.lineSeparator() + "  ";
        return "Quire found " + summary() + ":" + separator + String.join(separator, lines);
    }

    /** The report line of one broken link: where it is and, if known, where it is written. */
    static String line(Path site, BrokenLink link, Path source, List<SourceLocation> written) {
        String line = site.resolve(link.page()) + ": " + link.link() + " (" + link.problem() + ")";
        if (written.isEmpty()) {
            return line;
        }
        return line + ", written in " + written.stream()
                .map(at -> new SourceLocation(source.resolve(at.file()).toString(), at.line(), at.column()).toString())
                .collect(Collectors.joining(", "));
    }
}
