package nl.jbr.integriteit.kengetallen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * The five-year trend tables, through the real pipeline with protection off; expectations by hand from the files:
 *
 * <pre>
 *            2021              2022                   2023      2024   2025
 *   BZK      a a g (1 aangetoond)  a b b g (none aangetoond)  (nothing  5 x h  6 x h
 *            personeel 1000/20     kengetallen 4 klachten,     delivered          kengetallen 2 klachten, 12 gesprekken
 *                                  10 gesprekken               by anyone)
 *   EZK      -                 7 x c                  -         -      (not valid in 2025)
 *   AZ       -                 -                      -         -      1 x a
 *   KGG      -                 -                      -         -      2 x d   (exists from 2024)
 * RIJK 2025 trend: 2021 meldingen 3, per 1000 3.0 (3 / 1000 x 1000), aangetoond 33.3 (1/3), nevenwerkzaamheden 2.0
 *                  (20/1000), no kengetallen; 2022 meldingen 11 (4 + 7), 0.0 aangetoond, klachten 4, gesprekken 10;
 *                  2023 empty: geen gegevens; 2024 5; 2025 9 (6 + 1 + 2), klachten 2, gesprekken 12.
 * </pre>
 * KGG's trend names EZK and LNV (existing in 2021-2023, no longer in 2025) as not joined to it.
 */
class TrendTest {

    @TempDir
    static Path root;

    static Path output;

    @BeforeAll
    static void run() throws IOException {
        Tabel.schrijf(root, "BZK/2021/incidenten.csv", "onderdeel,categorie,uitkomst\nDGOO,a,aangetoond\nDGOO,a,\nDGOO,g,\n");
        Tabel.schrijf(root, "BZK/2021/personeel.csv", "onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden\nDGOO,1000,20\n");
        Tabel.schrijf(root, "BZK/2022/incidenten.csv", "onderdeel,categorie\nDGOO,a\nDGOO,b\nDGOO,b\nDGOO,g\n");
        Tabel.schrijf(root, "BZK/2022/kengetallen.csv", "onderdeel,klachten,gesprekken\nDGOO,4,10\n");
        Tabel.schrijf(root, "EZK/2022/incidenten.csv", "onderdeel,categorie\n" + "Bestuur,c\n".repeat(7));
        Tabel.schrijf(root, "BZK/2024/incidenten.csv", "onderdeel,categorie\n" + "DGOO,h\n".repeat(5));
        Tabel.schrijf(root, "BZK/2025/incidenten.csv", "onderdeel,categorie\n" + "DGOO,h\n".repeat(6));
        Tabel.schrijf(root, "BZK/2025/kengetallen.csv", "onderdeel,klachten,gesprekken\nDGOO,2,12\n");
        Tabel.schrijf(root, "AZ/2025/incidenten.csv", "onderdeel,categorie\nKabinet,a\n");
        Tabel.schrijf(root, "KGG/2025/incidenten.csv", "onderdeel,categorie\nBestuur,d\nBestuur,d\n");
        Pijplijn.run(root, "--jbr.onthulling.drempel", "1");
        output = root.resolve("output");
    }

