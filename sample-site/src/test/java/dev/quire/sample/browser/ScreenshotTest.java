package dev.quire.sample.browser;

import dev.quire.serve.BuildState;
import dev.quire.serve.SiteServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Renders the sample site's home page, first post and docs page in headless Chromium at phone and
 * desktop sizes, in light and dark mode, into {@code target/screenshots/PAGE-VIEWPORT-SCHEME.png}
 * (docs/screenshots/README.md says how to refresh the copies kept in the repository).
 */
class ScreenshotTest {

    /** The pages shot, by the name their screenshots carry. */
    enum Shot {
        HOME("/"),
        POST("/coursera%20reviews/2019/02/12/deep-learning-and-neural-networks.html"),
        DOCS("/docs/building.html"),
        ARCHIVE("/category/coursera-reviews/");

        final String url;

        Shot(String url) {
            this.url = url;
        }
    }

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path profile;
    static SiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start(BuiltSampleSite.path(), "127.0.0.1", 0, "/");
        server.show(new BuildState.Built(1));
        browser = HeadlessChromium.start(profile);
        Files.createDirectories(SCREENSHOTS);
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

    @ParameterizedTest
    @EnumSource(Shot.class)
    void rendersAtPhoneAndDesktopSizesInLightAndDarkMode(Shot shot) throws IOException {
        for (Viewport viewport : Viewport.values()) {
            BufferedImage light = shoot(shot, viewport, ColorScheme.LIGHT);
            BufferedImage dark = shoot(shot, viewport, ColorScheme.DARK);
            assertTrue(meanLuminance(dark) + 0.2 < meanLuminance(light),
                    shot + " " + viewport + ": dark mode should be clearly darker than light mode, but their mean"
                            + " luminances are " + meanLuminance(dark) + " and " + meanLuminance(light));
        }
    }

    private static BufferedImage shoot(Shot shot, Viewport viewport, ColorScheme scheme) throws IOException {
        HeadlessChromium.setViewport(browser, viewport);
        HeadlessChromium.setColorScheme(browser, scheme);
        browser.get(server.address().resolve(shot.url).toString());
        String title = browser.getTitle();
        assertTrue(!title.isBlank() && !browser.findElements(By.tagName("main")).isEmpty(),
                shot + ": not the page expected at " + shot.url + " (title \"" + title + "\")");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        String name = shot.name().toLowerCase() + "-" + viewport.name().toLowerCase() + "-"
                + scheme.mediaValue() + ".png";
        Files.write(SCREENSHOTS.resolve(name), png);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(viewport.width(), image.getWidth(), name + ": width");
        assertEquals(viewport.height(), image.getHeight(), name + ": height");
        assertTrue(png.length > 5_000, name + ": only " + png.length + " bytes, is the page blank?");
        assertTrue(distinctColours(image) > 16, name + ": fewer than 16 colours, is the page blank?");
        return image;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** Mean relative luminance (0 black, 1 white), sampled on a grid. */
    private static double meanLuminance(BufferedImage image) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * (rgb >> 16 & 0xFF) + 0.7152 * (rgb >> 8 & 0xFF) + 0.0722 * (rgb & 0xFF)) / 255;
                count++;
            }
        }
        return sum / count;
    }
}
