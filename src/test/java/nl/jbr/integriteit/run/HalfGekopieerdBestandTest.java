package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.ServeProces;

/**
 * Issue 22 C: {@code serve} takes a file only when it has stood still for the quiet period
 * ({@code jbr.serve.rustperiode}: size, modification time and checksum at its end as at its start). A copy that stalls
 * halfway for 7 seconds, with a quiet period of 5: before, serve's watcher fired after 3 quiet seconds and the half
 * file (complete lines, so a valid file) was accepted as version 1. Now the watcher fires after 5 quiet seconds, the
 * run looks at the file then and again 5 seconds later, sees it change in between (the copy resumed at 7 s) and leaves
 * it for the next run: only the whole file is taken, as version 1. (A copy that stalls longer than the watcher's
 * quiet time plus the run's is indistinguishable from a finished file.)
 */
@Tag("traag") // serve in a child JVM, and a copy that stalls: runs under ./mvnw verify (Failsafe)
class HalfGekopieerdBestandTest {

    private static final Duration MINUUT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void eenBestandDatHalverwegeStokWordtPasHeelGenomen() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        ServeProces serve = ServeProces.start("--cron", "0 0 2 1 1 *", "--jbr.serve.rustperiode", "5s",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString());
        try {
            serve.wachtOp("volgende run om", MINUUT);
            // a first file, so that the service has loaded everything before the copy that matters starts
            Files.createDirectories(input.resolve("FIN/2024"));
            Files.writeString(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nDouane;h\n");
            serve.wachtOp("Terugmelding klaar met uitgangscode", MINUUT);

            StringBuilder eerste = new StringBuilder("onderdeel;categorie\n");
            StringBuilder tweede = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                eerste.append("Directie ").append(i).append(";g\n");
                tweede.append("Directie ").append(50 + i).append(";h\n");
            }
            Files.createDirectories(input.resolve("BZK/2024"));
            try (OutputStream kopie = Files.newOutputStream(input.resolve("BZK/2024/incidenten.csv"))) {
                kopie.write(eerste.toString().getBytes(StandardCharsets.UTF_8));
                kopie.flush();
                Thread.sleep(7_000); // the copy stalls
                kopie.write(tweede.toString().getBytes(StandardCharsets.UTF_8));
            }
            Path pagina = tmp.resolve("output/terugmelding/BZK/2024/incidenten.html");
            long einde = System.nanoTime() + MINUUT.toNanos();
            while (System.nanoTime() < einde && !(Files.exists(pagina) && Files.readString(pagina).contains("<dd>100</dd>"))) {
                Thread.sleep(250);
            }
            String terugmelding = Files.readString(pagina);
            assertThat(terugmelding).as("the whole file, 100 rows").contains("<dt>Gegevensregels</dt><dd>100</dd>");
            assertThat(terugmelding).as("no earlier version: the half was never taken").contains("<dt>Versie</dt><dd>1</dd>");
        } catch (AssertionError e) {
            System.out.println("SERVE " + serve.uitvoer().replace("\n", "\nSERVE "));
            throw e;
        } finally {
            serve.sigterm();
        }
        assertThat(serve.uitgang()).isZero();
        assertThat(serve.uitvoer()).contains("BZK/2024/incidenten.csv veranderde nog in de laatste 5000 ms")
                .doesNotContain("Exception");
    }
}
