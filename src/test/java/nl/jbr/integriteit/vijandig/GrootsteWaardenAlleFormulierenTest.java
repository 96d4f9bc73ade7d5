package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 22 item 3: every form with every figure at its plausibility bound (input-schemas/plausibiliteit.csv), end to
 * end, as {@link GrootsteWaardenTest} does for staff. 2025: the 15 ministries each with 2,500 onderdelen (the realistic
 * worst case of that test) of 1,000,000 medewerkers, 1,500,000 fte and 1,000,000 nevenwerkzaamheden, and of 1,000,000
 * of every kengetal, and 3 meldingen of 1,000 betrokkenen. 2024: each ministry one onderdeel with every figure 1 (and 0
 * nevenwerkzaamheden), so that the comparisons with the previous year (verschil_procent, percentage_vorig_jaar, the
 * trend) are as large as the bounds allow. Every published figure is checked against a value computed by hand.
 *
 * <p>Beyond this case (the row limit allows 2,000,000 onderdelen per file): 17 ministries × 2,000,000 × 1,000,000 =
 * 3.4·10^13 fits BIGINT (9.2·10^18), and its verschil_procent against 1, 3.4·10^15, fits DECIMAL(18,1) (10^17); the
 * macros are checked at those values in {@code warehouse/BreedteTest}.
 */
@Tag("traag")
class GrootsteWaardenAlleFormulierenTest {

    @TempDir
    Path tmp;

    private static final List<String> MINISTERIES = List.of("AZ", "BZ", "BZK", "DEF", "FIN", "OCW", "SZW", "VWS", "EZ",
            "LVVN", "IenW", "JenV", "KGG", "VRO", "AenM");
    private static final int ONDERDELEN = 2_500;

