package dev.quire.renderers.layout;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * FreeMarker's default wrapper, plus java.time values as FreeMarker dates, so that layouts can
 * write {@code ${page.date?string("MMMM d, yyyy")}} (shown in the site's time zone).
 */
final class TemplateObjectWrapper extends DefaultObjectWrapper {

    /** The site's zone: a date without time (a YAML date) is midnight there, so it prints as its own day. */
    private final ZoneId zone;

    TemplateObjectWrapper(ZoneId zone) {
        super(Configuration.VERSION_2_3_34);
        this.zone = zone;
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value instanceof dev.quire.model.Deferred deferred) {
            return wrap(deferred.get());
        }
        if (value instanceof ZonedDateTime zoned) {
            return new SimpleDate(Date.from(zoned.toInstant()), TemplateDateModel.DATETIME);
        }
        if (value instanceof OffsetDateTime offset) {
            return new SimpleDate(Date.from(offset.toInstant()), TemplateDateModel.DATETIME);
        }
        if (value instanceof Instant instant) {
            return new SimpleDate(Date.from(instant), TemplateDateModel.DATETIME);
        }
        if (value instanceof LocalDate date) {
            return new SimpleDate(Date.from(date.atStartOfDay(zone).toInstant()), TemplateDateModel.DATE);
        }
        return super.wrap(value);
    }
}
