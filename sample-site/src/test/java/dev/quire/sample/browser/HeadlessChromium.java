package dev.quire.sample.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver, for browser tests.
 *
 * <p>Both binaries are named explicitly, so Selenium Manager never looks for (or downloads) a
 * driver or a browser. Chromium runs with a new, empty profile and without its background
 * services (sync, component updates, QUIC, first-run checks): without these flags it waits on
 * network look-ups that a test machine cannot make. When either binary is missing the start
 * fails with how to install them: browser tests are never skipped silently.
 */
public final class HeadlessChromium {

    /** The browser binary; {@code -Dquire.chromium=PATH} picks another. */
    public static final Path CHROMIUM = Path.of(System.getProperty("quire.chromium", "/usr/bin/chromium"));
    /** The driver binary; {@code -Dquire.chromedriver=PATH} picks another. */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("quire.chromedriver", "/usr/bin/chromedriver"));

    static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            // Stable screenshots: no overlay scroll bars, colours as written in the CSS.
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--lang=en-US");

    /*
     * Selenium warns at every start that it has no CDP bindings for this Chromium version; the tests
     * use only chromedriver's own CDP endpoint (executeCdpCommand), which needs none. Held in a field:
     * java.util.logging keeps loggers weakly, and a collected logger loses its level.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private HeadlessChromium() {
    }

    /**
     * A new Chromium session with a fresh profile in {@code profileDir} (an empty folder the caller
     * removes afterwards), its window at the desktop size. Quit the driver when done.
     */
    public static ChromeDriver start(Path profileDir) throws IOException {
        requireInstalled();
        // Belt and braces: Selenium's own look-up would also find the driver here, never through Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        Path profile = Files.createDirectories(profileDir).toAbsolutePath();
        options.addArguments(
                "--user-data-dir=" + profile,
                "--disk-cache-dir=" + profile.resolve("cache"),
                "--window-size=" + Viewport.DESKTOP.width() + "," + Viewport.DESKTOP.height());
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(10));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        return new ChromeDriver(service, options);
    }

    /** Fails, saying how to install them, when Chromium or chromedriver is missing. */
    public static void requireInstalled() {
        requireInstalled(CHROMIUM, CHROMEDRIVER);
    }

    static void requireInstalled(Path chromium, Path chromedriver) {
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver, but "
                        + binary + " is missing. Run the tests with ./test (it installs them), or install them with "
                        + "`sudo apt-get update && sudo apt-get install -y chromium chromium-driver`"
                        + " (elsewhere, point -Dquire.chromium and -Dquire.chromedriver at a Chromium and its driver).");
            }
        }
    }

    /** Sizes the page's viewport exactly (CSS pixels, device scale 1), emulating a phone for {@link Viewport#PHONE}. */
    public static void setViewport(ChromeDriver driver, Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(),
                "height", viewport.height(),
                "deviceScaleFactor", 1,
                "mobile", viewport.mobile()));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", viewport.mobile()));
    }

    /** Makes the page's {@code prefers-color-scheme} media queries match {@code scheme}. */
    public static void setColorScheme(ChromeDriver driver, ColorScheme scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.mediaValue()))));
    }
}
