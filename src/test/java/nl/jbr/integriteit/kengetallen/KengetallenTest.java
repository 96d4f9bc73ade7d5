package nl.jbr.integriteit.kengetallen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * The kengetallen form (contract 3.3) and its four tables (contract 6.1), through the real pipeline with protection off,
 * every expectation worked out by hand from the files below:
 *
 * <pre>
 * 2025 BZK            risico meldpl onth | vp ext gespr | klacht aangeb aangen
 *   Bestuursdep.          40    120    3 |  6   1    80 |      4     25     10
 *   Logius                10     -     - |  2   0    43 |      0      5      5
 *   Rijksvastgoedbedrijf  15     30    - |  3   -     - |      2      -      -
 *   BZK (sum)             65    150    3 | 11   1   123 |      6     30     15
 * 2025 AZ  Bestuursdep.    5     12    0 |  1   1     3 |      0      2      0
 * 2025 FIN: no kengetallen file (only incidents)          -> geen opgave
 * 2025 RIJK               70    162    3 | 12   2   126 |      6     32     15
 * 2024 BZK: gesprekken 60 + 40 = 100;  FIN: 150;  RIJK 250;  AZ: no file at all
 * 2023: BZK only incidents: a year without any kengetallen
 * </pre>
 * verschil_procent 2025: BZK (123 - 100) / 100 x 100 = 23.0; RIJK (126 - 250) / 250 x 100 = -49.6; FIN empty.
 */
class KengetallenTest {

    static final String KOP = "onderdeel;risicofuncties;meldingsplichtigen;ontheffingen;vertrouwenspersonen;"
            + "externe_vertrouwenspersonen;gesprekken_vertrouwenspersonen;klachten_ongewenste_omgangsvormen;"
            + "geschenken_aangeboden;geschenken_aangenomen\n";

    @TempDir
    static Path root;

    static Path output;

    @BeforeAll
    static void run() throws IOException {
        Tabel.schrijf(root, "BZK/2025/kengetallen.csv", KOP
                + "Bestuursdepartement;40;120;3;6;1;80;4;25;10\n"
                + "Logius;10;;;2;0;43;0;5;5\n"
                + "Rijksvastgoedbedrijf;15;30;;3;;;2;;\n");
        Tabel.schrijf(root, "AZ/2025/Kengetallen AZ.csv", "Dienst,Vastgestelde risicofuncties,Aangewezen meldingsplichtigen,"
                + "Verleende ontheffingen,Interne vertrouwenspersonen,Externe vertrouwenspersonen,Gesprekken,Klachten,"
                + "Geschenken boven 50 euro aangeboden,Geschenken boven 50 euro aangenomen\n"
                + "Bestuursdepartement,5,12,0,1,1,3,0,2,0\n");
        Tabel.schrijf(root, "FIN/2025/incidenten.csv", "onderdeel,categorie\nBelastingdienst,a\n");
        Tabel.schrijf(root, "BZK/2024/kengetallen.csv", "onderdeel,gesprekken_vertrouwenspersonen\nBestuursdepartement,60\nLogius,40\n");
        Tabel.schrijf(root, "FIN/2024/kengetallen.csv", KOP.replace(';', ',')
                + "Belastingdienst,200,900,12,20,2,150,7,40,12\n");
        Tabel.schrijf(root, "BZK/2023/incidenten.csv", "onderdeel,categorie\nLogius,h\n");
        Pijplijn.run(root, "--jbr.onthulling.drempel", "1");
        output = root.resolve("output");
    }

    @Test
    void financieleBelangenSomOverDeOnderdelenDieOpgavenDeden() {
        Tabel t = Tabel.lees(output, 2025, "RIJK", "financiele_belangen_per_ministerie");
        assertThat(t.rij("ministerie_code", "BZK")).isEqualTo(Map.of(
                "ministerie_code", "BZK", "risicofuncties", "65", "meldingsplichtigen", "150", "ontheffingen", "3",
                "opmerking", "geen opgave van meldingsplichtigen en ontheffingen: Logius; geen opgave van ontheffingen: Rijksvastgoedbedrijf"));
        assertThat(t.rij("ministerie_code", "AZ")).containsEntry("risicofuncties", "5").containsEntry("ontheffingen", "0")
                .containsEntry("opmerking", "");
        assertThat(t.rij("ministerie_code", "FIN")).containsEntry("risicofuncties", "").containsEntry("meldingsplichtigen", "")
                .containsEntry("opmerking", "geen opgave");
        Map<String, String> rijk = t.rij("ministerie_code", "RIJK");
        assertThat(rijk).containsEntry("risicofuncties", "70").containsEntry("meldingsplichtigen", "162")
                .containsEntry("ontheffingen", "3");
        assertThat(rijk.get("opmerking")).startsWith("geen geaccepteerde opgave: BZ, ")
                .contains("FIN").doesNotContain("AZ,").doesNotContain("BZK,")
                .endsWith("; geen opgave van meldingsplichtigen en ontheffingen: Logius (BZK); "
                        + "geen opgave van ontheffingen: Rijksvastgoedbedrijf (BZK)");
        assertThat(t.rijen().get(t.rijen().size() - 1).get("ministerie_code")).isEqualTo("RIJK");
        // the ministry's own table: only its row
        assertThat(Tabel.lees(output, 2025, "BZK", "financiele_belangen_per_ministerie").rijen())
                .extracting(r -> r.get("ministerie_code")).containsExactly("BZK");
    }

