package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jbr}, the launcher the README gives: it starts the packaged jar (built by {@code package}, before this
 * slow suite runs) unpacked and with a class data sharing archive that its first start records. Whatever it does for
 * speed, a command must say and exit exactly as {@code java -jar} does, print no JVM chatter, and notice a new build.
 */
@Tag("traag") // starts the packaged jar several times
class StarterTest {

    @TempDir
    Path tmp;

    @Test
    void theLauncherAnswersAsJavaJarAndRecordsItsArchiveOnce() throws Exception {
        Path jar = Files.copy(Path.of("target/jbr-integriteit.jar"), tmp.resolve("jbr-integriteit.jar"));
        Path bestand = Files.createDirectories(tmp.resolve("input/BZK/2025")).resolve("incidenten.csv");
        // one fout (category 'q' does not exist) on line 3
        Files.writeString(bestand, "volgnummer;onderdeel;categorie\nA-1;DGOO;g\nA-2;DGOO;q\n", StandardCharsets.UTF_8);

        Uitkomst javaJar = start(List.of("java", "-jar", jar.toString(), "validate", bestand.toString()), jar);
        assertThat(javaJar.code()).isEqualTo(1);
        assertThat(javaJar.uitvoer()).contains("regel 3");

        Uitkomst eerste = start(List.of("bin/jbr", "validate", bestand.toString()), jar);
        Path archief = tmp.resolve("jbr-cds/kort.jsa");
        assertThat(archief).as("recorded by the first start").isRegularFile();
        Uitkomst tweede = start(List.of("bin/jbr", "validate", bestand.toString()), jar);
        for (Uitkomst u : List.of(eerste, tweede)) {
            assertThat(u.code()).isEqualTo(javaJar.code());
            assertThat(u.uitvoer()).isEqualTo(javaJar.uitvoer()); // no "[warning][cds]" or other JVM lines
        }
        assertThat(tmp.resolve("jbr-cds").toFile().list()).as("no temporary archive or folder left")
                .containsExactlyInAnyOrder("app", "kort.jsa", "jvm");

        // a new build: the unpacked copy and the archive are made again, the answer stays the same
        FileTime voor = Files.getLastModifiedTime(archief);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Uitkomst naBouw = start(List.of("bin/jbr", "validate", bestand.toString()), jar);
        assertThat(naBouw.uitvoer()).isEqualTo(javaJar.uitvoer());
        assertThat(Files.getLastModifiedTime(archief)).isNotEqualTo(voor);

        // another command, its exit code and Dutch sentence passed through unchanged
        Uitkomst status = start(List.of("bin/jbr", "status", "--data", tmp.resolve("bestaat-niet").toString()), jar);
        assertThat(status.code()).isEqualTo(2);
        assertThat(status.uitvoer()).startsWith("De datamap ").doesNotContain("[warning]");
    }

    /**
     * The unpacked copy holds DuckDB's library for this platform outside the driver's jar, so the driver does not
     * unpack 60 MB at every start; also when {@code JBR_JAR} is a relative path, as {@code bench/run.sh} passes it
     * (the launcher unpacked the driver inside another folder, where the relative path did not lead to the jar).
     */
    @Test
    void aRelativeJarPathStillGetsDuckDbsLibraryUnpackedOnce() throws Exception {
        String platform = System.getProperty("os.arch").matches("amd64|x86_64") ? "linux_amd64"
                : System.getProperty("os.arch").matches("aarch64|arm64") ? "linux_arm64" : null;
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux") && platform != null,
                "the launcher only does this on Linux x86_64 and arm64");
        Path map = Files.createDirectories(Path.of("target/starter-relatief"));
        Path jar = Files.copy(Path.of("target/jbr-integriteit.jar"), map.resolve("jbr-integriteit.jar"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        try {
            Uitkomst u = start(List.of("bin/jbr", "status", "--data", tmp.resolve("bestaat-niet").toString()),
                    Path.of("target/starter-relatief/jbr-integriteit.jar"));
            assertThat(u.code()).isEqualTo(2);
            assertThat(map.resolve("jbr-cds/app/native/libduckdb_java.so")).isRegularFile();
            Path driver;
            try (var s = Files.list(map.resolve("jbr-cds/app/lib"))) {
                driver = s.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc-")).findFirst().orElseThrow();
            }
            try (var zip = new java.util.zip.ZipFile(driver.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).noneMatch(n -> n.startsWith("libduckdb_java.so"));
            }
        } finally {
            try (var s = Files.walk(map)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void withoutAJarTheLauncherSaysHowToBuildIt() throws Exception {
        Uitkomst u = start(List.of("bin/jbr", "status"), tmp.resolve("ontbreekt.jar"));
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.uitvoer()).contains("ontbreekt; bouw eerst met ./mvnw");
    }

    private record Uitkomst(int code, String uitvoer) {
    }

    private Uitkomst start(List<String> opdracht, Path jar) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(opdracht)).redirectErrorStream(true);
        pb.environment().put("JBR_JAR", jar.toString());
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Uitkomst(p.exitValue(), uitvoer);
    }
}