    @Test
    void elkCijferVanElkFormulierOpZijnGrensWordtExactGepubliceerd() throws IOException {
        String kengetallenKop = "onderdeel;" + String.join(";", VijandigeKengetallenTest.KOLOMMEN) + "\n";
        for (String m : MINISTERIES) {
            Path map = Files.createDirectories(tmp.resolve("input").resolve(m).resolve("2025"));
            try (Writer p = Files.newBufferedWriter(map.resolve("personeel.csv"));
                 Writer k = Files.newBufferedWriter(map.resolve("kengetallen.csv"))) {
                p.write("onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\n");
                k.write(kengetallenKop);
                for (int i = 1; i <= ONDERDELEN; i++) {
                    p.write(m + " onderdeel " + i + ";1000000;1500000;1000000\n");
                    k.write(m + " onderdeel " + i + ";1000000".repeat(VijandigeKengetallenTest.KOLOMMEN.size()) + "\n");
                }
            }
            Files.writeString(map.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie;uitkomst;aantal_betrokkenen\n"
                    + "1;" + m + " onderdeel 1;a;aangetoond;1000\n2;" + m + " onderdeel 1;b;niet aangetoond;1000\n"
                    + "3;" + m + " onderdeel 2;b;lopend;1000\n");

            Path vorig = Files.createDirectories(tmp.resolve("input").resolve(m).resolve("2024"));
            Files.writeString(vorig.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_fte;aantal_nevenwerkzaamheden\n"
                    + m + " onderdeel 1;1;1;0\n");
            Files.writeString(vorig.resolve("kengetallen.csv"), kengetallenKop + m + " onderdeel 1"
                    + ";1".repeat(VijandigeKengetallenTest.KOLOMMEN.size()) + "\n");
            Files.writeString(vorig.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie;uitkomst\n1;" + m
                    + " onderdeel 1;a;aangetoond\n");
        }
        String uitvoer = Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1"); // figures, not protection
        // 2025: 15 x (2,500 + 2,500 + 3) rows; 2024: 15 x 3; every file accepted
        assertThat(uitvoer).contains("90 geaccepteerd, 0 afgekeurd; 75090 regels geladen");

        // by hand, per ministry 2025: 2,500 x 1,000,000 = 2,500,000,000 of every figure; RIJK 15 x that = 37,500,000,000.
        // 2024: 1 of every figure (0 nevenwerkzaamheden), RIJK 15
        String m1 = "2500000000";
        String rijk = "37500000000";

        Map<String, CSVRecord> fin = perMinisterie(2025, "financiele_belangen_per_ministerie");
        Map<String, CSVRecord> vert = perMinisterie(2025, "vertrouwenspersonen_per_ministerie");
        Map<String, CSVRecord> klacht = perMinisterie(2025, "klachten_geschenken_per_ministerie");
        Map<String, CSVRecord> neven = perMinisterie(2025, "nevenwerkzaamheden_per_ministerie");
        Map<String, CSVRecord> meld = perMinisterie(2025, "meldingen_per_ministerie");
        for (String m : MINISTERIES) {
            assertThat(waarden(fin.get(m), "risicofuncties", "meldingsplichtigen", "ontheffingen", "opmerking")).as(m)
                    .containsExactly(m1, m1, m1, "");
            // verschil_procent = (2,500,000,000 - 1) / 1 x 100 = 249,999,999,900.0
            assertThat(waarden(vert.get(m), "vertrouwenspersonen", "externe_vertrouwenspersonen", "gesprekken",
                    "gesprekken_vorig_jaar", "verschil_procent", "opmerking")).as(m)
                    .containsExactly(m1, m1, m1, "1", "249999999900.0", "");
            assertThat(waarden(klacht.get(m), "klachten_ongewenste_omgangsvormen", "geschenken_aangeboden",
                    "geschenken_aangenomen", "opmerking")).as(m).containsExactly(m1, m1, m1, "");
            // 100.0 %, last year 0 / 1 = 0.0 %, 100.0 points more
            assertThat(waarden(neven.get(m), "medewerkers", "nevenwerkzaamheden", "percentage", "percentage_vorig_jaar",
                    "verschil_procentpunt")).as(m).containsExactly(m1, m1, "100.0", "0.0", "100.0");
            // 3 meldingen, 3,000 betrokkenen, 1 aangetoond (33.3 %); 3 / 2,500,000,000 x 1,000 = 0.0000012 -> 0.0
            assertThat(waarden(meld.get(m), "meldingen", "betrokkenen", "aangetoond", "percentage_aangetoond", "medewerkers",
                    "meldingen_per_1000_medewerkers", "meldingen_vorig_jaar")).as(m)
                    .containsExactly("3", "3000", "1", "33.3", m1, "0.0", "1");
        }
        assertThat(waarden(fin.get("RIJK"), "risicofuncties", "meldingsplichtigen", "ontheffingen")).containsExactly(rijk, rijk, rijk);
        // (37,500,000,000 - 15) / 15 x 100 = 2,499,999,999 x 100 = 249,999,999,900.0
        assertThat(waarden(vert.get("RIJK"), "vertrouwenspersonen", "externe_vertrouwenspersonen", "gesprekken",
                "gesprekken_vorig_jaar", "verschil_procent")).containsExactly(rijk, rijk, rijk, "15", "249999999900.0");
        assertThat(waarden(klacht.get("RIJK"), "klachten_ongewenste_omgangsvormen", "geschenken_aangeboden",
                "geschenken_aangenomen")).containsExactly(rijk, rijk, rijk);
        assertThat(waarden(neven.get("RIJK"), "medewerkers", "nevenwerkzaamheden", "percentage", "percentage_vorig_jaar",
                "verschil_procentpunt")).containsExactly(rijk, rijk, "100.0", "0.0", "100.0");
        assertThat(waarden(meld.get("RIJK"), "meldingen", "betrokkenen", "aangetoond", "percentage_aangetoond", "medewerkers",
                "meldingen_per_1000_medewerkers", "meldingen_vorig_jaar"))
                .containsExactly("45", "45000", "15", "33.3", rijk, "0.0", "15");

        // every onderdeel: 1,000,000 of every kengetal; 1,000,000 medewerkers and nevenwerkzaamheden (100.0 %), and for
        // onderdeel 1 (the only one of 2024) last year's 0 / 1 = 0.0 %
        List<CSVRecord> onderdelen = rijen(2025, "kengetallen_per_onderdeel");
        assertThat(onderdelen).hasSize(MINISTERIES.size() * ONDERDELEN);
        for (CSVRecord r : onderdelen) {
            for (String kolom : VijandigeKengetallenTest.KOLOMMEN) {
                assertThat(r.get(kolom)).as(r.get("onderdeel") + " " + kolom).isEqualTo("1000000");
            }
        }
        List<CSVRecord> personeel = rijen(2025, "nevenwerkzaamheden_per_onderdeel");
        assertThat(personeel).hasSize(MINISTERIES.size() * ONDERDELEN);
        for (CSVRecord r : personeel) {
            boolean eerste = r.get("onderdeel").endsWith(" onderdeel 1");
            assertThat(waarden(r, "medewerkers", "nevenwerkzaamheden", "percentage", "percentage_vorig_jaar"))
                    .as(r.get("onderdeel")).containsExactly("1000000", "1000000", "100.0", eerste ? "0.0" : "");
        }

        // the trend of 2025: 2024 with 15 meldingen of 15 medewerkers (1,000.0 per 1,000), all aangetoond, 0.0 %
        // nevenwerkzaamheden, 15 klachten and gesprekken; 2025 as above
        Map<String, CSVRecord> trend = new HashMap<>();
        rijen(2025, "trend").forEach(r -> trend.put(r.get("jaar"), r));
        String[] kolommen = {"meldingen", "meldingen_per_1000_medewerkers", "percentage_aangetoond",
                "percentage_nevenwerkzaamheden", "klachten_ongewenste_omgangsvormen", "gesprekken_vertrouwenspersonen"};
        assertThat(waarden(trend.get("2024"), kolommen)).containsExactly("15", "1000.0", "100.0", "0.0", "15", "15");
        assertThat(waarden(trend.get("2025"), kolommen)).containsExactly("45", "0.0", "33.3", "100.0", rijk, rijk);
    }

    private static List<String> waarden(CSVRecord r, String... kolommen) {
        List<String> uit = new ArrayList<>();
        for (String k : kolommen) {
            uit.add(r.get(k));
        }
        return uit;
    }

    private Map<String, CSVRecord> perMinisterie(int jaar, String tabel) throws IOException {
        Map<String, CSVRecord> uit = new HashMap<>();
        rijen(jaar, tabel).forEach(r -> uit.put(r.get("ministerie_code"), r));
        return uit;
    }

    private List<CSVRecord> rijen(int jaar, String tabel) throws IOException {
        try (Reader r = Files.newBufferedReader(Publicatie.rijk(tmp, jaar).resolve(tabel + ".csv"));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
