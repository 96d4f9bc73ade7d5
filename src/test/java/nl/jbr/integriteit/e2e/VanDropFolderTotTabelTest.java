package nl.jbr.integriteit.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * One run from a drop folder to published CSV and HTML, through the command line, with every expected figure
 * computed by hand from the files below (issue 3 item 5).
 */
class VanDropFolderTotTabelTest {

    @TempDir
    static Path tmp;

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @BeforeAll
    static void run() throws IOException {
        // BZK 2024: four incidents (Windows-1252, ';'), one with a name in its text (never published)
        schrijf("BZK/2024/incidenten.csv", CP1252, """
                Dienst;Aard;Betreft;Uitkomst;Aantal;Publiceerbaar;Omschrijving\r
                DGOO;g. Ongewenste omgangsvormen;Seksuele intimidatie;aangetoond;1;ja;Ongepaste opmerkingen tijdens een overleg.\r
                DGOO;g;;niet aangetoond;2;nee;Opmerkingen na een café-bezoek\r
                Inspectie;c.) Lekken, misbruik en achterhouden van informatie;;deels aangetoond;1;ja;Stukken gedeeld met dhr. Jansen.\r
                Inspectie;h) Misbruik bedrijfsmiddelen;;lopend;;nee;\r
                """);
        schrijf("BZK/2024/personeel.csv", StandardCharsets.UTF_8, """
                onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden
                DGOO,1200,30
                Inspectie,300,12
                """);
        // FIN 2024: header only = a real zero; no personeel form
        schrijf("FIN/2024/incidenten.csv", StandardCharsets.UTF_8, "onderdeel,categorie\n");
        // BZK 2025
        schrijf("BZK/2025/incidenten.csv", StandardCharsets.UTF_8, "onderdeel,categorie\nDGOO,g\nDGOO,Ongewenste omgangsvormen\n");
        schrijf("BZK/2025/personeel.csv", StandardCharsets.UTF_8, "onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden\nDGOO,1600,44\n");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JbrIntegriteitApplication.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "run",
                "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("output").toString(),
                "--data", tmp.resolve("data").toString(),
                // the figures are worked out by hand from tiny files: disclosure control would hide them
                // (OnthullingPublicatieTest and AanvallerTest check the protection)
                "--jbr.onthulling.drempel", "1");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void meldingenPerMinisterie2024() throws IOException {
        List<String> regels = csv("2024/rijk/meldingen_per_ministerie.csv");
        assertThat(regels.get(0)).isEqualTo("ministerie_code,ministerie,meldingen,betrokkenen,aangetoond,percentage_aangetoond,"
                + "medewerkers,meldingen_per_1000_medewerkers,meldingen_vorig_jaar,opmerking");
        // AZ: no files at all -> empty figures, 'geen opgave'
        assertThat(regel(regels, "AZ")).isEqualTo("AZ,Ministerie van Algemene Zaken,,,,,,,,geen opgave");
        // BZK: 4 meldingen; betrokkenen 1+2+1+1(default) = 5; aangetoond = aangetoond + deels aangetoond = 2,
        // 2/4 = 50.0%; medewerkers 1200+300 = 1500; 4 * 1000 / 1500 = 2.666.. -> 2.7; no 2023 data
        assertThat(regel(regels, "BZK")).startsWith("BZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,4,5,2,50.0,1500,2.7,,");
        // FIN: header-only file = 0 meldingen (a real zero), percentage undefined, no staff figures
        assertThat(regel(regels, "FIN")).startsWith("FIN,Ministerie van Financiën,0,0,0,,,,,");
        // RIJK: 4 + 0 meldingen, 5 betrokkenen, 2 aangetoond = 50.0%; 1500 medewerkers; per 1000 over the
        // ministries with both forms (BZK only): 4 * 1000 / 1500 -> 2.7
        assertThat(regel(regels, "RIJK")).startsWith("RIJK,Rijk (totaal),4,5,2,50.0,1500,2.7,,");
        assertThat(regels.get(regels.size() - 1)).startsWith("RIJK,");
    }

