package dev.quire.pipeline;

import dev.quire.error.QuireException;
import dev.quire.model.SiteConfig;
import dev.quire.spi.QuirePlugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds plugins with {@link ServiceLoader} and leaves out those the site switches off in
 * {@code _config.yml}:
 * <pre>
 * quire:
 *   disable: [search, sitemap]
 * </pre>
 */
final class PluginDiscovery {

    private PluginDiscovery() {
    }

    static List<QuirePlugin> discover(ClassLoader classLoader, SiteConfig config) {
        Set<String> disabled = disabled(config);
        List<QuirePlugin> plugins = new ArrayList<>();
        Map<String, QuirePlugin> byName = new HashMap<>();
        try {
            for (QuirePlugin plugin : ServiceLoader.load(QuirePlugin.class, classLoader)) {
                QuirePlugin previous = byName.putIfAbsent(plugin.name(), plugin);
                if (previous != null) {
                    if (previous.getClass().equals(plugin.getClass())) {
                        continue; // the same plugin listed twice on the class path
                    }
                    throw new QuireException(null, "two plugins are named '" + plugin.name() + "': "
                            + previous.getClass().getName() + " and " + plugin.getClass().getName(),
                            "remove one of the two jars from the class path, or rename one plugin");
                }
                if (!disabled.contains(plugin.name())) {
                    plugins.add(plugin);
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new QuireException(null, "a Quire plugin could not be loaded: " + e.getMessage(),
                    "check the plugin's META-INF/services/dev.quire.spi.QuirePlugin entry and its dependencies", e);
        }
        plugins.sort(Comparator.comparing(QuirePlugin::name));
        return plugins;
    }

    private static Set<String> disabled(SiteConfig config) {
        Object quire = config.get("quire");
        if (quire == null) {
            return Set.of();
        }
        if (!(quire instanceof Map<?, ?> map)) {
            throw new QuireException(config.locationOf("quire"), "'quire' must be a mapping",
                    "write 'quire:' followed by indented keys such as 'disable: [sitemap]'");
        }
        Object disable = map.get("disable");
        if (disable == null) {
            return Set.of();
        }
        if (disable instanceof List<?> list) {
            Set<String> names = new HashSet<>();
            list.forEach(name -> names.add(String.valueOf(name)));
            return names;
        }
        return Set.of(disable.toString());
    }
}
