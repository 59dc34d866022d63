package dev.quire.convert.liquid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Liqp's {@code include} and {@code include_relative}, with an error that says which include failed
 * and why ({@link IncludeException}) instead of Liqp's bare "problem with evaluating include".
 * {@code include_relative} reads through {@link IncludeResolver#resolveRelative} from the folder of
 * the including file (Liqp's own reads any path, from the working folder when the template has no
 * location).
 */
final class IncludeTag extends Include {

    private final IncludeResolver relativeResolver;

    private IncludeTag(String name, IncludeResolver relativeResolver) {
        super(name);
        this.relativeResolver = relativeResolver;
    }

    /** {@code include}: the file comes from the parser's name resolver. */
    static IncludeTag include() {
        return new IncludeTag("include", null);
    }

    /** {@code include_relative}: the file comes from {@code resolver}, next to the including file. */
    static IncludeTag includeRelative(IncludeResolver resolver) {
        return new IncludeTag("include_relative", Objects.requireNonNull(resolver));
    }

    @Override
    protected CharStreamWithLocation detectSource(TemplateContext context, String name) throws IOException {
        if (relativeResolver == null) {
            return super.detectSource(context, name);
        }
        Path folder = context.getRootFolder();
        if (folder == null) {
            throw new IOException("include_relative is only available in a file of the site");
        }
        return relativeResolver.resolveRelative(name, folder);
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        try {
            return super.render(context, nodes);
        } catch (RuntimeException e) {
            throw new IncludeException(getName(), fileName(context, nodes), e);
        }
    }

    /** The name the tag asked for, evaluated again (only when it failed) for the message. */
    private String fileName(TemplateContext context, LNode... nodes) {
        try {
            return nodes.length == 0 ? "" : asString(nodes[0].render(context), context);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * An include that failed: its tag ({@code include} or {@code include_relative}), the file name it
     * asked for, and a message naming it followed by the messages of the causes.
     */
    static final class IncludeException extends RuntimeException {

        private static final String LIQP_WRAPPER = "problem with evaluating include";

        private final String tag;
        private final String fileName;

        IncludeException(String tag, String fileName, Throwable cause) {
            super(tag + " '" + fileName + "': " + reasons(cause), cause);
            this.tag = tag;
            this.fileName = fileName;
        }

        String tag() {
            return tag;
        }

        String fileName() {
            return fileName;
        }

        /**
         * The messages of the cause chain, outermost first, without Liqp's wrapper and repeats; a
         * nested include's message already holds the rest of the chain.
         */
        private static String reasons(Throwable cause) {
            StringBuilder reasons = new StringBuilder();
            for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
                String message = t.getMessage();
                if (message != null && !message.isBlank() && !message.equals(LIQP_WRAPPER)
                        && reasons.indexOf(message) < 0) {
                    if (reasons.length() > 0) {
                        reasons.append(": ");
                    }
                    reasons.append(message);
                }
                if (t instanceof IncludeException) {
                    break;
                }
            }
            return reasons.length() > 0 ? reasons.toString() : cause.getClass().getSimpleName();
        }
    }
}
