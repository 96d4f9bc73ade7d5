package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.Pijplijn.Uitvoer;
import nl.jbr.integriteit.ServeProces;
import nl.jbr.integriteit.opdracht.Uitgang;

/**
 * Issue 22 B: a run started by hand beside an idle {@code serve} on the same data directory. Without {@code --wait} it
 * stops at once with exit code 3 and says that serve holds the data directory; with {@code --wait} it waits for
 * serve's lock and gives up with exit code 3 after its waiting time ({@code jbr.run.wachttijd}); once serve has
 * stopped, it runs. Before, it took the free run slot, failed to open the state serve keeps open, and exited 1.
 */
@Tag("traag") // serve in a child JVM: runs under ./mvnw verify (Failsafe)
class RunNaastServeTest {

    private static final Duration MINUUT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void eenRunMetDeHandWachtOpServeEnGeeftNaZijnWachttijdOp() throws Exception {
        Path input = tmp.resolve("input");
        Files.createDirectories(input.resolve("BZK/2024"));
        Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        String[] mappen = {"--input", input.toString(), "--output", tmp.resolve("output").toString(), "--data",
                tmp.resolve("data").toString()};

        // a schedule that does not come round during the test: serve is idle
        ServeProces serve = ServeProces.start(concat(new String[] {"--cron", "0 0 2 1 1 *"}, mappen));
        try {
            serve.wachtOp("Serve: volgende run om", MINUUT);

            Uitvoer meteen = Pijplijn.start(concat(new String[] {"run"}, mappen));
            assertThat(meteen.code()).as(meteen.err()).isEqualTo(Uitgang.BEZET);
            assertThat(meteen.err()).contains("draait serve (serve, pid " + serve.pid() + ", gestart ")
                    .contains("Deze run wordt niet gestart; stop serve eerst, of gebruik --wait.");

            Uitvoer gewacht = Pijplijn.start(concat(new String[] {"run", "--wait", "--jbr.run.wachttijd", "2s"}, mappen));
            assertThat(gewacht.code()).as(gewacht.err()).isEqualTo(Uitgang.BEZET);
            assertThat(gewacht.err()).startsWith("Na 2 seconden wachten: op de datamap ").contains("draait serve")
                    .doesNotContain("Exception");

            // a second serve on the same data directory does not start either
            Uitvoer tweede = Pijplijn.start(concat(new String[] {"serve"}, mappen));
            assertThat(tweede.code()).isEqualTo(Uitgang.BEZET);
            assertThat(tweede.err()).contains("draait al een serve of een run (serve, pid " + serve.pid());
            assertThat(tmp.resolve("output")).as("no run took place").doesNotExist();
        } finally {
            serve.sigterm();
        }
        assertThat(serve.uitgang()).isZero();

        Uitvoer daarna = Pijplijn.start(concat(new String[] {"run", "--wait"}, mappen));
        assertThat(daarna.code()).as(daarna.err()).isZero();
        assertThat(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv")).exists();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
