package dev.quire.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.error.Problems;
import dev.quire.error.QuireException;
import dev.quire.error.SourceLocation;
import dev.quire.model.SiteConfig;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data folder ({@code data_dir:}, {@code _data} by default) into {@code site.data}, as
 * Jekyll 4.3.1's {@code DataReader} does: each {@code .yaml}, {@code .yml}, {@code .json},
 * {@code .csv} and {@code .tsv} file becomes a key (its base name, cleaned like Jekyll's
 * {@code sanitize_filename}), each folder a nested hash. A CSV or TSV file is a list of hashes
 * keyed by its header row, every value a string ({@code nil} for an empty unquoted field).
 * Entries are taken in Jekyll's order (files by extension in that order, then by name; then
 * folders by name), so a later file of the same name wins but keeps the first one's position.
 */
public final class DataReader {

    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".csv", ".tsv");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Problems problems;
    private final Path root;

    private DataReader(SiteConfig config, Problems problems) {
        this.problems = problems;
        this.root = config.source();
    }

    /**
     * The data of the site; a file that cannot be read is reported (with its line and column) and
     * left out, so that one build reports every bad file.
     */
    public static Map<String, Object> read(SiteConfig config, Problems problems) throws IOException {
        Path folder = config.source().resolve(config.string("data_dir", "_data")).normalize();
        if (!folder.startsWith(config.source()) || !Files.isDirectory(folder)) {
            return Map.of();
        }
        return new DataReader(config, problems).readFolder(folder);
    }

    private Map<String, Object> readFolder(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(this::insideSource)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (String extension : EXTENSIONS) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (name.endsWith(extension) && name.length() > extension.length() && Files.isRegularFile(file)) {
                    String key = sanitize(name.substring(0, name.lastIndexOf('.')));
                    try {
                        data.put(key, readFile(file, extension));
                    } catch (QuireException e) {
                        problems.report(e.problem(), e);
                    }
                }
            }
        }
        for (Path child : entries) {
            if (Files.isDirectory(child)) {
                data.put(sanitize(child.getFileName().toString()), readFolder(child));
            }
        }
        return Collections.unmodifiableMap(data);
    }

    /** Symbolic links that lead out of the source folder are not followed. */
    private boolean insideSource(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Object readFile(Path file, String extension) throws IOException {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String text = Utf8.decode(Files.readAllBytes(file), relative);
        return switch (extension) {
            case ".csv" -> table(text, relative, ',');
            case ".tsv" -> table(text, relative, '\t');
            case ".json" -> json(text, relative);
            default -> Yaml.parseValue(text, relative, 1);
        };
    }

    private static Object json(String text, String file) {
        try {
            return new YamlFreezer().freeze(JSON.readValue(text, Object.class));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new QuireException(at == null ? SourceLocation.of(file) : new SourceLocation(file,
                    at.getLineNr(), at.getColumnNr()), "invalid JSON: " + e.getOriginalMessage(),
                    "fix the JSON syntax (keys and strings in double quotes, no trailing commas)", e);
        }
    }

    /** Ruby's {@code CSV.read(path, headers: true)}, each row as a hash of the header row's names. */
    private static List<Object> table(String text, String file, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                // unquoted empty fields are nil, quoted ones "" (Ruby's CSV); no null string needed
                .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL_NON_NULL)
                .get();
        List<Object> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            try {
                for (CSVRecord record : parser) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.putIfAbsent(header.get(i), i < record.size() ? record.get(i) : null);
                    }
                    rows.add(Collections.unmodifiableMap(row));
                }
            } catch (java.io.UncheckedIOException e) {
                throw new QuireException(SourceLocation.of(file, (int) parser.getCurrentLineNumber()),
                        "invalid " + (delimiter == ',' ? "CSV" : "TSV") + ": " + e.getCause().getMessage(),
                        "quote fields that contain the separator, quotes or line breaks, and double quotes inside them",
                        e);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new QuireException(SourceLocation.of(file, 1), "invalid " + (delimiter == ',' ? "CSV" : "TSV")
                    + ": " + e.getMessage(), "give the first row the column names, each once", e);
        }
        return Collections.unmodifiableList(rows);
    }

    /** Jekyll's {@code sanitize_filename}: only ASCII word characters, spaces and hyphens stay; spaces become {@code _}. */
    static String sanitize(String name) {
        String kept = name.replaceAll("[^A-Za-z0-9_\\s-]+", "").strip();
        return kept.replaceAll("\\s+", "_");
    }
}
