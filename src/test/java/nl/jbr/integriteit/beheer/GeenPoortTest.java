package nl.jbr.integriteit.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * Issue 10 item 7: {@code serve} runs for weeks; it must open no listening TCP port (H2's AUTO_SERVER listened on
 * all interfaces, reachable as sa with an empty password), and SIGTERM to an idle service stops it without an ERROR.
 * A real child JVM; its sockets are read from /proc.
 */
@Tag("traag")
class GeenPoortTest {

    @TempDir
    Path tmp;

    @Test
    void serveLuistertOpGeenEnkelePoortEnStoptZonderFout() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc");
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("BZK/2024"));
        Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // one run right away (every two seconds), so the job repository has certainly been opened and used
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JbrIntegriteitApplication.class.getName(), "serve", "--cron", "*/2 * * * * *",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> regels = new LinkedBlockingQueue<>();
        StringBuilder alles = new StringBuilder();
        Thread lezer = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> {
                    regels.add(l);
                    synchronized (alles) {
                        alles.append(l).append('\n');
                    }
                });
            } catch (IOException ignored) {
                // the process ended
            }
        });
        lezer.start();
        Set<String> luisterend;
        try {
            wachtOp(regels, "Geplande run klaar met uitgangscode 0");
            luisterend = luisterendeSockets(serve.pid());
        } finally {
            serve.destroy(); // SIGTERM
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        lezer.join(10_000);
        assertThat(luisterend).as("listening TCP sockets of serve").isEmpty();
        assertThat(alles.toString()).doesNotContain(" ERROR ").doesNotContain("Exception");
    }

    /** The inodes of LISTEN sockets (state 0A) in /proc/net/tcp{,6} that belong to the process's file descriptors. */
    private static Set<String> luisterendeSockets(long pid) throws IOException {
        Set<String> eigen = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String doel = Files.readSymbolicLink(fd).toString();
                    if (doel.startsWith("socket:[")) {
                        eigen.add(doel.substring(8, doel.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // descriptor closed while listing
                }
            }
        }
        Set<String> luisterend = new HashSet<>();
        for (String tabel : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(tabel);
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String regel : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                String[] v = regel.trim().split("\\s+");
                if (v.length > 9 && "0A".equals(v[3]) && eigen.contains(v[9])) {
                    luisterend.add(tabel + " " + v[1]);
                }
            }
        }
        return luisterend;
    }

    private static void wachtOp(BlockingQueue<String> regels, String tekst) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String regel = regels.poll(1, TimeUnit.SECONDS);
            if (regel != null && regel.contains(tekst)) {
                return;
            }
        }
        throw new AssertionError("no line with '" + tekst + "' within 90 s");
    }
}
