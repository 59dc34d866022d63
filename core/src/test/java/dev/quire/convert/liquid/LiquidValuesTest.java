package dev.quire.convert.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quire.model.Deferred;
import dev.quire.model.Reads;
import dev.quire.model.ResolvingMap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiquidValuesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final AtomicInteger computed = new AtomicInteger();

    private ResolvingMap post(String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", LocalDate.of(2019, 5, 21));
        values.put("excerpt", new Deferred(() -> {
            computed.incrementAndGet();
            return "<p>x</p>";
        }));
        return new ResolvingMap(values, "doc:" + path);
    }

    @Test
    void aConvertedViewKeepsItsOwnerAndItsDeferredValues() throws Exception {
        ResolvingMap post = post("_posts/2019-05-21-a.md");

        Reads.Recorded<Map<String, Object>> recorded = Reads.during(() -> LiquidValues.inZone(post, ZONE));

        ResolvingMap converted = assertInstanceOf(ResolvingMap.class, recorded.value());
        assertNotSame(post, converted);
        assertEquals("doc:_posts/2019-05-21-a.md", converted.owner());
        assertEquals(ZonedDateTime.of(2019, 5, 21, 0, 0, 0, 0, ZONE), converted.entries().get("date"));
        assertInstanceOf(Deferred.class, converted.entries().get("excerpt"));
        assertEquals(Set.of(), recorded.reads(), "converting is not a template reading the view");
        assertEquals(0, computed.get(), "a deferred value is computed only when a template reads it");
    }

    @Test
    void viewsInsideTheSiteViewKeepTheirOwnersAndOneViewStaysOneObject() throws Exception {
        ResolvingMap a = post("_posts/2019-05-21-a.md");
        ResolvingMap b = post("_posts/2019-05-22-b.md");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "T");
        values.put("posts", List.of(b, a));
        values.put("tags", Map.of("x", List.of(a)));
        ResolvingMap site = new ResolvingMap(values, "site");

        Reads.Recorded<Map<String, Object>> recorded = Reads.during(() -> LiquidValues.inZone(site, ZONE));

        ResolvingMap converted = assertInstanceOf(ResolvingMap.class, recorded.value());
        assertEquals("site", converted.owner());
        List<?> posts = (List<?>) converted.entries().get("posts");
        assertEquals(List.of("doc:_posts/2019-05-22-b.md", "doc:_posts/2019-05-21-a.md"),
                posts.stream().map(p -> ((ResolvingMap) p).owner()).toList());
        Object tagged = ((List<?>) ((Map<?, ?>) converted.entries().get("tags")).get("x")).get(0);
        assertSame(posts.get(1), tagged);
        assertEquals(Set.of(), recorded.reads());
        assertEquals(0, computed.get());
    }

    @Test
    void aViewWithoutDatesIsReturnedAsItIs() throws Exception {
        ResolvingMap view = new ResolvingMap(Map.of("title", "T"), "doc:about.md");

        Reads.Recorded<Map<String, Object>> recorded = Reads.during(() -> LiquidValues.inZone(view, ZONE));

        assertSame(view, recorded.value());
        assertEquals(Set.of(), recorded.reads());
    }
}
