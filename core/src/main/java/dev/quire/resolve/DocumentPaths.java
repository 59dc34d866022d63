package dev.quire.resolve;

import dev.quire.load.PostPath;
import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import java.util.Optional;

/**
 * What a collection document's path says (date, slug, path categories), for posts and for the
 * documents of other collections alike; pages have none.
 */
final class DocumentPaths {

    private DocumentPaths() {
    }

    static Optional<PostPath> of(Document document, SiteConfig config) {
        if (document.isPost()) {
            return PostPath.parse(document.source());
        }
        if (!document.inCollection()) {
            return Optional.empty();
        }
        return config.collection(document.collection())
                .map(collection -> collection.pathInside(document.source().path()))
                .map(PostPath::ofCollectionPath);
    }

    /**
     * Jekyll's {@code :path} of a collection document: the source path without extension, with the
     * collection's folder removed once ({@code movies/_posts/2019-05-21-x} gives
     * {@code movies/2019-05-21-x}).
     */
    static String placeholderPath(Document document, SiteConfig config) {
        String path = document.source().path();
        path = path.substring(0, path.length() - document.source().extension().length());
        if (document.isPost()) {
            return path.replaceFirst("(^|/)_(posts|drafts)/", "$1");
        }
        String folder = config.collection(document.collection()).map(Collection::relativeDirectory)
                .orElse("_" + document.collection());
        int at = path.indexOf(folder);
        return at < 0 ? path : path.substring(0, at) + path.substring(at + folder.length());
    }
}