    @Test
    void meldingenPerCategorie2024En2025() throws IOException {
        List<String> y2024 = csv("2024/rijk/meldingen_per_categorie.csv");
        // c 1/4 = 25.0, g 2/4 = 50.0, h 1/4 = 25.0, the others 0
        assertThat(y2024).containsExactly(
                "categorie_code,categorie,meldingen,percentage,meldingen_vorig_jaar",
                "a,Financiële schendingen,0,0.0,",
                "b,Misbruik positie en belangenverstrengeling,0,0.0,",
                "c,\"Lekken, misbruik en achterhouden van informatie\",1,25.0,",
                "d,Ongepaste communicatie,0,0.0,",
                "e,Misbruik bevoegdheden,0,0.0,",
                "f,Misbruik geweldsbevoegdheid,0,0.0,",
                "g,Ongewenste omgangsvormen,2,50.0,",
                "h,Misbruik bedrijfsmiddelen en overtreding interne regels,1,25.0,",
                "i,Misdragingen in de privésfeer,0,0.0,");
        // 2025: both BZK rows are g (2/2 = 100.0); previous year from 2024
        assertThat(regel(csv("2025/rijk/meldingen_per_categorie.csv"), "g")).isEqualTo("g,Ongewenste omgangsvormen,2,100.0,2");
        assertThat(regel(csv("2025/rijk/meldingen_per_categorie.csv"), "c"))
                .isEqualTo("c,\"Lekken, misbruik en achterhouden van informatie\",0,0.0,1");
    }

    @Test
    void nevenwerkzaamhedenRatioVanSommenEnAfrondingOpVijf() throws IOException {
        // 2024 BZK: (30 + 12) / (1200 + 300) = 42 / 1500 = 2.8% (the mean of 2.5% and 4.0% would be 3.25%)
        assertThat(regel(csv("2024/rijk/nevenwerkzaamheden_per_ministerie.csv"), "BZK")).startsWith("BZK,1500,42,2.8,,,");
        // 2025 BZK: 44 / 1600 = 2.75% -> 2.8 (half up); previous 2.8; exact difference 2.75 - 2.8 = -0.05 -> -0.1
        // (half away from zero), while the difference of the rounded figures would be 0.0
        assertThat(regel(csv("2025/rijk/nevenwerkzaamheden_per_ministerie.csv"), "BZK")).startsWith("BZK,1600,44,2.8,2.8,-0.1,");
        // per onderdeel 2024: DGOO 30 / 1200 = 2.5, Inspectie 12 / 300 = 4.0
        List<String> onderdelen = csv("2024/rijk/nevenwerkzaamheden_per_onderdeel.csv");
        assertThat(onderdelen).contains("BZK,DGOO,1200,30,2.5,", "BZK,Inspectie,300,12,4.0,");
    }

    @Test
    void alleenPubliceerbareRijenZonderPersoonsgegevens() throws IOException {
        // row 2 is publiceerbaar; row 4 is too, but names dhr. Jansen: never published
        assertThat(csv("2024/rijk/overzicht_incidenten.csv")).containsExactly(
                "ministerie_code,categorie,subcategorie,omschrijving,toelichting_afronding",
                "BZK,Ongewenste omgangsvormen,Seksuele intimidatie,Ongepaste opmerkingen tijdens een overleg.,");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.csv")))
                .contains("4,Omschrijving,,waarschuwing,PERSOONSGEGEVENS_IN_TEKST");
        // the feedback page says how the file was read
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.html")))
                .contains("puntkomma-gescheiden, Windows-1252").contains("Geaccepteerd");
    }

    @Test
    void perMinisterieEnHtmlInNederlandseNotatie() throws IOException {
        assertThat(tmp.resolve("output/openbaar/2024/ministeries/BZK/meldingen_per_categorie.csv")).exists();
        assertThat(tmp.resolve("output/openbaar/2024/ministeries/AZ/index.html")).exists();
        assertThat(tmp.resolve("output/openbaar/2024/manifest.json")).content().contains("\"incidenten\"").contains("sha256")
                .doesNotContain("\"incidenten.csv\"");
        String html = Files.readString(tmp.resolve("output/openbaar/2024/index.html"));
        assertThat(html).contains("lang=\"nl\"").contains("1.500").contains("50,0%").contains("2,8%").contains("geen opgave")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    private static List<String> csv(String pad) throws IOException {
        return Files.readAllLines(tmp.resolve("output/openbaar").resolve(pad), StandardCharsets.UTF_8);
    }

    private static String regel(List<String> regels, String sleutel) {
        return regels.stream().filter(r -> r.startsWith(sleutel + ",")).findFirst().orElseThrow(() -> new AssertionError(sleutel + " ontbreekt"));
    }

    private static void schrijf(String pad, Charset charset, String inhoud) throws IOException {
        Path p = tmp.resolve("input").resolve(pad);
        Files.createDirectories(p.getParent());
        Files.write(p, inhoud.getBytes(charset));
    }
}
