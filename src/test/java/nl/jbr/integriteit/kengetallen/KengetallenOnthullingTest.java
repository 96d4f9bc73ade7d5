package nl.jbr.integriteit.kengetallen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Contract 8 for the kengetallen: klachten_ongewenste_omgangsvormen and gesprekken_vertrouwenspersonen are counts about
 * people, protected at the default threshold 3 in every table and year that shows them. The drop folder (klachten /
 * gesprekken per onderdeel; '-' = empty):
 *
 * <pre>
 * 2025           klachten  gesprekken        2024           gesprekken
 *   AZ  A1            5        10              AZ  A1             2      (AZ 2: unsafe)
 *   AZ  A2            4         2  (unsafe)    AZ  A2             -
 *   BZK B1            1  (u.)   9              BZK B1             8
 *   BZK B2            6         7              BZK B2             9
 *   BZK B3            7         8              FIN F1            20
 *   FIN F1            8        11              DEF D1            30
 *   FIN F2            2  (u.)  12
 *   DEF D1           12        30
 * totals 2025: klachten AZ 9, BZK 14, FIN 10, DEF 12, RIJK 45; gesprekken AZ 12, BZK 24, FIN 23, DEF 30, RIJK 89
 * </pre>
 * Expected: the unsafe cells are x wherever they appear; a ministry total that is published leaves at least two
 * onderdelen x when one is (else subtraction gives it away); AZ's 2024 gesprekken (2) is x as gesprekken_vorig_jaar in
 * 2025 and so is verschil_procent; RIJK totals are published; no 1 or 2 is published in these columns.
 */
class KengetallenOnthullingTest {

    static final String KOP = "onderdeel,klachten_ongewenste_omgangsvormen,gesprekken_vertrouwenspersonen\n";

    @TempDir
    static Path root;

    static Path output;

    @BeforeAll
    static void run() throws IOException {
        Tabel.schrijf(root, "AZ/2025/k.csv", KOP + "A1,5,10\nA2,4,2\n");
        Tabel.schrijf(root, "BZK/2025/k.csv", KOP + "B1,1,9\nB2,6,7\nB3,7,8\n");
        Tabel.schrijf(root, "FIN/2025/k.csv", KOP + "F1,8,11\nF2,2,12\n");
        Tabel.schrijf(root, "DEF/2025/k.csv", KOP + "D1,12,30\n");
        Tabel.schrijf(root, "AZ/2024/k.csv", KOP + "A1,,2\n");
        Tabel.schrijf(root, "BZK/2024/k.csv", KOP + "B1,,8\nB2,,9\n");
        Tabel.schrijf(root, "FIN/2024/k.csv", KOP + "F1,,20\n");
        Tabel.schrijf(root, "DEF/2024/k.csv", KOP + "D1,,30\n");
        Pijplijn.run(root); // default threshold 3
        output = root.resolve("output");
    }