    @Test
    void rijksbredeTrendVijfJarenMetEenGat() {
        Tabel t = Tabel.lees(output, 2025, "RIJK", "trend");
        assertThat(t.rijen()).extracting(r -> r.get("jaar")).containsExactly("2021", "2022", "2023", "2024", "2025");
        assertThat(t.rij("jaar", "2021")).isEqualTo(Map.of("jaar", "2021", "meldingen", "3", "meldingen_per_1000_medewerkers", "3.0",
                "percentage_aangetoond", "33.3", "percentage_nevenwerkzaamheden", "2.0", "klachten_ongewenste_omgangsvormen", "",
                "gesprekken_vertrouwenspersonen", "", "opmerking", "geen geaccepteerde opgave kengetallen"));
        assertThat(t.rij("jaar", "2022")).containsEntry("meldingen", "11").containsEntry("percentage_aangetoond", "0.0")
                .containsEntry("meldingen_per_1000_medewerkers", "").containsEntry("percentage_nevenwerkzaamheden", "")
                .containsEntry("klachten_ongewenste_omgangsvormen", "4").containsEntry("gesprekken_vertrouwenspersonen", "10")
                .containsEntry("opmerking", "geen geaccepteerde opgave personeel");
        assertThat(t.rij("jaar", "2023")).isEqualTo(Map.of("jaar", "2023", "meldingen", "", "meldingen_per_1000_medewerkers", "",
                "percentage_aangetoond", "", "percentage_nevenwerkzaamheden", "", "klachten_ongewenste_omgangsvormen", "",
                "gesprekken_vertrouwenspersonen", "", "opmerking", "geen gegevens over 2023"));
        assertThat(t.rij("jaar", "2024").get("meldingen")).isEqualTo("5");
        assertThat(t.rij("jaar", "2025")).containsEntry("meldingen", "9").containsEntry("klachten_ongewenste_omgangsvormen", "2")
                .containsEntry("gesprekken_vertrouwenspersonen", "12");
        // the 2024 publication has its own five years: 2020 to 2024
        assertThat(Tabel.lees(output, 2024, "RIJK", "trend").rijen()).extracting(r -> r.get("jaar"))
                .containsExactly("2020", "2021", "2022", "2023", "2024");
    }

    @Test
    void trendPerMinisterieZonderStilleSamenvoeging() {
        Tabel bzk = Tabel.lees(output, 2025, "BZK", "trend");
        assertThat(bzk.rijen()).extracting(r -> r.get("meldingen")).containsExactly("3", "4", "", "5", "6");
        assertThat(bzk.rij("jaar", "2021").get("opmerking")).isEqualTo("geen opgave kengetallen");
        assertThat(bzk.rij("jaar", "2024").get("opmerking")).isEqualTo("geen opgave personeel; geen opgave kengetallen");
        Tabel kgg = Tabel.lees(output, 2025, "KGG", "trend");
        assertThat(kgg.rijen()).extracting(r -> r.get("meldingen")).containsExactly("", "", "", "", "2");
        assertThat(kgg.rij("jaar", "2022").get("opmerking"))
                .isEqualTo("KGG bestond in 2022 niet; de cijfers van EZK, LNV (toen bestaand, nu niet meer) zijn niet bij KGG opgeteld");
        assertThat(kgg.rij("jaar", "2024").get("opmerking"))
                .isEqualTo("geen opgave incidenten; geen opgave personeel; geen opgave kengetallen");
        // EZK is not a scope in 2025, and its 7 meldingen of 2022 appear only in the rijksbrede trend
        assertThat(Files.exists(output.resolve("openbaar/2025/ministeries/EZK"))).isFalse();
    }

    @Test
    void trendPerCategorie() {
        Tabel t = Tabel.lees(output, 2025, "BZK", "trend_categorie");
        assertThat(t.rijen()).hasSize(45);
        List<Map<String, String>> j2021 = t.rijen().stream().filter(r -> r.get("jaar").equals("2021")).toList();
        assertThat(j2021).extracting(r -> r.get("categorie_code")).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(j2021.get(0)).containsEntry("meldingen", "2").containsEntry("percentage", "66.7").containsEntry("opmerking", "");
        assertThat(j2021.get(6)).containsEntry("meldingen", "1").containsEntry("percentage", "33.3");
        assertThat(j2021.get(1)).containsEntry("meldingen", "0").containsEntry("percentage", "0.0");
        assertThat(t.rijen().stream().filter(r -> r.get("jaar").equals("2023")))
                .allSatisfy(r -> assertThat(r).containsEntry("meldingen", "").containsEntry("opmerking", "geen gegevens over 2023"));
    }

