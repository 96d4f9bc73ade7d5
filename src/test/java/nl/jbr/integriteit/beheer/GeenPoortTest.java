package nl.jbr.integriteit.beheer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.ServeProces;

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
        // one run right away (every two seconds), so the job repository has certainly been opened and used
        ServeProces serve = ServeProces.start("--cron", "*/2 * * * * *",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString());
        Set<String> luisterend;
        try {
            serve.wachtOp("Geplande run klaar met uitgangscode 0", Duration.ofSeconds(90));
            luisterend = luisterendeSockets(serve.pid());
        } finally {
            serve.sigterm();
        }
        serve.uitgang();
        assertThat(luisterend).as("listening TCP sockets of serve").isEmpty();
        assertThat(serve.uitvoer()).doesNotContain(" ERROR ").doesNotContain("Exception");
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
}
