package dev.quire.incremental;

import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import dev.quire.model.Reads;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@link UnitRecord}s of a successful build, by unit key, kept in the state folder beside the
 * {@link BuildState} that names its checksum: a cache is used only with the state written with it.
 *
 * <p>On disk: a header line, then a binary body (a table of the strings the records share, then the
 * records, converted contents apart), written through a temporary file and an atomic rename.
 */
public final class BuildCache {

    private static final String HEADER = "quire-build-cache 1\n";

    private final SortedMap<String, UnitRecord> units;

    public BuildCache(Map<String, UnitRecord> units) {
        this.units = new TreeMap<>(units);
    }

    public static BuildCache empty() {
        return new BuildCache(Map.of());
    }

    public UnitRecord get(String key) {
        return units.get(key);
    }

    public int size() {
        return units.size();
    }

    /** {@code build-cache-<hash of the output folder>.bin}, beside the state file. */
    public static Path fileFor(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName().toString()
                .replace("build-state-", "build-cache-").replace(".json", ".bin"));
    }

    /**
     * Writes the cache; returns the checksum the state must name. The body goes to the file as it is
     * hashed, without a copy of it in memory (it holds every converted document).
     */
    public String write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".quire-", ".tmp");
        try {
            MessageDigest digest = InputFingerprint.newDigest();
            try (var out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                out.write(HEADER.getBytes(StandardCharsets.UTF_8));
                encode(new DigestOutputStream(out, digest));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(digest.digest());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads the cache a state names.
     *
     * @throws BuildState.CorruptStateException when it is not this format or its checksum is not {@code checksum}
     */
    public static BuildCache read(Path file, String checksum) throws IOException, BuildState.CorruptStateException {
        byte[] all = Files.readAllBytes(file);
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        if (all.length < header.length || !new String(all, 0, header.length, StandardCharsets.UTF_8).equals(HEADER)) {
            throw new BuildState.CorruptStateException("the build cache is of another format");
        }
        MessageDigest digest = InputFingerprint.newDigest();
        digest.update(all, header.length, all.length - header.length);
        if (!HexFormat.of().formatHex(digest.digest()).equals(checksum)) {
            throw new BuildState.CorruptStateException("the build cache's checksum does not match the state");
        }
        try {
            return decode(new ByteArrayInputStream(all, header.length, all.length - header.length));
        } catch (IOException | RuntimeException e) {
            throw new BuildState.CorruptStateException("the build cache is unreadable: " + e);
        }
    }

    /** The body: the table of shared strings, then the records (which are made first, to fill the table). */
    private void encode(OutputStream body) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        long contents = units.values().stream().mapToLong(unit -> unit.content() == null ? 0 : unit.content().length()).sum();
        // Sized for the contents (mostly ASCII) and the records' indexes, so that it seldom grows by copying.
        ByteArrayOutputStream records = new ByteArrayOutputStream(
                (int) Math.min(Integer.MAX_VALUE - 8, contents + 64L * units.size() + 1024));
        DataOutputStream out = new DataOutputStream(records);
        out.writeInt(units.size());
        for (Map.Entry<String, UnitRecord> entry : units.entrySet()) {
            UnitRecord unit = entry.getValue();
            out.writeInt(intern(entry.getKey(), index, strings));
            out.writeInt(intern(unit.own(), index, strings));
            out.writeInt(unit.reads().size());
            for (Map.Entry<Reads.Read, String> read : unit.reads().entrySet()) {
                out.writeInt(intern(read.getKey().owner(), index, strings));
                out.writeInt(intern(read.getKey().key(), index, strings));
                out.writeInt(intern(read.getValue(), index, strings));
            }
            out.writeInt(unit.problems().size());
            for (Problem problem : unit.problems()) {
                SourceLocation at = problem.location();
                out.writeInt(intern(problem.severity().name(), index, strings));
                out.writeInt(at == null ? -1 : intern(at.file(), index, strings));
                out.writeInt(at == null ? 0 : at.line());
                out.writeInt(at == null ? 0 : at.column());
                out.writeInt(intern(problem.message(), index, strings));
                out.writeInt(problem.hint() == null ? -1 : intern(problem.hint(), index, strings));
            }
            out.writeBoolean(unit.content() != null);
            if (unit.content() != null) {
                writeText(out, unit.content());
            }
        }
        out.flush();
        DataOutputStream head = new DataOutputStream(body);
        head.writeInt(strings.size());
        for (String string : strings) {
            writeText(head, string);
        }
        head.flush();
        records.writeTo(body);
        body.flush();
    }

    private static BuildCache decode(ByteArrayInputStream body) throws IOException {
        DataInputStream in = new DataInputStream(body);
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = readText(in);
        }
        int count = in.readInt();
        Map<String, UnitRecord> units = new HashMap<>();
        for (int u = 0; u < count; u++) {
            String key = strings[in.readInt()];
            String own = strings[in.readInt()];
            SortedMap<Reads.Read, String> reads = new TreeMap<>();
            int readCount = in.readInt();
            for (int r = 0; r < readCount; r++) {
                reads.put(new Reads.Read(strings[in.readInt()], strings[in.readInt()]), strings[in.readInt()]);
            }
            List<Problem> problems = new ArrayList<>();
            int problemCount = in.readInt();
            for (int p = 0; p < problemCount; p++) {
                Problem.Severity severity = Problem.Severity.valueOf(strings[in.readInt()]);
                int file = in.readInt();
                int line = in.readInt();
                int column = in.readInt();
                String message = strings[in.readInt()];
                int hint = in.readInt();
                problems.add(new Problem(severity, file < 0 ? null : new SourceLocation(strings[file], line, column),
                        message, hint < 0 ? null : strings[hint]));
            }
            String content = in.readBoolean() ? readText(in) : null;
            units.put(key, new UnitRecord(own, reads, problems, content));
        }
        if (in.read() != -1) {
            throw new IOException("bytes after the last record");
        }
        return new BuildCache(units);
    }

    private static int intern(String string, Map<String, Integer> index, List<String> strings) {
        return index.computeIfAbsent(string, s -> {
            strings.add(s);
            return strings.size() - 1;
        });
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