    @Test
    void lijngrafiekMetTekstalternatiefVanElkeWaarde() throws IOException {
        String html = Files.readString(output.resolve("openbaar/2025/ministeries/BZK/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Lijndiagram van meldingen per jaar. 2021 3, 2022 4, 2023 geen gegevens, 2024 5, 2025 6.");
        // the line breaks at the gap: two segments
        assertThat(html).containsPattern("<path d=\"M\\d+ \\d+ L\\d+ \\d+ M\\d+ \\d+ L\\d+ \\d+\"");
        assertThat(html).contains("Financiële schendingen: 2021 2, 2022 1, 2023 geen gegevens, 2024 0, 2025 0.");
    }

    /**
     * Issue 23: the trend per category as small multiples, one panel per category instead of nine lines of which some
     * overlap (BZK: b, and c to f, i are 0, 0, –, 0, 0 – they lie on one another). By hand for BZK 2025: the largest value
     * is 6 (h in 2025), so every panel's y axis runs 0, 5, 10; the years 2021-2025 under each; one line per panel, broken
     * at 2023; each panel named by its category and described by its own values.
     */
    @Test
    void trendPerCategorieAlsKleineVeelvouden() throws IOException {
        String html = Files.readString(output.resolve("openbaar/2025/ministeries/BZK/index.html"), StandardCharsets.UTF_8);
        String sectie = html.substring(html.indexOf("<section aria-labelledby=\"trend_categorie\">"));
        sectie = sectie.substring(0, sectie.indexOf("</section>"));
        String figuur = sectie.substring(sectie.indexOf("<figure"), sectie.indexOf("</figure>"));
        List<String> delen = List.of(figuur.split("<div class=\"paneel\">"));
        assertThat(delen).hasSize(10); // the text before, then 9 panels
        List<String> panelen = delen.subList(1, 10);
        List<String> namen = List.of("Financiële schendingen", "Misbruik positie en belangenverstrengeling",
                "Lekken, misbruik en achterhouden van informatie", "Ongepaste communicatie", "Misbruik bevoegdheden",
                "Misbruik geweldsbevoegdheid", "Ongewenste omgangsvormen", "Misbruik bedrijfsmiddelen en overtreding interne regels",
                "Misdragingen in de privésfeer");
        for (int i = 0; i < 9; i++) {
            String paneel = panelen.get(i);
            String id = "trend_categorie-paneel-" + (i + 1);
            assertThat(paneel).contains("<p class=\"paneelnaam\" id=\"" + id + "\">" + namen.get(i) + "</p>")
                    .contains("<svg role=\"img\" aria-labelledby=\"" + id + "\" aria-describedby=\"" + id + "-desc\"")
                    .contains("<desc id=\"" + id + "-desc\">" + namen.get(i) + ": 2021 ");
            assertThat(paneel.split("<path ")).as(namen.get(i)).hasSize(2); // one line
            // the same scale and years in every panel
            assertThat(paneel).containsSubsequence(">0</text>", ">5</text>", ">10</text>",
                    ">2021</text>", ">2022</text>", ">2023</text>", ">2024</text>", ">2025</text>");
        }
        assertThat(panelen.get(0)).contains("Financiële schendingen: 2021 2, 2022 1, 2023 geen gegevens, 2024 0, 2025 0.");
        assertThat(panelen.get(7)).contains("regels: 2021 0, 2022 0, 2023 geen gegevens, 2024 5, 2025 6.");
        // h: 5 and 6 on the 0-10 axis of PANEEL_HOOGTE pixels below PANEEL_BOVEN, broken at 2023
        int boven = 8, hoogte = 80;
        assertThat(panelen.get(7)).containsPattern("<path d=\"M\\d+ " + (boven + hoogte) + " L\\d+ " + (boven + hoogte)
                + " M\\d+ " + (boven + hoogte - 40) + " L\\d+ " + (boven + hoogte - 48) + "\"");
    }
}
