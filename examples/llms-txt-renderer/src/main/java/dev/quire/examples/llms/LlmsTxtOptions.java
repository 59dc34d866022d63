package dev.quire.examples.llms;

import dev.quire.spi.OptionsKey;

/**
 * The plugin's options, the section {@code llms_txt:} of {@code _config.yml}
 * ({@code llms_txt: false} switches it off).
 *
 * @param enabled whether {@code llms.txt} is written
 * @param path    where, relative to the output folder
 * @param limit   how many of the newest posts to list; 0 lists all
 */
public record LlmsTxtOptions(boolean enabled, String path, int limit) {

    public static final OptionsKey<LlmsTxtOptions> KEY =
            OptionsKey.of("llms_txt", LlmsTxtOptions.class, new LlmsTxtOptions(true, "llms.txt", 0));
}
