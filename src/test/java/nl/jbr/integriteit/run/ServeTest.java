package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;
import nl.jbr.integriteit.ServeProces;

/**
 * {@code serve} in a real child JVM on a fast schedule: a file dropped after start-up is picked up by the
 * next scheduled run, SIGTERM ends the service cleanly, and {@code status --json} shows what happened.
 */
@Tag("traag") // serve in a child JVM: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class ServeTest {

    private static final Duration MINUUT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void geplandeRunsPakkenNieuweBestandenOpEnSigtermStoptNetjes() throws Exception {
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("BZK/2024"));
        Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");

        ServeProces serve = ServeProces.start("--cron", "*/2 * * * * *",
                "--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString(),
                "--jbr.onthulling.drempel", "1"); // one melding per ministry: checked as a figure, not protected
        try {
            serve.wachtOp("Geplande run klaar met uitgangscode 0", MINUUT);
            assertThat(tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv")).exists();

            // dropped while the service runs: the next scheduled run takes it
            Files.createDirectories(input.resolve("FIN/2024"));
            Files.writeString(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nDouane;h\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(tmp.resolve("output/terugmelding/FIN/2024/incidenten.csv")) && System.nanoTime() < deadline) {
                serve.wachtOp("Geplande run klaar", MINUUT);
            }
            assertThat(tmp.resolve("output/terugmelding/FIN/2024/incidenten.csv")).exists();
            assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv"))).contains("FIN,Ministerie van Financiën,1,");
        } finally {
            serve.sigterm();
        }
        assertThat(serve.uitgang()).as("a clean SIGTERM stop exits 0 (issue 13)").isZero();
        assertThat(serve.uitvoer()).doesNotContain("Exception");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "status", "--json", "--data", tmp.resolve("data").toString())).isZero();
        String json = out.toString(StandardCharsets.UTF_8);
        // every run ended (none left 'STARTED'), and FIN's file is in force
        assertThat(json).contains("\"uitkomst\" : \"COMPLETED\"").doesNotContain("\"uitkomst\" : \"STARTED\"")
                .contains("\"ministerie\" : \"FIN\"");
    }
}
