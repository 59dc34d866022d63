package dev.quire.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.error.Problem;
import dev.quire.error.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a successful build leaves in the state folder for the next one: the fingerprint of its
 * inputs, a stamp (size and modification time) of each output file, the warnings and notes it
 * reported (a skipped build reports them again), and the time from which a build of the same
 * inputs gives another site (a scheduled post), if any.
 *
 * <p>On disk: a header line with the format version, a line with the SHA-256 of the body, then
 * the body as JSON; written through a temporary file and an atomic rename.
 *
 * @param fingerprint   {@link InputFingerprint} of the inputs
 * @param outputs       output path (relative, {@code /}) to {@link OutputStamps stamp}
 * @param problems      the warnings and notes the build reported, sorted
 * @param validUntil    ISO instant from which the site changes by itself, or {@code null}
 * @param contentSources the site's own files the build read as documents or static files
 * @param cache          the SHA-256 of the {@link BuildCache} written with this state, or {@code null}
 */
public record BuildState(SortedMap<String, String> fingerprint, SortedMap<String, String> outputs,
        List<StoredProblem> problems, String validUntil, List<String> contentSources, String cache) {

    private static final String HEADER = "quire-build-state " + InputFingerprint.FORMAT;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public BuildState {
        fingerprint = new TreeMap<>(fingerprint);
        outputs = new TreeMap<>(outputs);
        problems = List.copyOf(problems);
        contentSources = contentSources == null ? null : List.copyOf(contentSources);
    }

    /** A problem as stored: a flat record, so the file format does not depend on the error classes. */
    public record StoredProblem(String severity, String file, int line, int column, String message, String hint) {

        static StoredProblem of(Problem problem) {
            SourceLocation at = problem.location();
            return new StoredProblem(problem.severity().name(), at == null ? null : at.file(),
                    at == null ? 0 : at.line(), at == null ? 0 : at.column(), problem.message(), problem.hint());
        }

        Problem problem() {
            SourceLocation at = file == null ? null : new SourceLocation(file, line, column);
            return new Problem(Problem.Severity.valueOf(severity), at, message, hint);
        }
    }

    public static BuildState of(SortedMap<String, String> fingerprint, SortedMap<String, String> outputs,
            List<Problem> problems, Instant validUntil) {
        return of(fingerprint, outputs, problems, validUntil, null, null);
    }

    public static BuildState of(SortedMap<String, String> fingerprint, SortedMap<String, String> outputs,
            List<Problem> problems, Instant validUntil, java.util.Collection<String> contentSources, String cache) {
        return new BuildState(fingerprint, outputs, problems.stream().map(StoredProblem::of).toList(),
                validUntil == null ? null : validUntil.toString(),
                contentSources == null ? null : List.copyOf(new java.util.TreeSet<>(contentSources)), cache);
    }

    public List<Problem> reported() {
        return problems.stream().map(StoredProblem::problem).toList();
    }

    /** {@code build-state-<16 hex digits of the SHA-256 of the output folder's path>.json}, one per output folder. */
    public static Path fileFor(Path stateDirectory, Path destination) {
        String hash = InputFingerprint.sha256(destination.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8));
        return stateDirectory.resolve("build-state-" + hash.substring(0, 16) + ".json");
    }

    /**
     * Reads a state file.
     *
     * @throws CorruptStateException when the file is not a state of this format, its checksum does
     *                               not match, or its body cannot be read
     */
    public static BuildState read(Path file) throws IOException, CorruptStateException {
        byte[] bytes = Files.readAllBytes(file);
        int first = indexOf(bytes, 0);
        int second = first < 0 ? -1 : indexOf(bytes, first + 1);
        if (second < 0) {
            throw new CorruptStateException("no header");
        }
        String header = new String(bytes, 0, first, StandardCharsets.UTF_8);
        String checksum = new String(bytes, first + 1, second - first - 1, StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOfRange(bytes, second + 1, bytes.length);
        if (!header.equals(HEADER)) {
            throw new CorruptStateException("written by another version (" + header + ")");
        }
        if (!checksum.equals("sha256 " + InputFingerprint.sha256(body))) {
            throw new CorruptStateException("checksum does not match");
        }
        try {
            BuildState state = JSON.readValue(body, BuildState.class);
            if (state.fingerprint() == null || state.outputs() == null) {
                throw new CorruptStateException("incomplete");
            }
            return state;
        } catch (IOException | RuntimeException e) {
            throw new CorruptStateException("unreadable: " + e.getMessage());
        }
    }

    /** Writes through a temporary file and an atomic rename: a reader sees the old state or the new one. */
    public void write(Path file) throws IOException {
        byte[] body = JSON.writeValueAsBytes(this);
        byte[] head = (HEADER + "\nsha256 " + InputFingerprint.sha256(body) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".quire-", ".tmp");
        try {
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            Files.write(temporary, all);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A state file that must not be trusted. */
    public static final class CorruptStateException extends Exception {
        public CorruptStateException(String message) {
            super(message);
        }
    }
}
