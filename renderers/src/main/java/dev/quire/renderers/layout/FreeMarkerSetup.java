package dev.quire.renderers.layout;

import dev.quire.model.Site;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.util.Locale;
import java.util.TimeZone;

/** The FreeMarker configuration for one site: created once per build, shared by every document. */
final class FreeMarkerSetup {

    static final java.util.Set<String> EXTENSIONS = java.util.Set.of(".ftlh", ".ftl");

    private FreeMarkerSetup() {
    }

    static Configuration configure(Site site) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new SiteTemplateLoader(site));
        // Every use of a template asks the loader again (it looks each up once and FreeMarker keeps
        // the parsed template), so that the loader records, for the page being made, each file of
        // the site its layouts include: a partial build must remake it when one changes.
        configuration.setTemplateUpdateDelayMilliseconds(0);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(true);
        // Every template escapes HTML, .ftl ones too (FreeMarker gives .ftlh that by its extension).
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        // Layouts are data, not code: no ?new of arbitrary classes (Execute runs shell commands), no ?api.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.ENGLISH);
        configuration.setTimeZone(TimeZone.getTimeZone(site.config().zone()));
        configuration.setObjectWrapper(new TemplateObjectWrapper(site.config().zone()));
        return configuration;
    }
}
