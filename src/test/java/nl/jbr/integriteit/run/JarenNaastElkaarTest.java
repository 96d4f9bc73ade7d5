package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;

/**
 * The years are written side by side: a year whose writing fails (here: its public folder was replaced by a symbolic
 * link, which is never followed) fails the run with its sentence, while every other year is published and recorded as
 * published, so the next run, after the link is gone, publishes only that year again.
 */
class JarenNaastElkaarTest {

    @TempDir
    Path root;

    private void meldingen(int jaar, int bzk, int fin) throws IOException {
        schrijf("BZK", jaar, bzk);
        schrijf("FIN", jaar, fin);
    }

    private void schrijf(String ministerie, int jaar, int n) throws IOException {
        Path map = Files.createDirectories(root.resolve("input/" + ministerie + "/" + jaar));
        StringBuilder b = new StringBuilder("onderdeel;categorie\n");
        for (int i = 0; i < n; i++) {
            b.append("Directie ").append(jaar).append(";g\n"); // one content per year: the same file in two folders is refused
        }
        Files.writeString(map.resolve("incidenten.csv"), b.toString(), StandardCharsets.UTF_8);
    }

    private String lees(String pad) throws IOException {
        return Files.readString(root.resolve("output/openbaar").resolve(pad), StandardCharsets.UTF_8);
    }

    private Pijplijn.Uitvoer run() {
        return Pijplijn.start("run", "--input", root.resolve("input").toString(), "--output",
                root.resolve("output").toString(), "--data", root.resolve("data").toString());
    }

    @Test
    void eenJaarDatNietGeschrevenKanWordenHoudtDeAndereJarenNietTegen() throws IOException {
        for (int jaar : List.of(2023, 2024, 2025)) {
            meldingen(jaar, 10, 5);
        }
        assertThat(run().code()).isZero();
        assertThat(lees("2023/rijk/meldingen_per_ministerie.csv")).contains("BZK,").contains(",15,"); // RIJK 10 + 5
        // 2024's public folder becomes a link to a folder elsewhere; every year gets one more BZK melding
        Path elders = Files.createDirectories(root.resolve("elders"));
        Kopie.verwijder(root.resolve("output/openbaar/2024"));
        Files.createSymbolicLink(root.resolve("output/openbaar/2024"), elders);
        for (int jaar : List.of(2023, 2024, 2025)) {
            meldingen(jaar, 11, 5);
        }

        Pijplijn.Uitvoer u = run();
        assertThat(u.code()).as(u.out() + u.err()).isEqualTo(1);
        assertThat(u.err()).contains("symbolische link").contains("2024").doesNotContain("Exception");
        try (Stream<Path> s = Files.list(elders)) {
            assertThat(s.toList()).isEmpty();
        }
        // the years before and after it are published with the new figures, by this run (run 2)
        for (int jaar : List.of(2023, 2025)) {
            assertThat(lees(jaar + "/rijk/meldingen_per_ministerie.csv")).as("%d", jaar).contains(",16,"); // 11 + 5
            assertThat(lees(jaar + "/index.html")).contains("door run 2.");
        }

        // the link removed: the next run publishes 2024, and leaves 2023 and 2025 as run 2 published them
        Files.delete(root.resolve("output/openbaar/2024"));
        Pijplijn.Uitvoer herstel = run();
        assertThat(herstel.code()).as(herstel.out() + herstel.err()).isZero();
        assertThat(lees("2024/rijk/meldingen_per_ministerie.csv")).contains(",16,");
        assertThat(lees("2024/index.html")).contains("door run 3.");
        assertThat(lees("2023/index.html")).contains("door run 2.");
        assertThat(lees("2025/index.html")).contains("door run 2.");
    }
}
