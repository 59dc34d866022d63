import dev.quire.build.BuildListener;
import dev.quire.build.BuildOptions;
import dev.quire.build.BuildResult;
import dev.quire.build.Quire;
import dev.quire.error.Problem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Times Quire builds of one source folder in one JVM: a full build into an empty output folder,
 * a no-op rebuild (nothing changed: skipped as up to date), then a one-post rebuild (one post's
 * body changed). Prints wall time, process CPU time and peak memory for each.
 * Usage: java Bench SOURCE OUTPUT STATE [threads]
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path state = Path.of(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        BuildOptions options = BuildOptions.of(source, output, state).withThreads(threads);
        run("full build", options);
        run("no-op rebuild", options);
        Path post;
        try (var posts = Files.list(source.resolve("_posts"))) {
            post = posts.filter(file -> file.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(post, Files.readString(post) + "\nOne more paragraph, added by the benchmark.\n");
        System.out.println("  (changed the body of " + source.relativize(post) + ")");
        run("one-post rebuild", options);
        System.out.printf("peak RSS of the JVM: %s%n", peakRss());
    }

    private static void run(String label, BuildOptions options) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        BuildResult result = new Quire().build(options, new BuildListener() {
            @Override
            public void phaseFinished(String phase, String summary, Duration time) {
                System.out.printf("  %-8s %6d ms  %s%n", phase, time.toMillis(), summary);
            }

            @Override
            public void warning(Problem problem) {
            }
        });
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuStart;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: wall %.2f s, CPU %.2f s, peak heap %d MiB (%s%d written, %d unchanged, %d warnings)%n",
                label, wall / 1e9, cpu / 1e9, peakHeap >> 20, result.upToDate() ? "skipped as up to date, " : "",
                result.written(), result.unchanged(), result.warnings().size());
    }

    private static String peakRss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }
}
