package dev.quire.serve;

import java.util.Locale;

/**
 * What the server adds to the HTML pages it sends (never to the files on disk): a script that
 * listens to the build events and reloads the page when a newer build is there, and, while the
 * latest build failed, an overlay with its errors.
 */
final class LiveReload {

    /** The server-sent-events endpoint the script listens to. */
    static final String EVENTS_PATH = "/__quire/events";
    /** The event name; its data is the build generation. */
    static final String EVENT = "rebuilt";

    private LiveReload() {
    }

    /**
     * The page with the script (and, for a failed build, the error overlay) inserted before its
     * last {@code </body>}, or at its end when it has none.
     */
    static String inject(String html, BuildState state) {
        String addition = overlay(state) + script(state.generation());
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        if (body < 0) {
            return html + addition;
        }
        return html.substring(0, body) + addition + html.substring(body);
    }

    /**
     * Reloads on a build event whose generation differs from the page's. The server sends the
     * current generation as soon as the stream opens, so a build that finished between the page's
     * load and the stream's start still reloads it.
     */
    static String script(long generation) {
        return "<script id=\"quire-live-reload\">(function () {\n"
                + "  var generation = \"" + generation + "\";\n"
                + "  var events = new EventSource(\"" + EVENTS_PATH + "\");\n"
                + "  events.addEventListener(\"" + EVENT + "\", function (event) {\n"
                + "    if (event.data !== generation) { events.close(); location.reload(); }\n"
                + "  });\n"
                + "})();</script>\n";
    }

    /** The errors of a failed build as a fixed box over the page; empty for any other state. */
    static String overlay(BuildState state) {
        if (!(state instanceof BuildState.Failed failed)) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        html.append("<div id=\"quire-build-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                .append("overflow:auto;margin:0;padding:2rem;background:rgba(20,20,20,.94);color:#fff;")
                .append("font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace\">")
                .append("<h1 style=\"margin:0 0 1rem;font-size:1.3rem;color:#ff8a80\">Quire build failed</h1>")
                .append("<p style=\"margin:0 0 1rem\">The page shows the last good build. Fix the file and save: ")
                .append("the page reloads when the site builds again.</p>");
        for (String error : failed.errors()) {
            html.append("<pre style=\"white-space:pre-wrap;margin:0 0 .75rem;padding:.75rem;background:#000;")
                    .append("border-left:4px solid #ff5252\">").append(escape(error)).append("</pre>");
        }
        return html.append("</div>\n").toString();
    }

    /** HTML text escaping for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
