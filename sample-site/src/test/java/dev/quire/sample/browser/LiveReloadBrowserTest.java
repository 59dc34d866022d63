package dev.quire.sample.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.serve.Changes;
import dev.quire.serve.DevServer;
import dev.quire.serve.FullSiteBuilder;
import dev.quire.serve.ServeListener;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code quire serve} in headless Chromium: a page open in the browser reloads with a post's new
 * text when the post is saved, shows the build error (file and line) when the post's front matter
 * breaks, and recovers when it is fixed. The site uses the default theme, as a user's would.
 */
class LiveReloadBrowserTest {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    static final String POST_URL = "2024/01/02/hello.html";

    @TempDir
    Path temp;
    Path post;
    DevServer server;
    ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        Path source = Files.createDirectories(temp.resolve("site"));
        Files.writeString(source.resolve("_config.yml"), "title: Live reload\n");
        Files.createDirectories(source.resolve("_posts"));
        post = source.resolve("_posts/2024-01-02-hello.md");
        Files.writeString(post, "---\nlayout: post\ntitle: Hello\n---\nThe first version of the post.\n");
        BuildOptions options = BuildOptions.of(source, source.resolve("_site"), temp.resolve("state")).withThreads(2);
        server = DevServer.start(options, new FullSiteBuilder(new Quire(), options, BuildListener.SILENT),
                DevServer.Settings.of("127.0.0.1", 0).withQuietMillis(50), ServeListenerSilent.INSTANCE);
        browser = HeadlessChromium.start(temp.resolve("profile"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEditReloadsTheOpenPageABrokenPostShowsItsErrorAndAFixRecovers() throws Exception {
        URI page = server.address().resolve(POST_URL);
        browser.get(page.toString());
        assertTrue(bodyText().contains("The first version of the post."), bodyText());
        markPage();

        Files.writeString(post, "---\nlayout: post\ntitle: Hello\n---\nThe second version of the post.\n");
        wait(driver -> bodyText().contains("The second version of the post."));
        assertFalse(pageIsMarked(), "the page was reloaded, not patched");
        assertEquals(List.of(), browser.findElements(By.id("quire-build-error")));

        markPage();
        Files.writeString(post, "---\nlayout: post\ntitle: [Hello\n---\nThe broken version.\n");
        WebElement error = wait(driver -> {
            List<WebElement> overlays = driver.findElements(By.id("quire-build-error"));
            return overlays.isEmpty() ? null : overlays.get(0);
        });
        assertFalse(pageIsMarked());
        assertTrue(error.isDisplayed());
        String shown = error.getText();
        assertTrue(shown.contains("Quire build failed"), shown);
        assertTrue(shown.contains(post + ":3"), "the file and line of the broken front matter: " + shown);
        assertTrue(bodyText().contains("The second version of the post."), "the last good page stays under the error");

        Files.writeString(post, "---\nlayout: post\ntitle: Hello\n---\nThe fixed version of the post.\n");
        wait(driver -> bodyText().contains("The fixed version of the post."));
        assertEquals(List.of(), browser.findElements(By.id("quire-build-error")));
    }

    private String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * A variable that only this load of the page has: a reload forgets it. No need to wait for the
     * page's event stream before an edit: the stream starts with the latest build's number, and a
     * page older than that reloads at once.
     */
    private void markPage() {
        browser.executeScript("window.quireTestMark = true;");
    }

    private boolean pageIsMarked() {
        return Boolean.TRUE.equals(browser.executeScript("return window.quireTestMark === true;"));
    }

    private <T> T wait(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** The test reads the state from the browser, not from logs. */
    enum ServeListenerSilent implements ServeListener {
        INSTANCE;

        @Override
        public void serving(URI address) {
        }

        @Override
        public void built(Changes changes, BuildResult result, Duration time) {
        }

        @Override
        public void failed(Changes changes, List<String> errors) {
        }
    }
}
