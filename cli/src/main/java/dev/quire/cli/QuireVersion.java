package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code quire --version}: the project version, written into {@code version.properties} by the build. */
final class QuireVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Quire " + version(), "Java " + System.getProperty("java.version")};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = QuireVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
