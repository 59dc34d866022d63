package dev.quire.spi;

import dev.quire.model.SourceFile;
import java.util.Map;

/**
 * A text file split into its YAML front matter and its body.
 *
 * @param file        the file
 * @param frontMatter the parsed front matter; empty when the file has none or it is empty
 * @param hasFrontMatter whether the file's first line opens front matter ({@code ---}); also true
 *                    when the block is never closed, in which case, as in Jekyll, the front matter
 *                    is empty and the whole file is the body
 * @param bodyLine    the 1-based line where the body starts
 * @param body        the text after the front matter
 */
public record FrontMatterFile(SourceFile file, Map<String, Object> frontMatter, boolean hasFrontMatter,
        int bodyLine, String body) {
}
