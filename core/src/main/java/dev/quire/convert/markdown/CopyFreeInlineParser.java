package dev.quire.convert.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with {@link #match} and {@link #matchWithGroups} as flexmark 0.64.8
 * has them but without {@link Matcher#toMatchResult()}: that copies the whole paragraph into a new
 * string on every match (every code span, every link's destination), which made about a fifth of
 * the time of converting a post with many links and code spans. The result is the same.
 */
final class CopyFreeInlineParser extends InlineParserImpl {

    /**
     * A parser with this inline parser. flexmark adds its own link reference definitions' paragraph
     * pre-processor only with its default inline parser, so it is added here as flexmark would.
     */
    static Parser parser(DataHolder options) {
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(CopyFreeInlineParser::new);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder.build();
    }

    private CopyFreeInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern pattern) {
        Matcher matcher = matcherFromIndex(pattern);
        if (matcher == null) {
            return null;
        }
        return getInput().subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern pattern) {
        Matcher matcher = matcherFromIndex(pattern);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = getInput().subSequence(matcher.start(), matcher.end());
        for (int group = 1; group < groups.length; group++) {
            groups[group] = matcher.start(group) < 0 ? null
                    : getInput().subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The matcher after a match found from the current index (which moves past it), or {@code null}. */
    private Matcher matcherFromIndex(Pattern pattern) {
        BasedSequence input = getInput();
        if (getIndex() >= input.length()) {
            return null;
        }
        Matcher matcher = pattern.matcher(input);
        matcher.region(getIndex(), input.length());
        if (!matcher.find()) {
            return null;
        }
        setIndex(matcher.end());
        return matcher;
    }
}
