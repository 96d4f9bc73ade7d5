package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;
import nl.jbr.integriteit.ServeProces;
import nl.jbr.integriteit.ingest.Archief;

/**
 * Issue 22 item 1: under {@code serve}, a feedback run whose inname fails is a failed run — exit code 1 in the log and
 * {@code FAILED} in {@code status} — and it writes no feedback (before, it went on to the feedback step, which then
 * said of every file that it was no longer present, and ended {@code COMPLETED} with exit code 0). The failure: the
 * archive folder the new file belongs in is a plain file, a fault of the data directory, not of the file. Once repaired,
 * the next feedback run succeeds.
 */
@Tag("traag") // serve in a child JVM: runs under ./mvnw verify (Failsafe)
class MislukteTerugmeldingsrunTest {

    @TempDir
    Path tmp;

    @Test
    void eenMislukteTerugmeldingsrunIsMisluktInLogEnStatus() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path data = tmp.resolve("data");
        String inhoud = "onderdeel;categorie\nDGOO;g\n";
        Path bron = tmp.resolve("bron.csv");
        Files.writeString(bron, inhoud);
        Path blok = new Archief(data).pad(Archief.sha256(bron)).getParent();
        Files.createDirectories(blok.getParent());
        Files.writeString(blok, "geen map");

        ServeProces serve = ServeProces.start("--cron", "0 0 2 1 1 *", "--input", input.toString(),
                "--output", tmp.resolve("output").toString(), "--data", data.toString());
        try {
            serve.wachtOp("volgende run om", Duration.ofSeconds(60));
            Files.createDirectories(input.resolve("BZK/2024"));
            Files.writeString(input.resolve("BZK/2024/incidenten.csv"), inhoud);
            serve.wachtOp("Terugmelding klaar met uitgangscode", Duration.ofSeconds(90));
            assertThat(serve.uitvoer()).contains("Terugmelding klaar met uitgangscode 1")
                    .doesNotContain("Terugmelding klaar met uitgangscode 0").doesNotContain("status=COMPLETED");
            assertThat(tmp.resolve("output/terugmelding/BZK")).doesNotExist();

            // repaired, and the file saved again: the next feedback run succeeds and writes its feedback
            Files.delete(blok);
            Files.writeString(input.resolve("BZK/2024/incidenten.csv"), inhoud);
            serve.wachtOp("Terugmelding klaar met uitgangscode 0", Duration.ofSeconds(90));
            assertThat(tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv")).exists();
        } catch (AssertionError e) {
            System.out.println("SERVE " + serve.uitvoer().replace("\n", "\nSERVE "));
            throw e;
        } finally {
            serve.sigterm();
        }
        // status opens the job repository, which serve holds until it has stopped: wait for that, not just the signal
        serve.uitgang();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "status", "--json", "--data", data.toString())).isZero();
        // the failed run is FAILED, the one after it COMPLETED
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json.split("\"uitkomst\" : \"FAILED\"", -1)).hasSize(2);
        assertThat(json.split("\"uitkomst\" : \"COMPLETED\"", -1)).hasSize(2);
    }
}
