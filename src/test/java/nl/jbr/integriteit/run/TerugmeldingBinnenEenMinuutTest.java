package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.ServeProces;

/**
 * Issue 13: {@code serve} in a real child JVM, its nightly run hours away: a file dropped while it runs gets its
 * feedback within a minute, a corrected version again, and no table is published until the scheduled run.
 */
@Tag("traag") // serve in a child JVM: runs under ./mvnw verify (Failsafe)
class TerugmeldingBinnenEenMinuutTest {

    @TempDir
    Path tmp;

    @Test
    void eenIngeleverdBestandKrijgtZijnTerugmeldingZonderDatErTabellenVerschijnen() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        ServeProces serve = ServeProces.start("--cron", "0 0 2 * * *",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString());
        Path terugmelding = tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv");
        try {
            serve.wachtOp("volgende run om", Duration.ofSeconds(60));
            Files.createDirectories(input.resolve("BZK/2024"));
            Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\nDGOO;zzz onbekend\n");
            long gezet = System.nanoTime();
            wachtOpBestand(terugmelding, gezet);
            assertThat(Files.readString(terugmelding)).contains("fout");

            // the coordinator corrects the file: new feedback, still within the minute
            Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\nDGOO;h\n");
            long gecorrigeerd = System.nanoTime();
            long wacht = gecorrigeerd + TimeUnit.SECONDS.toNanos(60);
            while (Files.readString(terugmelding).contains("fout") && System.nanoTime() < wacht) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(terugmelding)).doesNotContain("fout");
            System.out.println("TERUGMELDING latentie_gecorrigeerd_s=" + (System.nanoTime() - gecorrigeerd) / 1_000_000_000.0);
            // the tables wait for the nightly run
            assertThat(tmp.resolve("output/openbaar/2024")).doesNotExist();
        } catch (AssertionError e) {
            System.out.println("SERVE " + serve.uitvoer().replace("\n", "\nSERVE ")); // what the service said, for the failure report
            throw e;
        } finally {
            serve.sigterm();
        }
        assertThat(serve.uitgang()).isZero();
        assertThat(serve.uitvoer()).doesNotContain("Exception");
    }

    private static void wachtOpBestand(Path bestand, long vanaf) throws InterruptedException {
        long deadline = vanaf + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(bestand) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(bestand).as("feedback within 60 s of the drop").exists();
        System.out.println("TERUGMELDING latentie_s=" + (System.nanoTime() - vanaf) / 1_000_000_000.0);
    }
}
