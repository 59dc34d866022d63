package dev.quire.sample.browser;

import dev.quire.serve.BuildState;
import dev.quire.serve.SiteServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The default theme's search page, in headless Chromium, finds the seed post. The contract: the
 * page {@code /search.html} (this site has no pretty permalinks) has {@code input#search-input},
 * lists hits as {@code ol#search-results > li > a[href]}, and also reads {@code ?q=}.
 */
class SearchPageTest {

    static final String SEARCH_PAGE = "/search.html";
    static final String SEED_POST = "/coursera reviews/2019/02/12/deep-learning-and-neural-networks.html";
    /** The other post, which never mentions Goodfellow. */
    static final String OTHER_POST = "/coursera reviews/2019/03/20/structuring-machine-learning-projects.html";
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    static Path profile;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start(BuiltSampleSite.path(), "127.0.0.1", 0, "/");
        server.show(new BuildState.Built(1));
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void typingGoodfellowListsTheSeedPostOnly() {
        browser.get(server.address().resolve(SEARCH_PAGE).toString());
        WebElement input = new WebDriverWait(browser, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input#search-input")));
        input.sendKeys("Goodfellow");
        awaitSeedPostOnly("typing Goodfellow into #search-input on " + SEARCH_PAGE);
    }

    @Test
    void theQueryInTheUrlIsSearchedOnLoad() {
        browser.get(server.address().resolve(SEARCH_PAGE + "?q=Goodfellow").toString());
        awaitSeedPostOnly("opening " + SEARCH_PAGE + "?q=Goodfellow");
    }

    /** Waits until the results (which may be redrawn as the search runs) list the seed post and not the other. */
    private static void awaitSeedPostOnly(String action) {
        List<String> seen = new ArrayList<>();
        try {
            new WebDriverWait(browser, PATIENCE)
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        List<String> paths = resultPaths();
                        seen.clear();
                        seen.addAll(paths);
                        return paths.contains(SEED_POST) && !paths.contains(OTHER_POST);
                    });
        } catch (TimeoutException e) {
            throw new AssertionError(action + ": expected #search-results to link to " + SEED_POST
                    + " (and not to " + OTHER_POST + ") within " + PATIENCE.toSeconds() + " s, but its links were "
                    + seen, e);
        }
    }

    /** The decoded paths the result links lead to, from the browser's resolved {@code href}s. */
    private static List<String> resultPaths() {
        List<String> paths = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector("#search-results li a"))) {
            String href = link.getDomProperty("href");
            if (href != null && !href.isEmpty()) {
                paths.add(URI.create(href).getPath());
            }
        }
        return paths;
    }
}