    @Test
    void onveiligeOnderdelenZijnXEnNietTerugTeRekenen() {
        Tabel t = Tabel.lees(output, 2025, "RIJK", "kengetallen_per_onderdeel");
        assertThat(t.rij("onderdeel", "B1").get("klachten_ongewenste_omgangsvormen")).isEqualTo("x");
        assertThat(t.rij("onderdeel", "F2").get("klachten_ongewenste_omgangsvormen")).isEqualTo("x");
        assertThat(t.rij("onderdeel", "A2").get("gesprekken_vertrouwenspersonen")).isEqualTo("x");
        Tabel m = Tabel.lees(output, 2025, "RIJK", "klachten_geschenken_per_ministerie");
        Tabel v = Tabel.lees(output, 2025, "RIJK", "vertrouwenspersonen_per_ministerie");
        for (String code : List.of("AZ", "BZK", "FIN")) {
            String kolom = code.equals("AZ") ? "gesprekken_vertrouwenspersonen" : "klachten_ongewenste_omgangsvormen";
            Tabel totaal = code.equals("AZ") ? v : m;
            String totaalKolom = code.equals("AZ") ? "gesprekken" : "klachten_ongewenste_omgangsvormen";
            long x = t.rijen().stream().filter(r -> r.get("ministerie_code").equals(code) && r.get(kolom).equals("x")).count();
            if (!totaal.rij("ministerie_code", code).get(totaalKolom).equals("x")) {
                assertThat(x).as(code + ": onderdelen x beside a published total").isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(m.rij("ministerie_code", "RIJK").get("klachten_ongewenste_omgangsvormen")).isEqualTo("45");
        assertThat(v.rij("ministerie_code", "RIJK").get("gesprekken")).isEqualTo("89");
    }

    @Test
    void eenOnveiligAantalVan2024BlijftXAlsVorigJaarEnInHetVerschil() {
        Map<String, String> az2024 = Tabel.lees(output, 2024, "RIJK", "vertrouwenspersonen_per_ministerie").rij("ministerie_code", "AZ");
        assertThat(az2024.get("gesprekken")).isEqualTo("x");
        Map<String, String> az = Tabel.lees(output, 2025, "AZ", "vertrouwenspersonen_per_ministerie").rij("ministerie_code", "AZ");
        assertThat(az.get("gesprekken_vorig_jaar")).isEqualTo("x");
        assertThat(az.get("verschil_procent")).isEqualTo("x");
        // RIJK 2024 = 2 + 17 + 20 + 30 = 69 stays published; then another ministry's 2024 total must be x too
        Tabel t2024 = Tabel.lees(output, 2024, "RIJK", "vertrouwenspersonen_per_ministerie");
        assertThat(t2024.rij("ministerie_code", "RIJK").get("gesprekken")).isEqualTo("69");
        assertThat(t2024.rijen().stream().filter(r -> "x".equals(r.get("gesprekken"))).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void deTrendHerhaaltDeXVanEenEerderJaar() {
        Tabel az = Tabel.lees(output, 2025, "AZ", "trend");
        assertThat(az.rij("jaar", "2024").get("gesprekken_vertrouwenspersonen")).isEqualTo("x");
        assertThat(az.rij("jaar", "2025").get("gesprekken_vertrouwenspersonen")).isEqualTo("12");
        Tabel rijk = Tabel.lees(output, 2025, "RIJK", "trend");
        assertThat(rijk.rij("jaar", "2024").get("gesprekken_vertrouwenspersonen")).isEqualTo("69");
        assertThat(rijk.rij("jaar", "2025").get("klachten_ongewenste_omgangsvormen")).isEqualTo("45");
        // every ministry's 2024 gesprekken that is x in its 2024 table is x in its 2025 trend, and vice versa
        Tabel t2024 = Tabel.lees(output, 2024, "RIJK", "vertrouwenspersonen_per_ministerie");
        for (String code : List.of("AZ", "BZK", "FIN", "DEF")) {
            assertThat(Tabel.lees(output, 2025, code, "trend").rij("jaar", "2024").get("gesprekken_vertrouwenspersonen"))
                    .as(code).isEqualTo(t2024.rij("ministerie_code", code).get("gesprekken"));
        }
    }

    @Test
    void nergensEenGepubliceerde1Of2() throws IOException {
        for (int jaar : List.of(2024, 2025)) {
            try (var bestanden = Files.walk(output.resolve("openbaar").resolve(Integer.toString(jaar)))) {
                for (Path csv : bestanden.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    String naam = csv.getFileName().toString();
                    if (!List.of("kengetallen_per_onderdeel.csv", "klachten_geschenken_per_ministerie.csv",
                            "vertrouwenspersonen_per_ministerie.csv", "trend.csv").contains(naam)) {
                        continue;
                    }
                    for (Map<String, String> rij : Tabel.lees(csv).rijen()) {
                        for (String kolom : List.of("klachten_ongewenste_omgangsvormen", "gesprekken_vertrouwenspersonen",
                                "gesprekken", "gesprekken_vorig_jaar")) {
                            assertThat(rij.getOrDefault(kolom, "")).as(csv + " " + rij).isNotIn("1", "2");
                        }
                    }
                }
            }
        }
        assertThat(Files.readString(output.resolve("openbaar/2025/manifest.json"))).contains("kengetallen_per_onderdeel");
    }
}
