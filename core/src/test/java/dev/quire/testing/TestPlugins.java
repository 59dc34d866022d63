package dev.quire.testing;

import dev.quire.spi.QuirePlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.stream.Collectors;

/**
 * Class loaders that make exactly the given plugins visible to {@link java.util.ServiceLoader},
 * for {@code new Quire(TestPlugins.classLoader(MyPlugin.class))}: no {@code META-INF/services}
 * file on the test class path, so other tests are not affected. Plugin classes need a public
 * no-argument constructor.
 */
public final class TestPlugins {

    private static final String SERVICES = "META-INF/services/" + QuirePlugin.class.getName();

    private TestPlugins() {
    }

    /** A class loader whose only Quire plugins are {@code plugins} (none when empty). */
    @SafeVarargs
    public static ClassLoader classLoader(Class<? extends QuirePlugin>... plugins) {
        URL services;
        try {
            Path file = Files.createTempFile("quire-plugins", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, Arrays.stream(plugins).map(Class::getName)
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
            services = file.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoader parent = TestPlugins.class.getClassLoader();
        return new ClassLoader("quire-test-plugins", parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.equals(SERVICES)) {
                    return plugins.length == 0 ? Collections.emptyEnumeration()
                            : Collections.enumeration(java.util.List.of(services));
                }
                return super.getResources(name);
            }

            @Override
            public URL getResource(String name) {
                return name.equals(SERVICES) ? (plugins.length == 0 ? null : services) : super.getResource(name);
            }
        };
    }
}
