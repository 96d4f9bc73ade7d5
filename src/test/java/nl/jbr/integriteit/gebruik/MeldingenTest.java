package nl.jbr.integriteit.gebruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 13 items 4 and 5, through the real command line: title rows above the header, a header missing one
 * column, grouped findings in the HTML (one line per finding in the CSV), the rejection sentence once, the Excel
 * date number hint, an unknown ministry code, and -h/--help.
 */
class MeldingenTest {

    @TempDir
    Path tmp;

    @Test
    void titelregelsBovenDeKopregelWordenOvergeslagen() throws IOException {
        Path f = schrijf("input/BZK/2024/incidenten.csv",
                "Registratieformulier integriteit;;\nMinisterie van BZK, 2024;;\nonderdeel;categorie;datum_melding\nDGOO;g;2024-03-01\nDGOO;h;2024-04-01\n");
        Pijplijn.Uitvoer v = Pijplijn.start("validate", f.toString());
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("Formulier:   incidenten").contains("Regels:      2")
                .contains("KOPREGEL_NA_TITELREGELS").contains("De kopregel staat op regel 3");

        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.html")))
                .contains("Geaccepteerd").contains("De kopregel staat op regel 3");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_categorie.csv"))).contains("g,Ongewenste omgangsvormen,1,");
    }

    @Test
    void eenKopregelZonderCategorieLijktOpIncidenten() throws IOException {
        String kop = "volgnummer;onderdeel;jaar;ministerie;datum_melding;soort_incident;categorei;subcategorie;"
                + "aantal_betrokkenen;soort_onderzoek;uitkomst;afdoening;aangifte\n";
        Path f = schrijf("input/BZK/2024/incidenten.csv", kop + "1;DGOO;2024;BZK;2024-03-01;;g;;1;;;;\n");
        Pijplijn.Uitvoer v = Pijplijn.start("validate", f.toString());
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("lijkt het formulier incidenten (12 van 13 kolommen herkend); kolom categorie ontbreekt")
                .doesNotContain("hoort bij geen formulier");
    }

    @Test
    void gelijkeBevindingenOpOpeenvolgendeRegelsGegroepeerdEnAfkeurzinEenKeer() throws IOException {
        StringBuilder b = new StringBuilder("onderdeel;categorie;datum_melding\n");
        for (int i = 2; i <= 81; i++) {
            b.append("DGOO;Overige zaken;2024-03-01\n");
        }
        b.append("DGOO;g;45678\n");
        schrijf("input/BZK/2024/incidenten.csv", b.toString());
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");

        List<String> csv = Files.readAllLines(tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv"));
        assertThat(csv.stream().filter(r -> r.contains("CATEGORIE_ONBEKEND"))).hasSize(80); // one line per finding
        String html = Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.html"));
        assertThat(html).contains("2–81").contains("Regels 2–81 (80 regels)");
        assertThat(html.split("CATEGORIE_ONBEKEND", -1)).hasSize(2); // one row
        assertThat(html.split("Het bestand wordt niet geaccepteerd", -1)).hasSize(2); // once per file
        assertThat(String.join("\n", csv)).doesNotContain("Het bestand wordt niet geaccepteerd")
                .doesNotContain("het bestand wordt niet geaccepteerd");
        // an Excel date number gets a hint
        assertThat(csv).anyMatch(r -> r.startsWith("82,") && r.contains("45678 lijkt een datumnummer uit Excel (21-1-2025)"));
    }

    @Test
    void onbekendeMinisteriecodeNoemtDeGeldigeCodes() throws IOException {
        Path f = schrijf("los.csv", "onderdeel;categorie\nDGOO;g\n");
        Pijplijn.Uitvoer v = Pijplijn.start("validate", f.toString(), "--ministerie", "XYZ", "--jaar", "2024");
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.err()).contains("De ministeriecode 'XYZ' is onbekend. Geldige codes in 2024: AZ, BZ, BZK")
                .contains("KGG").doesNotContain("IenM");
    }

    @Test
    void helpDruktHetGebruikAfMetCodeNul() {
        for (String[] args : List.of(new String[] {"-h"}, new String[] {"--help"}, new String[] {"run", "--help"})) {
            Pijplijn.Uitvoer u = Pijplijn.start(args);
            assertThat(u.code()).isZero();
            assertThat(u.out()).contains("Gebruik:").contains("validate BESTAND");
            assertThat(u.err()).isEmpty();
        }
    }

    private Path schrijf(String pad, String inhoud) throws IOException {
        Path f = tmp.resolve(pad);
        Files.createDirectories(f.getParent());
        Files.writeString(f, inhoud, StandardCharsets.UTF_8);
        return f;
    }
}
