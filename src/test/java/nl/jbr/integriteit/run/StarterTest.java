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

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jbr}, the launcher the README gives: it starts the jar that {@code package} built and prepared (unpacked
 * next to it with a class data sharing archive per kind of command, {@code bin/jbr-voorbereiden}). Whatever it does for
 * speed, a command must say and exit exactly as {@code java -jar} does, print no JVM chatter, and never start a
 * prepared copy that belongs to an older build.
 */
@Tag("traag") // starts the packaged jar several times
class StarterTest {

    @TempDir
    Path tmp;

    @Test
    void theLauncherAnswersAsJavaJarWithThePreparedArchive() throws Exception {
        Path jar = Path.of("target/jbr-integriteit.jar");
        assertThat(Path.of("target/jbr/kort.jsa")).as("prepared by ./mvnw package").isRegularFile();
        assertThat(Path.of("target/jbr/run.jsa")).isRegularFile();
        Path bestand = Files.createDirectories(tmp.resolve("input/BZK/2025")).resolve("incidenten.csv");
        // one fout (category 'q' does not exist) on line 3
        Files.writeString(bestand, "volgnummer;onderdeel;categorie\nA-1;DGOO;g\nA-2;DGOO;q\n", StandardCharsets.UTF_8);

        Uitkomst javaJar = start(List.of("java", "-jar", jar.toString(), "validate", bestand.toString()), jar);
        assertThat(javaJar.code()).isEqualTo(1);
        assertThat(javaJar.uitvoer()).contains("regel 3");
        Uitkomst snel = start(List.of("bin/jbr", "validate", bestand.toString()), jar);
        assertThat(snel.code()).isEqualTo(javaJar.code());
        assertThat(snel.uitvoer()).isEqualTo(javaJar.uitvoer()); // no "[warning][cds]" or other JVM lines

        // another command, its exit code and Dutch sentence passed through unchanged
        Uitkomst status = start(List.of("bin/jbr", "status", "--data", tmp.resolve("bestaat-niet").toString()), jar);
        assertThat(status.code()).isEqualTo(2);
        assertThat(status.uitvoer()).startsWith("De datamap ").doesNotContain("[warning]");
    }

    /**
     * A run says its own sentences and nothing else: ojAlgo, the LP solver, printed a notice about hardware profiles on
     * standard output on a machine it has no profile for (this one, with the JVM's default heap); the chapter's PDF
     * renderer logged every font it loaded.
     */
    @Test
    void eenRunZegtAlleenZijnEigenZinnen() throws Exception {
        Path jar = Path.of("target/jbr-integriteit.jar");
        Path input = tmp.resolve("run/input");
        Path bestand = Files.createDirectories(input.resolve("BZK/2025")).resolve("incidenten.csv");
        // one melding in h: below the threshold, so disclosure control solves its LPs
        Files.writeString(bestand, "onderdeel;categorie\nDGOO;g\nDGOO;g\nDGOO;g\nDGOO;h\n", StandardCharsets.UTF_8);
        Uitkomst run = start(List.of("java", "-jar", jar.toString(), "run", "--input", input.toString(), "--output",
                tmp.resolve("run/output").toString(), "--data", tmp.resolve("run/data").toString()), jar);
        assertThat(run.code()).as(run.uitvoer()).isZero();
        assertThat(run.uitvoer()).doesNotContainIgnoringCase("ojalgo").doesNotContain("hardware");
        // nor do the chapter's PDF renderer (its INFO lines on standard error) and PDFBox (a fallback font, in English)
        assertThat(Path.of(tmp.resolve("run/output/openbaar/2025/hoofdstuk-integriteit-2025.pdf").toString())).isRegularFile();
        assertThat(run.uitvoer()).doesNotContain("openhtmltopdf").doesNotContain("fallback font");
    }

    /**
     * The prepared copy holds DuckDB's native library next to the driver jar, not in it: a driver jar with the library
     * copies its 60 MB to a temporary file at every start. The copy started by bin/jbr still opens a warehouse.
     */
    @Test
    void dePreparedCopyLoadsDuckDbsLibraryFromNextToItsJar() throws Exception {
        String machine = System.getProperty("os.arch");
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && List.of("amd64", "x86_64", "aarch64", "arm64").contains(machine), "only prepared on Linux x86-64 and arm64");
        String platform = machine.equals("amd64") || machine.equals("x86_64") ? "linux_amd64" : "linux_arm64";
        Path lib = Path.of("target/jbr/lib");
        assertThat(lib.resolve("libduckdb_java.so_" + platform)).as("prepared by ./mvnw package").isRegularFile();
        try (var driver = Files.list(lib)) {
            Path jarVanDriver = driver.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc-")).findFirst().orElseThrow();
            try (var zip = new java.util.zip.ZipFile(jarVanDriver.toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).noneMatch(n -> n.startsWith("libduckdb_java"));
            }
        }
        Path jar = Path.of("target/jbr-integriteit.jar");
        Path input = Files.createDirectories(tmp.resolve("ddb/input/BZK/2025"));
        Files.writeString(input.resolve("incidenten.csv"), "onderdeel;categorie\nDGOO;g\n", StandardCharsets.UTF_8);
        Uitkomst status = start(List.of("bin/jbr", "status", "--data", tmp.resolve("ddb/data").toString()), jar);
        Uitkomst run = start(List.of("bin/jbr", "run", "--input", tmp.resolve("ddb/input").toString(), "--output",
                tmp.resolve("ddb/output").toString(), "--data", tmp.resolve("ddb/data").toString(), "--jbr.hoofdstuk.aan=false"), jar);
        assertThat(run.code()).as(run.uitvoer()).isZero();
        assertThat(run.uitvoer()).doesNotContain("UnsatisfiedLinkError").doesNotContain("JNI");
        assertThat(status.uitvoer()).doesNotContain("UnsatisfiedLinkError");
    }

    /** A jar built after its prepared copy (or one never prepared) is started as it is, with the same answer. */
    @Test
    void aJarWithoutItsPreparedCopyIsStartedAsItIs() throws Exception {
        Path jar = Files.copy(Path.of("target/jbr-integriteit.jar"), tmp.resolve("jbr-integriteit.jar"));
        // a stale prepared copy beside it: older than the jar, and not a jar at all, so starting it would fail
        Files.createDirectories(tmp.resolve("jbr"));
        Files.writeString(tmp.resolve("jbr/jbr-integriteit.jar"), "geen jar");
        Files.setLastModifiedTime(tmp.resolve("jbr/jbr-integriteit.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        Uitkomst status = start(List.of("bin/jbr", "status", "--data", tmp.resolve("bestaat-niet").toString()), jar);
        assertThat(status.code()).isEqualTo(2);
        assertThat(status.uitvoer()).startsWith("De datamap ");
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
