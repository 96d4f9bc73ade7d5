package nl.jbr.integriteit.uitvoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modes of the three audience folders whatever the umask (contract 6): the packaged jar run in a child process
 * with umask 077 (everything the JVM creates would be owner-only) and with umask 000 (everything world-writable).
 */
@Tag("traag")
class UmaskTest {

    @TempDir
    Path tmp;

    @Test
    void metUmask077IsOpenbaarTochLeesbaar() throws Exception {
        Path output = draai("077");
        controleer(output);
    }

    @Test
    void metUmask000IsDeRestTochBesloten() throws Exception {
        Path output = draai("000");
        controleer(output);
    }

    private Path draai(String umask) throws Exception {
        UitvoermappenTest.vulInlevermap(tmp);
        Path jar = Path.of("target/jbr-integriteit.jar").toAbsolutePath();
        String opdracht = "umask " + umask + " && exec java -jar '" + jar + "' run --input '" + tmp.resolve("input")
                + "' --output '" + tmp.resolve("output") + "' --data '" + tmp.resolve("data") + "'";
        Process p = new ProcessBuilder("bash", "-c", opdracht).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("run.log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("run.log"))).isZero();
        return tmp.resolve("output");
    }

    private static void controleer(Path output) throws IOException {
        for (String map : List.of("openbaar", "terugmelding", "beheer")) {
            boolean openbaar = map.equals("openbaar");
            try (Stream<Path> s = Files.walk(output.resolve(map))) {
                for (Path p : s.toList()) {
                    String modus = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    assertThat(modus).as(p.toString()).isEqualTo(Files.isDirectory(p)
                            ? (openbaar ? "rwxr-xr-x" : "rwxr-x---") : (openbaar ? "rw-r--r--" : "rw-r-----"));
                }
            }
        }
    }
}
