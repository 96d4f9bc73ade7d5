package nl.jbr.integriteit.terugmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * The feedback pages are written while the years are published (step publicatie), so a year that cannot be published
 * must not cut them short: every file still gets the feedback of this run. Here the output folder of 2024 has become
 * a symbolic link, which publication refuses; the run fails with that sentence. Two runs of 48,000 rows: slow suite.
 */
@Tag("traag")
class TerugmeldingBijMislukteJaarpublicatieTest {

    private static final List<String> MINISTERIES = List.of("AZ", "BZ", "BZK", "DEF", "FIN", "OCW", "SZW", "VWS", "EZ",
            "IenW", "JenV", "KGG");

    @TempDir
    Path tmp;

    @Test
    void eenJaarDatNietGepubliceerdWordtLaatDeTerugmeldingVanElkBestandHeel() throws IOException {
        lever(2_000);
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");
        // every ministry delivers a second version; 2024's published folder is now a link to somewhere else
        lever(2_001);
        Path map2024 = tmp.resolve("output/openbaar/2024");
        verwijder(map2024);
        Path elders = Files.createDirectories(tmp.resolve("elders"));
        Files.createSymbolicLink(map2024, elders);

        Pijplijn.Uitvoer u = Pijplijn.start("run", "--input", tmp.resolve("input").toString(), "--output",
                tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString(), "--jbr.onthulling.drempel", "1");

        assertThat(u.code()).as(u.err()).isEqualTo(1);
        assertThat(u.err()).contains("symbolische link");
        for (String ministerie : MINISTERIES) {
            for (int jaar : new int[] {2024, 2025}) {
                String pagina = Files.readString(tmp.resolve("output/terugmelding/" + ministerie + "/" + jaar + "/incidenten.html"));
                assertThat(pagina).as(ministerie + " " + jaar).contains("Deze versie (versie 2) is in gebruik");
            }
        }
        try (var s = Files.list(elders)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    /**
     * Every ministry's incidenten of 2024 and 2025, with {@code aantal} rows, each with a misspelt category: thousands of
     * warnings per file, so the pages are still being written when the publication of 2024 fails.
     */
    private void lever(int aantal) throws IOException {
        for (String ministerie : MINISTERIES) {
            for (int jaar : new int[] {2024, 2025}) {
                StringBuilder csv = new StringBuilder("volgnummer;onderdeel;categorie\n");
                for (int i = 1; i <= aantal; i++) {
                    csv.append(ministerie).append('-').append(jaar).append('-').append(i).append(";Directie;Ongewenste omgansvormen\n");
                }
                Path map = Files.createDirectories(tmp.resolve("input/" + ministerie + "/" + jaar));
                Files.writeString(map.resolve("incidenten.csv"), csv);
            }
        }
    }

    private static void verwijder(Path map) throws IOException {
        try (var s = Files.walk(map)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
