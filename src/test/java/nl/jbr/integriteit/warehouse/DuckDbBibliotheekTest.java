package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * Issue 22 B: DuckDB's JDBC driver unpacks its 60 MB native library to the temporary folder at every start and removes
 * it only at a normal exit; a killed run left it there. Once loaded, the copy is removed.
 */
class DuckDbBibliotheekTest {

    @TempDir
    Path tmp;

    @Test
    void alleenDeTijdelijkeKopieVanDitProces() {
        Path map = Path.of("/tmp");
        List<String> maps = List.of(
                "7f3a1c000000-7f3a1e000000 r-xp 00000000 08:01 1234567 /tmp/libduckdb_java8271929384756.so",
                "7f3a1e000000-7f3a1e100000 r--p 02000000 08:01 1234567 /tmp/libduckdb_java8271929384756.so",
                "7f3a20000000-7f3a22000000 r-xp 00000000 08:01 7654321 /opt/jbr/target/jbr-cds/app/native/libduckdb_java.so",
                "7f3a22000000-7f3a24000000 r-xp 00000000 08:01 7654322 /tmp/libduckdb_java99.so (deleted)",
                "7f3a24000000-7f3a26000000 r-xp 00000000 08:01 7654323 /tmp/andere/libduckdb_java77.so",
                "7f3a26000000-7f3a28000000 r-xp 00000000 08:01 7654324 /tmp/libduckdb_javaX.so",
                "7f3a28000000-7f3a2a000000 rw-p 00000000 00:00 0 ",
                "7ffd5c000000-7ffd5c021000 rw-p 00000000 00:00 0                          [stack]");
        assertThat(DuckDbBibliotheek.tijdelijkeKopieen(maps, map))
                .containsExactly(Path.of("/tmp/libduckdb_java8271929384756.so"));
    }

    @Test
    @Tag("traag") // a run in a child JVM, killed with kill -9
    void eenGedodeRunLaatDeBibliotheekNietAchter() throws Exception {
        Path tijdelijk = Files.createDirectories(tmp.resolve("tijdelijk"));
        Path input = Files.createDirectories(tmp.resolve("input/BZK/2024"));
        Files.writeString(input.resolve("incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tijdelijk, "-cp", System.getProperty("java.class.path"),
                JbrIntegriteitApplication.class.getName(), "run", "--input", tmp.resolve("input").toString(),
                "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString())
                .redirectErrorStream(true).start();
        try (BufferedReader uit = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String regel;
            // the warehouse is open (the library loaded) before the drop folder is scanned
            while ((regel = uit.readLine()) != null && !regel.contains("Inlevermap")) {
                // read on
            }
            assertThat(regel).as("the run reached the ingestion").isNotNull();
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> s = Files.list(tijdelijk)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("libduckdb_java"));
        }
    }
}
