package dev.quire.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.error.Problem;
import dev.quire.model.SiteConfig;
import dev.quire.testing.RecordingProblems;
import dev.quire.testing.TestContexts;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code site.data} as Jekyll 4.3.1's DataReader builds it (the {@code data} fixture holds what Jekyll built). */
class DataReaderTest {

    @TempDir
    Path root;

    private final RecordingProblems problems = new RecordingProblems();

    private Map<String, Object> read(Map<String, String> files, Map<String, ?> config) throws IOException {
        TestSite site = TestSite.create(root, files);
        SiteConfig siteConfig = TestContexts.config(site.source(), config);
        return DataReader.read(siteConfig, problems);
    }

    private Map<String, Object> read(Map<String, String> files) throws IOException {
        return read(files, Map.of());
    }

    @Test
    void eachFormatBecomesAKey() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_data/person.yml", "name: Ann\nlangs: [java]\n");
        files.put("_data/list.yaml", "- one\n- two\n");
        files.put("_data/doc.json", "{\"n\": 1, \"f\": 2.5, \"b\": true, \"z\": null, \"arr\": [1, {\"k\": \"v\"}]}");
        files.put("_data/people.csv", "name,age,note\nann,3,\"a, b\"\nbob,,\"\"\ncy,7\n");
        files.put("_data/tabs.tsv", "name\tage\nann\t3\n");
        Map<String, Object> data = read(files);

        assertEquals(Map.of("name", "Ann", "langs", List.of("java")), data.get("person"));
        assertEquals(List.of("one", "two"), data.get("list"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("n", 1);
        doc.put("f", 2.5);
        doc.put("b", true);
        doc.put("z", null);
        doc.put("arr", List.of(1, Map.of("k", "v")));
        assertEquals(doc, data.get("doc"));
        assertEquals(List.of(row("name", "ann", "age", "3", "note", "a, b"), row("name", "bob", "age", null, "note", ""),
                row("name", "cy", "age", "7", "note", null)), data.get("people"),
                "values are strings; an empty unquoted field is nil, a quoted one \"\"; a short row is padded");
        assertEquals(List.of(row("name", "ann", "age", "3")), data.get("tabs"));
        assertTrue(problems.all().isEmpty());
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void foldersNestAndEntriesComeInJekyllsOrder() throws IOException {
        Map<String, Object> data = read(Map.of(
                "_data/b.yml", "k: b\n",
                "_data/a.json", "{\"k\": \"a\"}",
                "_data/c.yaml", "k: c\n",
                "_data/same.yml", "from: yml\n",
                "_data/same.json", "{\"from\": \"json\"}",
                "_data/nested/deep/leaf.yml", "k: deep\n",
                "_data/nested/n.yml", "k: n\n",
                "_data/my folder/odd name!.yml", "k: odd\n",
                "_data/.hidden.yml", "k: hidden\n",
                "_data/notes.txt", "k: text\n"));

        assertEquals(List.of("c", "b", "same", "a", "my_folder", "nested"), List.copyOf(data.keySet()),
                ".yaml, .yml, .json, .csv, .tsv files, each by name, then folders; dotfiles and other files left out");
        assertEquals(Map.of("from", "json"), data.get("same"), "the later extension wins");
        assertEquals(Map.of("n", Map.of("k", "n"), "deep", Map.of("leaf", Map.of("k", "deep"))), data.get("nested"));
        assertEquals(Map.of("odd_name", Map.of("k", "odd")), data.get("my_folder"));
    }

    @Test
    void dataDirChangesTheFolder() throws IOException {
        Map<String, Object> data = read(Map.of("_data/a.yml", "k: a\n", "_other/o.yml", "k: o\n"),
                Map.of("data_dir", "_other"));
        assertEquals(Map.of("o", Map.of("k", "o")), data);
    }

    @Test
    void aMissingFolderIsNoData() throws IOException {
        assertEquals(Map.of(), read(Map.of("index.md", "---\n---\n")));
    }

    @Test
    void sanitizeKeepsAsciiWordCharactersAndHyphens() {
        assertEquals("odd_name", DataReader.sanitize("odd name!"));
        assertEquals("a-b_c", DataReader.sanitize(" a-b  c "));
        assertEquals("ab", DataReader.sanitize("a.b"));
    }

    @Test
    void theResultCannotBeChanged() throws IOException {
        Map<String, Object> data = read(Map.of("_data/a.csv", "x\n1\n"));
        assertThrows(UnsupportedOperationException.class, () -> data.put("b", 1));
        @SuppressWarnings("unchecked")
        List<Object> rows = (List<Object>) data.get("a");
        assertThrows(UnsupportedOperationException.class, () -> rows.add(1));
    }

    @Test
    void badYamlNamesFileLineAndColumn() throws IOException {
        Map<String, Object> data = read(Map.of("_data/bad.yml", "a: 1\nb: [1, 2\n", "_data/good.yml", "k: v\n"));

        assertEquals(Map.of("good", Map.of("k", "v")), data, "the other files are still read");
        Problem problem = problems.errors().get(0);
        assertEquals("_data/bad.yml", problem.location().file());
        assertEquals(2, problem.location().line());
        assertTrue(problem.location().column() > 0);
        assertTrue(problem.message().startsWith("invalid YAML"), problem.message());
    }

    @Test
    void badJsonNamesFileLineAndColumn() throws IOException {
        read(Map.of("_data/nested/bad.json", "{\n  \"a\": 1,\n  \"b\": tru\n}"));

        Problem problem = problems.errors().get(0);
        assertEquals("_data/nested/bad.json:3:", problem.location().toString().substring(0, 24));
        assertTrue(problem.message().startsWith("invalid JSON: "), problem.message());
        assertTrue(problem.hint().contains("JSON"));
    }

    @Test
    void badCsvNamesFileAndLine() throws IOException {
        read(Map.of("_data/bad.csv", "a,b\n1,2\n3,\"unclosed\n"));

        Problem problem = problems.errors().get(0);
        assertEquals("_data/bad.csv", problem.location().file());
        assertTrue(problem.location().line() >= 3, problem.location().toString());
        assertTrue(problem.message().startsWith("invalid CSV: "), problem.message());
    }

    @Test
    void invalidUtf8NamesTheFile() throws IOException {
        TestSite site = TestSite.create(root);
        site.write("_data/latin.yml", "name: Caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        DataReader.read(TestContexts.config(site.source()), problems);

        assertEquals("_data/latin.yml:1:10", problems.errors().get(0).location().toString());
        assertFalse(problems.errors().get(0).message().isEmpty());
    }

    @Test
    void csvRowsKeepEveryHeaderInOrder() throws IOException {
        Map<String, Object> data = read(Map.of("_data/t.csv", "b,a\n1\n"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) data.get("t")).get(0);
        assertEquals(Arrays.asList("b", "a"), List.copyOf(first.keySet()));
        assertNull(first.get("a"));
    }
}
