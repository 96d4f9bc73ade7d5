package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JbrIntegriteitApplication.class.getName(), "serve", "--cron", "0 0 2 * * *",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> regels = new LinkedBlockingQueue<>();
        Thread lezer = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(regels::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        lezer.start();
        Path terugmelding = tmp.resolve("output/feedback/BZK/2024/incidenten.csv");
        try {
            wachtOp(regels, "volgende run om");
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
            assertThat(tmp.resolve("output/2024")).doesNotExist();
        } catch (AssertionError e) {
            regels.forEach(r -> System.out.println("SERVE " + r)); // what the service said, for the failure report
            throw e;
        } finally {
            serve.destroy(); // SIGTERM
        }
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isZero();
        lezer.join(10_000);
        assertThat(String.join("\n", regels)).doesNotContain("Exception");
    }

    private static void wachtOpBestand(Path bestand, long vanaf) throws InterruptedException {
        long deadline = vanaf + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(bestand) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(bestand).as("feedback within 60 s of the drop").exists();
        System.out.println("TERUGMELDING latentie_s=" + (System.nanoTime() - vanaf) / 1_000_000_000.0);
    }

    private static void wachtOp(BlockingQueue<String> regels, String tekst) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String regel = regels.poll(1, TimeUnit.SECONDS);
            if (regel != null && regel.contains(tekst)) {
                return;
            }
        }
        throw new AssertionError("no line with '" + tekst + "' within 60 s");
    }
}
