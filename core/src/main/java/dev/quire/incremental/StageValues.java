package dev.quire.incremental;

import dev.quire.convert.liquid.LinkReads;
import dev.quire.model.Document;
import dev.quire.model.Drops;
import dev.quire.model.Reads;
import dev.quire.model.ResolvingMap;
import dev.quire.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of reads (owner and key) in one version of the site (as indexed, with posts converted,
 * with everything converted), as digests: what the work recorded in this version saw, or what it
 * would see now. Each read is computed once; thread-safe.
 */
public final class StageValues {

    /** The digest of a read whose value cannot be known (an unknown owner, a failure): equal to nothing. */
    private static String unknown() {
        return "unknown:" + UUID.randomUUID();
    }

    private static final String ABSENT = "absent";

    private final Site site;
    private final Path source;
    private final Map<String, Document> documents = new HashMap<>();
    private final Set<String> ambiguous = ConcurrentHashMap.newKeySet();
    private final Map<String, ResolvingMap> views = new ConcurrentHashMap<>();
    private final Map<Reads.Read, String> digests = new ConcurrentHashMap<>();
    private volatile ResolvingMap siteView;

    /** @param source the site's source folder, where {@code include_relative} reads files */
    public StageValues(Site site, Path source) {
        this.site = site;
        this.source = source;
        for (Document document : site.documents()) {
            String owner = Drops.ownerOf(document);
            if (documents.putIfAbsent(owner, document) != null) {
                ambiguous.add(owner); // two documents from one source: neither can be told apart
            }
        }
    }

    public Site site() {
        return site;
    }

    /** The digest of each read, in sorted order. */
    public SortedMap<Reads.Read, String> digests(Set<Reads.Read> reads) {
        SortedMap<Reads.Read, String> result = new TreeMap<>();
        for (Reads.Read read : reads) {
            result.put(read, digest(read));
        }
        return result;
    }

    /** Whether every read still has the value it had when it was recorded. */
    public boolean unchanged(Map<Reads.Read, String> recorded) {
        for (Map.Entry<Reads.Read, String> entry : recorded.entrySet()) {
            if (!digest(entry.getKey()).equals(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether documents of this version can be told apart by their owner. */
    public boolean isAmbiguous(String owner) {
        return ambiguous.contains(owner);
    }

    String digest(Reads.Read read) {
        String known = digests.get(read);
        if (known != null) {
            return known;
        }
        String computed;
        try {
            computed = compute(read);
        } catch (RuntimeException e) {
            computed = unknown(); // a deferred value that fails: the work reading it runs again and says why
        }
        String raced = digests.putIfAbsent(read, computed);
        return raced != null ? raced : computed;
    }

    private String compute(Reads.Read read) {
        String owner = read.owner();
        if (owner.equals(Drops.SITE_OWNER)) {
            return ofView(siteView(), read.key());
        }
        if (owner.startsWith(Drops.DOCUMENT_OWNER)) {
            if (ambiguous.contains(owner)) {
                return unknown();
            }
            Document document = documents.get(owner);
            if (document == null) {
                return ABSENT;
            }
            return ofView(views.computeIfAbsent(owner, o -> (ResolvingMap) Drops.page(document, site)), read.key());
        }
        if (owner.equals(LinkReads.OWNER)) {
            return ValueDigest.of(LinkReads.valueOf(site));
        }
        if (owner.startsWith(Reads.FILE_OWNER)) {
            Path file = source.resolve(owner.substring(Reads.FILE_OWNER.length())).normalize();
            if (!file.startsWith(source) || !Files.isRegularFile(file)) {
                return ABSENT;
            }
            try {
                // As include_relative and the layouts' loader read it: by its real path, and only
                // inside the real source folder (a link leading out is no file the work could read).
                Path real = file.toRealPath();
                return real.startsWith(source.toRealPath()) ? ValueDigest.of(Files.readString(real)) : ABSENT;
            } catch (IOException e) {
                return unknown();
            }
        }
        return unknown();
    }

    private ResolvingMap siteView() {
        ResolvingMap view = siteView;
        if (view == null) {
            synchronized (this) {
                if (siteView == null) {
                    siteView = (ResolvingMap) Drops.site(site);
                }
                view = siteView;
            }
        }
        return view;
    }

    private static String ofView(ResolvingMap view, String key) {
        if (key.equals(Reads.ALL)) {
            return ValueDigest.ofEntries(view);
        }
        return view.entries().containsKey(key) ? ValueDigest.of(view.entries().get(key)) : ABSENT;
    }
}
