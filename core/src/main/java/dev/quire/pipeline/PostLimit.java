package dev.quire.pipeline;

import dev.quire.model.Document;
import dev.quire.model.Site;
import dev.quire.model.SiteConfig;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code limit_posts: N} keeps only the N newest published posts (drafts count when shown), as
 * Jekyll's {@code Site#limit_posts!} does; 0, the default, keeps all. The others are not built at
 * all. A negative or non-numeric value is refused by {@link ConfigReader}.
 */
final class PostLimit {

    private PostLimit() {
    }

    static List<Document> apply(SiteConfig config, List<Document> documents) {
        int limit = limit(config);
        if (limit <= 0) {
            return documents;
        }
        List<Document> posts = documents.stream().filter(Document::isPost).sorted(Site.POST_ORDER).toList();
        if (posts.size() <= limit) {
            return documents;
        }
        Set<Document> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        dropped.addAll(posts.subList(0, posts.size() - limit));
        return documents.stream().filter(d -> !dropped.contains(d)).toList();
    }

    /** The configured limit; {@code null} and values that are not whole numbers read as 0 (checked earlier). */
    static int limit(SiteConfig config) {
        Object value = config.get("limit_posts");
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return value == null ? 0 : Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
