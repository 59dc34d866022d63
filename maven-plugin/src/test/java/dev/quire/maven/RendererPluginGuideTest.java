package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The guide's code is the example plugin's code: every Java block of
 * {@code docs/writing-a-renderer-plugin.md} stands as written in {@code examples/llms-txt-renderer},
 * which the integration tests compile and run inside Maven.
 */
class RendererPluginGuideTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheGuideIsInTheExamplePlugin() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/writing-a-renderer-plugin.md"), StandardCharsets.UTF_8);
        String sources;
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples/llms-txt-renderer/src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).sorted().map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(guide);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }

        assertEquals(3, blocks.size(), "the options, the renderer and the plugin");
        for (String block : blocks) {
            assertTrue(sources.contains(block), "not in the example plugin:\n" + block);
        }
    }
}
