package dev.quire.convert.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** The parsing half of a flexmark extension whose HTML Quire writes itself (kramdown's markup). */
final class ParserOnly implements Parser.ParserExtension {

    private final Parser.ParserExtension extension;

    private ParserOnly(Parser.ParserExtension extension) {
        this.extension = extension;
    }

    static ParserOnly of(Parser.ParserExtension extension) {
        return new ParserOnly(extension);
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        extension.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        extension.extend(builder);
    }
}
