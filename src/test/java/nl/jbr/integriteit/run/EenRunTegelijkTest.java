package nl.jbr.integriteit.run;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.Pijplijn.Uitvoer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.jbr.integriteit.opdracht.Uitgang;


/** Two real processes on one data directory: never concurrent (issue 4 item 4). */
@Tag("traag") // two processes on one data directory: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class EenRunTegelijkTest {

    @TempDir
    Path tmp;

    private Process houder;

    @AfterEach
    void stop() {
        if (houder != null) {
            houder.destroyForcibly();
        }
    }

    @Test
    void eenTweedeRunStoptMetelijkMetEigenUitgangscode() throws Exception {
        Path data = tmp.resolve("data");
        houder = houdSlotVast(data);
        assertThat(RunSlot.probeer(data)).isEmpty();

        Uitvoer u = run(data, false);
        assertThat(u.code()).isEqualTo(Uitgang.BEZET);
        assertThat(u.err()).contains("Er loopt al een run").contains("pid " + houder.pid());
        assertThat(tmp.resolve("output")).doesNotExist();

        // the OS releases the lock when the holder dies, even on kill -9
        houder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(run(data, false).code()).isZero();
    }

    @Test
    void metWaitWachtDeTweedeRunTotDeEersteKlaarIs() throws Exception {
        Path data = tmp.resolve("data");
        houder = houdSlotVast(data);
        CompletableFuture<Uitvoer> wachtend = CompletableFuture.supplyAsync(() -> run(data, true));
        Thread.sleep(1500);
        assertThat(wachtend).isNotDone();
        houder.getOutputStream().close(); // the holder releases the slot and exits
        assertThat(wachtend.get(60, TimeUnit.SECONDS).code()).isZero();
    }

    private Uitvoer run(Path data, boolean wachten) {
        try {
            Files.createDirectories(tmp.resolve("input/BZK/2024"));
            Files.writeString(tmp.resolve("input/BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String[] args = wachten
                ? new String[] {"run", "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("output").toString(), "--data", data.toString(), "--wait"}
                : new String[] {"run", "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("output").toString(), "--data", data.toString()};
        return Pijplijn.start(args);
    }

    private static Process houdSlotVast(Path data) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RunSlotHouder.class.getName(),
                data.toString()).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(reader.readLine()).isEqualTo("VAST");
        return p;
    }
}
