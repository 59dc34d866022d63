package dev.quire.sample.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HeadlessChromiumTest {

    @Test
    void aMissingBrowserFailsSayingHowToInstallIt() {
        Path missing = Path.of("/nonexistent/chromium");
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> HeadlessChromium.requireInstalled(missing, HeadlessChromium.CHROMEDRIVER));
        assertTrue(failure.getMessage().contains("/nonexistent/chromium is missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("./test"), failure.getMessage());
        assertTrue(failure.getMessage().contains("apt-get install -y chromium chromium-driver"), failure.getMessage());
    }
}
