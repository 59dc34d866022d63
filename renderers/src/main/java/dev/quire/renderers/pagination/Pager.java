package dev.quire.renderers.pagination;

import dev.quire.model.Document;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a paginated list, with jekyll-paginate's fields, as templates see it under
 * {@code paginator}. The {@code *_path} values are URLs without the base URL, as Jekyll gives them.
 *
 * @param page             this page's number, from 1
 * @param perPage          posts per page ({@code paginate:})
 * @param posts            this page's posts, newest first
 * @param totalPosts       how many posts all pages list
 * @param totalPages       how many pages there are
 * @param previousPagePath the previous page's URL, or {@code null} on page 1
 * @param nextPagePath     the next page's URL, or {@code null} on the last page
 */
public record Pager(int page, int perPage, List<Document> posts, int totalPosts, int totalPages,
        String previousPagePath, String nextPagePath) {

    public Pager {
        posts = List.copyOf(posts);
    }

    /** How many pages {@code posts} posts need at {@code perPage} a page (jekyll-paginate's {@code calculate_pages}). */
    public static int pages(int posts, int perPage) {
        return (posts + perPage - 1) / perPage;
    }

    /** Page {@code page} of {@code all}, with the URLs of its neighbours from {@code pathOf}. */
    public static Pager of(int page, int perPage, List<Document> all, java.util.function.IntFunction<String> pathOf) {
        int totalPages = pages(all.size(), perPage);
        int from = (page - 1) * perPage;
        List<Document> posts = all.subList(Math.min(from, all.size()), Math.min(from + perPage, all.size()));
        return new Pager(page, perPage, posts, all.size(), totalPages, page > 1 ? pathOf.apply(page - 1) : null,
                page < totalPages ? pathOf.apply(page + 1) : null);
    }

    /** The {@code paginator} variable: jekyll-paginate's {@code to_liquid} (posts as documents, shown as views). */
    public Map<String, Object> toVariable() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("page", page);
        map.put("per_page", perPage);
        map.put("posts", posts);
        map.put("total_posts", totalPosts);
        map.put("total_pages", totalPages);
        map.put("previous_page", page > 1 ? page - 1 : null);
        map.put("previous_page_path", previousPagePath);
        map.put("next_page", page < totalPages ? page + 1 : null);
        map.put("next_page_path", nextPagePath);
        return Collections.unmodifiableMap(map);
    }
}
