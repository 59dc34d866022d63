package dev.quire.renderers.archives;

import dev.quire.model.Document;
import dev.quire.spi.Urls;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One archive before it is placed: its type ({@code category}, {@code tag}, {@code year},
 * {@code month}, {@code day}), its name (a category or tag) or its date parts, and its posts,
 * newest first.
 */
record Archive(String type, String name, String year, String month, String day, List<Document> posts) {

    Archive {
        posts = List.copyOf(posts);
    }

    static Archive named(String type, String name, List<Document> posts) {
        return new Archive(type, name, null, null, null, posts);
    }

    /**
     * The archives of one date level over {@code posts} (oldest first, as jekyll-archives walks
     * them), in the order their first post appears, each with its posts newest first.
     *
     * @param parent the archive of the level above (its year, or year and month), or {@code null}
     */
    static List<Archive> byDate(List<Document> posts, String type, Archive parent) {
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        List<Document> oldestFirst = parent == null ? posts : com.google.common.collect.Lists.reverse(posts);
        for (Document post : oldestFirst) {
            ZonedDateTime date = post.date();
            String key = switch (type) {
                case "year" -> String.format("%04d", date.getYear());
                case "month" -> String.format("%02d", date.getMonthValue());
                default -> String.format("%02d", date.getDayOfMonth());
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(post);
        }
        List<Archive> archives = new ArrayList<>();
        groups.forEach((key, group) -> {
            List<Document> newestFirst = com.google.common.collect.Lists.reverse(group);
            archives.add(switch (type) {
                case "year" -> new Archive(type, null, key, null, null, newestFirst);
                case "month" -> new Archive(type, null, parent.year(), key, null, newestFirst);
                default -> new Archive(type, null, parent.year(), parent.month(), key, newestFirst);
            });
        });
        return archives;
    }

    /** The values of the permalink's placeholders: {@code :name} (slugified) or the date parts, and {@code :type}. */
    Map<String, String> placeholders(String slugMode) {
        Map<String, String> values = new LinkedHashMap<>();
        if (name != null) {
            String slug = Urls.slugify(name, slugMode);
            values.put("name", slug == null ? "" : slug);
        } else {
            values.put("year", year);
            if (month != null) {
                values.put("month", month);
            }
            if (day != null) {
                values.put("day", day);
            }
        }
        values.put("type", type);
        return values;
    }

    /**
     * {@code page.title}: the category or tag as written; for a date archive, where jekyll-archives
     * has none, the date as its permalink names it ({@code 2024}, {@code 2024-03}, {@code 2024-03-09}).
     */
    String title() {
        if (name != null) {
            return name;
        }
        return year + (month == null ? "" : "-" + month) + (day == null ? "" : "-" + day);
    }

    /** {@code page.date} of a date archive: its first day; {@code null} for a category or tag. */
    LocalDate date() {
        if (name != null) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(year), month == null ? 1 : Integer.parseInt(month),
                day == null ? 1 : Integer.parseInt(day));
    }

    /** The archive in the virtual source path that names it in messages: {@code tag/Ruby on Rails}, {@code year/2024}. */
    String virtualPath() {
        String what = name != null ? name.replace('\\', '/') : title();
        return type + "/" + (what.isEmpty() ? "(empty)" : what);
    }
}
