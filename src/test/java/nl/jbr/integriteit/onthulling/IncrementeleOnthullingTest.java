package nl.jbr.integriteit.onthulling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 24 item 6: disclosure control is incremental per year. After a file of 2025 changes, 2024 keeps its recorded
 * plan and audit (it is not planned again), and what is published of 2024 is byte for byte what a run from scratch on
 * the same input publishes; 2025 is planned again and shows the correction.
 */
class IncrementeleOnthullingTest {

    @TempDir
    Path tmp;

    private static void meldingen(Path root, String ministerie, int jaar, int n, int h) throws IOException {
        Path map = Files.createDirectories(root.resolve("input/" + ministerie + "/" + jaar));
        StringBuilder b = new StringBuilder("onderdeel,categorie\n");
        for (int i = 0; i < n; i++) {
            b.append("Directie A,").append(i < h ? 'h' : 'g').append('\n');
        }
        Files.writeString(map.resolve("incidenten.csv"), b.toString());
    }

    private static void invoer(Path root, int bzk2025) throws IOException {
        meldingen(root, "BZK", 2024, 10, 1);
        meldingen(root, "FIN", 2024, 7, 4);
        meldingen(root, "BZK", 2025, bzk2025, 2);
        meldingen(root, "FIN", 2025, 8, 5);
    }

    @Test
    void eenOngewijzigdJaarHoudtZijnPatroon() throws IOException {
        Path root = tmp.resolve("incrementeel");
        invoer(root, 9);
        Pijplijn.run(root);
        Path log = root.resolve("data/logs/jbr-integriteit.log");
        long voor = Files.readAllLines(log, StandardCharsets.UTF_8).size();

        invoer(root, 12); // BZK corrects 2025: 12 meldingen instead of 9
        Pijplijn.run(root);
        String tweede = String.join("\n", Files.readAllLines(log, StandardCharsets.UTF_8).stream().skip(voor).toList());
        assertThat(tweede).contains("Onthullingsbeheersing 2024: ongewijzigd")
                .doesNotContain("Onthullingsbeheersing 2025: ongewijzigd").contains("Onthullingsbeheersing 2025: ");
        // BZK's 2025 row shows the correction: 12 meldingen
        assertThat(Files.readString(root.resolve("output/openbaar/2025/rijk/meldingen_per_ministerie.csv")))
                .contains("\nBZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,12,");

        Path vers = tmp.resolve("vers");
        invoer(vers, 12);
        Pijplijn.run(vers);
        assertThat(csvs(root.resolve("output/openbaar/2024"))).isEqualTo(csvs(vers.resolve("output/openbaar/2024")));
    }

    private static Map<String, String> csvs(Path map) throws IOException {
        Map<String, String> uit = new TreeMap<>();
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
                uit.put(map.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return uit;
    }
}
