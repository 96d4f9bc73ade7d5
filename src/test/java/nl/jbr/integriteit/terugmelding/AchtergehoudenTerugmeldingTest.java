package nl.jbr.integriteit.terugmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;

/**
 * A case the ministry marked publiceerbaar, in a category so small for that ministry that disclosure control hides
 * its count (threshold 3): the public overview leaves it out, and the ministry's feedback says so on that line
 * (OVERZICHT_ACHTERGEHOUDEN, a waarschuwing). BZK has only two categories, so the other one (g) is hidden too
 * (else c = total - g): its publiceerbare case gets the same line. Cases not marked publiceerbaar, and a ministry
 * whose counts are all published, get none.
 */
class AchtergehoudenTerugmeldingTest {

    @TempDir
    Path tmp;

    @Test
    void eenPubliceerbareMeldingInEenTeKleineCategorieKrijgtEenWaarschuwing() throws IOException {
        StringBuilder bzk = new StringBuilder("volgnummer;onderdeel;categorie;omschrijving;publiceerbaar\n");
        bzk.append("B-1;DGOO;c;Vertrouwelijke stukken buiten de organisatie gedeeld;ja\n"); // line 2: c has 1 case
        // lines 3-12: g, 10 cases, only line 3 publiceerbaar
        for (int i = 2; i <= 11; i++) {
            bzk.append("B-").append(i).append(";DGOO;g;Ongepast gedrag tijdens een overleg;").append(i == 2 ? "ja" : "nee").append('\n');
        }
        schrijf("BZK", bzk.toString());
        StringBuilder fin = new StringBuilder("volgnummer;onderdeel;categorie\n");
        for (int i = 1; i <= 10; i++) {
            fin.append("F-").append(i).append(";Douane;g\n");
        }
        schrijf("FIN", fin.toString());
        Pijplijn.run(tmp);

        String feedback = Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv"));
        assertThat(feedback).contains("2,publiceerbaar,ja,waarschuwing,OVERZICHT_ACHTERGEHOUDEN,\"Regel 2: deze melding komt niet in "
                + "het openbare overzicht van incidenten. Het aantal meldingen van uw ministerie in de categorie 'Lekken, misbruik "
                + "en achterhouden van informatie' is zo klein dat het wordt afgeschermd");
        assertThat(feedback).contains("3,publiceerbaar,ja,waarschuwing,OVERZICHT_ACHTERGEHOUDEN,\"Regel 3: deze melding komt niet in "
                + "het openbare overzicht van incidenten. Het aantal meldingen van uw ministerie in de categorie 'Ongewenste "
                + "omgangsvormen'");
        // lines 4-12 are not publiceerbaar: nothing to withhold, nothing to say
        assertThat(feedback.lines().filter(l -> l.contains("OVERZICHT_ACHTERGEHOUDEN"))).hasSize(2);
        assertThat(Files.readString(tmp.resolve("output/terugmelding/FIN/2024/incidenten.csv"))).doesNotContain("OVERZICHT_ACHTERGEHOUDEN");
    }

    /**
     * The same case delivered in a workbook: the warning names the sheet the line is on (issue 23: its {@code blad}
     * was empty), as the workbook's other findings do (an unknown column on that sheet).
     */
    @Test
    void inEenWerkmapNoemtDeWaarschuwingHetBlad() throws IOException {
        java.util.List<String> rijen = new java.util.ArrayList<>();
        rijen.add(TestWerkmap.rij(1, "Volgnummer", "Onderdeel", "Categorie", "Omschrijving", "Publiceerbaar", "Opmerking"));
        rijen.add(TestWerkmap.rij(2, "B-1", "DGOO", "c", "Vertrouwelijke stukken buiten de organisatie gedeeld", "ja"));
        for (int i = 2; i <= 11; i++) {
            rijen.add(TestWerkmap.rij(i + 1, "B-" + i, "DGOO", "g", "Ongepast gedrag tijdens een overleg", "nee"));
        }
        Path map = Files.createDirectories(tmp.resolve("input/BZK/2024"));
        new TestWerkmap().blad("Meldingen BZK", rijen.toArray(String[]::new)).schrijf(map.resolve("opgave.xlsx"));
        StringBuilder fin = new StringBuilder("volgnummer;onderdeel;categorie\n");
        for (int i = 1; i <= 10; i++) {
            fin.append("F-").append(i).append(";Douane;g\n");
        }
        schrijf("FIN", fin.toString());
        Pijplijn.run(tmp);

        java.util.List<String> regels = Files.readAllLines(tmp.resolve("output/terugmelding/BZK/2024/opgave.csv"));
        assertThat(regels.get(0)).isEqualTo("regel,kolom,waarde,ernst,code,melding,blad");
        assertThat(regels).filteredOn(r -> r.contains("KOLOM_ONBEKEND")).singleElement().asString().endsWith(",Meldingen BZK");
        assertThat(regels).filteredOn(r -> r.contains("OVERZICHT_ACHTERGEHOUDEN")).singleElement().asString()
                .startsWith("2,publiceerbaar,ja,waarschuwing,OVERZICHT_ACHTERGEHOUDEN,").endsWith(",Meldingen BZK");
    }

    private void schrijf(String ministerie, String inhoud) throws IOException {
        Path map = Files.createDirectories(tmp.resolve("input/" + ministerie + "/2024"));
        Files.writeString(map.resolve("incidenten.csv"), inhoud);
    }
}
