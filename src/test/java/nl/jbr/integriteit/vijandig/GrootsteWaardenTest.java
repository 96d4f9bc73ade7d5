package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * The largest values the plausibility rules accept, end to end (issue 10 item 2): every ministry of 2025 with
 * 2,500 onderdelen of 1,000,000 medewerkers (the bound), as many nevenwerkzaamheden and 1,500,000 fte (the bounds),
 * and 3 meldingen of 1,000 betrokkenen (the bound). Before the bounds, twelve rows of 999999999999999999 made the
 * whole run fail (INT128 to INT64 in mart_meldingen_per_ministerie); with them, every sum fits and is published
 * exactly — also beyond 32 bits (2,500,000,000 per ministry, 37,500,000,000 for RIJK).
 */
class GrootsteWaardenTest {

    @TempDir
    Path tmp;

    /** The 15 ministries valid in 2025 (input-schemas/ministeries.csv). */
    private static final List<String> MINISTERIES_2025 = List.of("AZ", "BZ", "BZK", "DEF", "FIN", "OCW", "SZW", "VWS", "EZ",
            "LVVN", "IenW", "JenV", "KGG", "VRO", "AenM");
    private static final int ONDERDELEN = 2_500;

    @Test
    void deGrootsteToegestaneWaardenWordenExactGepubliceerd() throws IOException {
        for (String m : MINISTERIES_2025) {
            Path map = tmp.resolve("input").resolve(m).resolve("2025");
            Files.createDirectories(map);
            try (Writer w = Files.newBufferedWriter(map.resolve("personeel.csv"))) {
                w.write("onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\n");
                for (int i = 1; i <= ONDERDELEN; i++) {
                    w.write(m + " onderdeel " + i + ";1000000;1500000;1000000\n"); // distinct per ministry: one file, one ministry
                }
            }
            Files.writeString(map.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie;uitkomst;aantal_betrokkenen\n"
                    + "1;" + m + " onderdeel 1;a;aangetoond;1000\n2;" + m + " onderdeel 1;b;niet aangetoond;1000\n"
                    + "3;" + m + " onderdeel 2;b;lopend;1000\n");
        }
        String uitvoer = Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1"); // 3 meldingen per ministry: figures, not protection
        // 15 x (2,500 + 3) rows, every file accepted
        assertThat(uitvoer).contains("30 geaccepteerd, 0 afgekeurd; 37545 regels geladen");

        // by hand: per ministry 2,500 x 1,000,000 = 2,500,000,000 medewerkers and nevenwerkzaamheden (100.0 %);
        // RIJK 15 x that = 37,500,000,000
        Map<String, CSVRecord> neven = perMinisterie("nevenwerkzaamheden_per_ministerie");
        for (String m : MINISTERIES_2025) {
            assertThat(neven.get(m).get("medewerkers")).as(m).isEqualTo("2500000000");
            assertThat(neven.get(m).get("nevenwerkzaamheden")).as(m).isEqualTo("2500000000");
            assertThat(neven.get(m).get("percentage")).as(m).isEqualTo("100.0");
        }
        assertThat(neven.get("RIJK").get("medewerkers")).isEqualTo("37500000000");
        assertThat(neven.get("RIJK").get("nevenwerkzaamheden")).isEqualTo("37500000000");

        // by hand: per ministry 3 meldingen, 3,000 betrokkenen, 1 aangetoond (33.3 %); RIJK 45, 45,000, 15
        Map<String, CSVRecord> meldingen = perMinisterie("meldingen_per_ministerie");
        for (String m : MINISTERIES_2025) {
            CSVRecord r = meldingen.get(m);
            assertThat(r.get("meldingen")).as(m).isEqualTo("3");
            assertThat(r.get("betrokkenen")).as(m).isEqualTo("3000");
            assertThat(r.get("aangetoond")).as(m).isEqualTo("1");
            assertThat(r.get("percentage_aangetoond")).as(m).isEqualTo("33.3");
            assertThat(r.get("medewerkers")).as(m).isEqualTo("2500000000");
        }
        CSVRecord rijk = meldingen.get("RIJK");
        assertThat(List.of(rijk.get("meldingen"), rijk.get("betrokkenen"), rijk.get("aangetoond"), rijk.get("medewerkers")))
                .containsExactly("45", "45000", "15", "37500000000");
    }

    private Map<String, CSVRecord> perMinisterie(String tabel) throws IOException {
        Map<String, CSVRecord> rijen = new HashMap<>();
        try (Reader r = Files.newBufferedReader(tmp.resolve("output/openbaar/2025/rijk/" + tabel + ".csv"));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord rec : p) {
                rijen.put(rec.get("ministerie_code"), rec);
            }
        }
        return rijen;
    }
}
