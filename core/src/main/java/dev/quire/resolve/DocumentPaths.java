package dev.quire.resolve;

import dev.quire.load.PostPath;
import dev.quire.model.Collection;
import dev.quire.model.Document;
import dev.quire.model.SiteConfig;
import dev.quire.model.SourceFile;
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
            String path = config.collectionPath(document.source().path());
            return PostPath.parse(path == null ? document.source() : document.source().sibling(path));
        }
        if (!document.inCollection()) {
            return Optional.empty();
        }
        return config.collection(document.collection())
                .map(collection -> collection.pathInside(document.source().path()))
                .map(PostPath::ofCollectionPath);
    }

    /**
     * Jekyll's {@code :path} of a collection document: its path relative to
     * {@code collections_dir}, without extension, with the first {@code _<label>} removed
     * ({@code movies/_posts/2019-05-21-x} gives {@code movies//2019-05-21-x}, squeezed later). A
     * draft keeps {@code _drafts}, as in Jekyll.
     */
    static String placeholderPath(Document document, SiteConfig config) {
        String path = config.collectionPath(document.source().path());
        if (path == null) {
            path = document.source().path();
        }
        path = path.substring(0, path.length() - document.source().extension().length());
        String folder = "_" + document.collection();
        int at = path.indexOf(folder);
        return at < 0 ? path : path.substring(0, at) + path.substring(at + folder.length());
    }
}