    @Test
    void vertrouwenspersonenMetVerschilProcentEenmaalAfgerond() {
        Tabel t = Tabel.lees(output, 2025, "RIJK", "vertrouwenspersonen_per_ministerie");
        assertThat(t.rij("ministerie_code", "BZK")).isEqualTo(Map.of(
                "ministerie_code", "BZK", "vertrouwenspersonen", "11", "externe_vertrouwenspersonen", "1",
                "gesprekken", "123", "gesprekken_vorig_jaar", "100", "verschil_procent", "23.0",
                "opmerking", "geen opgave van externe vertrouwenspersonen en gesprekken met vertrouwenspersonen: Rijksvastgoedbedrijf"));
        assertThat(t.rij("ministerie_code", "RIJK")).containsEntry("gesprekken", "126").containsEntry("gesprekken_vorig_jaar", "250")
                .containsEntry("verschil_procent", "-49.6").containsEntry("vertrouwenspersonen", "12")
                .containsEntry("externe_vertrouwenspersonen", "2");
        assertThat(t.rij("ministerie_code", "FIN")).containsEntry("gesprekken", "").containsEntry("gesprekken_vorig_jaar", "150")
                .containsEntry("verschil_procent", "");
        // 2024: BZK reported gesprekken only; 2023 had no kengetallen at all
        Tabel t2024 = Tabel.lees(output, 2024, "RIJK", "vertrouwenspersonen_per_ministerie");
        assertThat(t2024.rij("ministerie_code", "BZK")).containsEntry("gesprekken", "100").containsEntry("vertrouwenspersonen", "")
                .containsEntry("gesprekken_vorig_jaar", "").containsEntry("verschil_procent", "")
                .containsEntry("opmerking", "geen opgave van interne vertrouwenspersonen en externe vertrouwenspersonen: Bestuursdepartement, Logius");
    }

    @Test
    void eenJaarZonderKengetallenHeeftLegeCijfersEnGeenOpgave() {
        Tabel t = Tabel.lees(output, 2023, "RIJK", "klachten_geschenken_per_ministerie");
        assertThat(t.rij("ministerie_code", "BZK")).containsEntry("klachten_ongewenste_omgangsvormen", "")
                .containsEntry("geschenken_aangeboden", "").containsEntry("opmerking", "geen opgave");
        assertThat(t.rij("ministerie_code", "RIJK")).containsEntry("klachten_ongewenste_omgangsvormen", "")
                .containsEntry("geschenken_aangeboden", "").containsEntry("geschenken_aangenomen", "");
        assertThat(Tabel.lees(output, 2023, "RIJK", "kengetallen_per_onderdeel").rijen()).isEmpty();
    }

    @Test
    void klachtenEnGeschenken() {
        Tabel t = Tabel.lees(output, 2025, "RIJK", "klachten_geschenken_per_ministerie");
        assertThat(t.rij("ministerie_code", "BZK")).containsEntry("klachten_ongewenste_omgangsvormen", "6")
                .containsEntry("geschenken_aangeboden", "30").containsEntry("geschenken_aangenomen", "15")
                .containsEntry("opmerking", "geen opgave van aangeboden geschenken en aangenomen geschenken: Rijksvastgoedbedrijf");
        assertThat(t.rij("ministerie_code", "RIJK")).containsEntry("klachten_ongewenste_omgangsvormen", "6")
                .containsEntry("geschenken_aangeboden", "32").containsEntry("geschenken_aangenomen", "15");
    }

    @Test
    void perOnderdeelZoalsOpgegevenLeegIsGeenNul() {
        Tabel t = Tabel.lees(output, 2025, "BZK", "kengetallen_per_onderdeel");
        assertThat(t.rijen()).extracting(r -> r.get("onderdeel")).containsExactly("Bestuursdepartement", "Logius", "Rijksvastgoedbedrijf");
        assertThat(t.rij("onderdeel", "Logius")).containsEntry("meldingsplichtigen", "").containsEntry("externe_vertrouwenspersonen", "0")
                .containsEntry("klachten_ongewenste_omgangsvormen", "0").containsEntry("gesprekken_vertrouwenspersonen", "43");
        assertThat(Tabel.lees(output, 2025, "RIJK", "kengetallen_per_onderdeel").rijen()).extracting(r -> r.get("ministerie_code"))
                .containsExactly("AZ", "BZK", "BZK", "BZK");
    }
}
