package nl.jbr.integriteit.vijandig;

import static nl.jbr.integriteit.ingest.xlsx.TestWerkmap.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;

/**
 * Issue 22 item 4, one form per ministry and year: two accepted files of the same form for the same ministry and year
 * (whatever their format or name; a workbook sheet is a file of its form) both count only when they clearly complement
 * each other; otherwise the later one (received in a later run, else later by name) is a fout that names the earlier
 * one, and does not count. Complementary: no onderdeel in both (personeel, kengetallen); for incidenten no onderdeel in
 * both, or every melding of both files numbered and no volgnummer in both (docs/contract.md, section 2).
 */
class EenFormulierEenBestandTest {

    @TempDir
    Path tmp;

    // by hand: BZK 2025 risicofuncties 600 + 6 = 606, meldingsplichtigen 40 + 2 = 42, gesprekken 25
    private static final String KENGETALLEN = "onderdeel;risicofuncties;meldingsplichtigen;gesprekken_vertrouwenspersonen\n"
            + "DGOO;600;40;20\nIOO;6;2;5\n";
    private static final String PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\nIOO;50;1\n";

    private static TestWerkmap kengetallenWerkmap() {
        return new TestWerkmap().blad("Kengetallen", rij(1, "Onderdeel", "Risicofuncties", "Meldingsplichtigen",
                "Gesprekken vertrouwenspersonen"), rij(2, "DGOO", 600, 40, 20), rij(3, "IOO", 6, 2, 5));
    }

    @Test
    void kengetallenAlsCsvEnAlsWerkmapTellenEenKeer() throws IOException {
        Path root = tmp.resolve("r");
        schrijf(root, "BZK/2025/personeel.csv", PERSONEEL);
        schrijf(root, "BZK/2025/kengetallen.csv", KENGETALLEN);
        kengetallenWerkmap().schrijf(root.resolve("input/BZK/2025/kengetallen.xlsx"));
        run(root);

        assertThat(rijen(root, 2025, "financiele_belangen_per_ministerie").get("BZK")).startsWith("606,42,");
        assertThat(rijen(root, 2025, "financiele_belangen_per_ministerie").get("RIJK")).startsWith("606,42,");
        assertThat(rijen(root, 2025, "vertrouwenspersonen_per_ministerie").get("BZK")).startsWith(",,25,");
        // the later by name ('kengetallen.xlsx') is the fout, naming the earlier; the earlier has nothing to hear
        assertThat(terugmelding(root, "BZK", "kengetallen")).doesNotContain(",fout,");
        // (the feedback of the workbook is 'kengetallen (2)': the CSV took the name 'kengetallen')
        assertThat(terugmelding(root, "BZK", "kengetallen (2)"))
                .contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("Dit formulier (kengetallen) is voor BZK 2025 al ingeleverd in 'kengetallen.csv'");

        // the earlier file removed: the workbook counts, without a fout (the folder is the truth)
        Files.delete(root.resolve("input/BZK/2025/kengetallen.csv"));
        run(root);
        assertThat(rijen(root, 2025, "financiele_belangen_per_ministerie").get("BZK")).startsWith("606,42,");
        assertThat(terugmelding(root, "BZK", "kengetallen")).doesNotContain(",fout,").doesNotContain("FORMULIER_AL_INGELEVERD");
    }

    @Test
    void incidentenAlsCsvEnAlsWerkmapZonderVolgnummerTellenEenKeer() throws IOException {
        Path root = tmp.resolve("r");
        schrijf(root, "VWS/2025/personeel.csv", PERSONEEL);
        schrijf(root, "VWS/2025/meldingen.csv", "onderdeel;categorie\nDGOO;g\nDGOO;h\nIOO;a\n");
        new TestWerkmap().blad("Incidenten", rij(1, "Onderdeel", "Categorie"), rij(2, "DGOO", "g"), rij(3, "DGOO", "h"),
                rij(4, "IOO", "a")).schrijf(root.resolve("input/VWS/2025/meldingen.xlsx"));
        run(root);

        // by hand: 3 meldingen, not 6
        assertThat(rijen(root, 2025, "meldingen_per_ministerie").get("VWS")).startsWith("Ministerie van Volksgezondheid, Welzijn en Sport,3,");
        assertThat(terugmelding(root, "VWS", "meldingen (2)")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'meldingen.csv'").contains("volgnummer");
        assertThat(terugmelding(root, "VWS", "meldingen")).doesNotContain(",fout,");
    }

    @Test
    void tweePersoneelsbestandenMetHetzelfdeOnderdeelTellenNietAllebei() throws IOException {
        Path root = tmp.resolve("r");
        schrijf(root, "BZK/2025/personeel.csv", PERSONEEL);
        schrijf(root, "BZK/2025/personeel v2.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nIOO;60;1\n dgoo ;1100;12\n");
        run(root);
        // by hand: 1000 + 50 = 1050 medewerkers, 10 + 1 = 11 nevenwerkzaamheden (personeel.csv alone)
        assertThat(rijen(root, 2025, "nevenwerkzaamheden_per_ministerie").get("BZK")).startsWith("1050,11,");
        assertThat(terugmelding(root, "BZK", "personeel v2")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'personeel.csv'");
    }

    @Test
    void bestandenDieElkaarAanvullenTellenAllebei() throws IOException {
        Path root = tmp.resolve("r");
        // staff and kengetallen by onderdeel in two files each
        schrijf(root, "BZK/2025/personeel DGOO.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\n");
        schrijf(root, "BZK/2025/personeel IOO.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nIOO;50;1\n");
        schrijf(root, "BZK/2025/kengetallen DGOO.csv", "onderdeel;risicofuncties\nDGOO;600\n");
        new TestWerkmap().blad("Kengetallen", rij(1, "Onderdeel", "Risicofuncties"), rij(2, "IOO", 6))
                .schrijf(root.resolve("input/BZK/2025/kengetallen IOO.xlsx"));
        // incidents of one onderdeel by month, every melding numbered, no number twice
        schrijf(root, "BZK/2025/incidenten januari.csv", "volgnummer;onderdeel;categorie\nZ-1;DGOO;g\nZ-2;DGOO;h\n");
        schrijf(root, "BZK/2025/incidenten februari.csv", "volgnummer;onderdeel;categorie\nZ-3;DGOO;a\n");
        // FIN: incidents by dienst without numbers
        schrijf(root, "FIN/2025/personeel.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDouane;500;5\nToeslagen;300;3\n");
        schrijf(root, "FIN/2025/incidenten Douane.csv", "onderdeel;categorie\nDouane;g\nDouane;b\n");
        schrijf(root, "FIN/2025/incidenten Toeslagen.csv", "onderdeel;categorie\nToeslagen;c\n");
        run(root);

        assertThat(rijen(root, 2025, "nevenwerkzaamheden_per_ministerie").get("BZK")).startsWith("1050,11,");
        assertThat(rijen(root, 2025, "financiele_belangen_per_ministerie").get("BZK")).startsWith("606,");
        assertThat(rijen(root, 2025, "meldingen_per_ministerie").get("BZK")).contains(",3,");
        assertThat(rijen(root, 2025, "meldingen_per_ministerie").get("FIN")).startsWith("Ministerie van Financiën,3,");
        Publicatie.terugmeldingenCsv(root).forEach((pad, csv) -> assertThat(csv).as(pad).doesNotContain(",fout,")
                .doesNotContain("FORMULIER_AL_INGELEVERD"));

        // a new version of the February file also holds Z-2: no longer complementary; received later, it gives way to
        // 'incidenten januari.csv', and its first version (Z-3 only) stays in force: still 3 meldingen
        schrijf(root, "BZK/2025/incidenten februari.csv", "volgnummer;onderdeel;categorie\nZ-3;DGOO;a\nZ-2;DGOO;h\n");
        run(root);
        assertThat(terugmelding(root, "BZK", "incidenten januari")).doesNotContain(",fout,");
        assertThat(terugmelding(root, "BZK", "incidenten februari")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("'incidenten januari.csv'").contains("volgnummer 'Z-2'");
        assertThat(rijen(root, 2025, "meldingen_per_ministerie").get("BZK")).contains(",3,");
        assertThat(Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "incidenten februari")
                .resolveSibling("incidenten februari.html"))).contains("versie 1").contains("blijft in gebruik");
    }

    @Test
    void hetLaterOntvangenBestandIsDeFoutOokAlsZijnNaamEerderKomt() throws IOException {
        Path root = tmp.resolve("r");
        schrijf(root, "BZK/2025/personeel.csv", PERSONEEL);
        schrijf(root, "BZK/2025/b kengetallen.csv", KENGETALLEN);
        run(root);
        schrijf(root, "BZK/2025/a kengetallen.csv", "onderdeel;risicofuncties\nDGOO;1\n");
        run(root);
        assertThat(rijen(root, 2025, "financiele_belangen_per_ministerie").get("BZK")).startsWith("606,42,");
        assertThat(terugmelding(root, "BZK", "a kengetallen")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'b kengetallen.csv'").contains("DGOO");
        assertThat(terugmelding(root, "BZK", "b kengetallen")).doesNotContain(",fout,");
    }

    @Test
    void eenCorrectieDieMetEenAnderBestandBotstLaatDeVorigeVersieInGebruik() throws IOException {
        Path root = tmp.resolve("r");
        schrijf(root, "BZK/2025/personeel a.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\n");
        schrijf(root, "BZK/2025/personeel b.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nIOO;50;1\n");
        run(root);
        assertThat(rijen(root, 2025, "nevenwerkzaamheden_per_ministerie").get("BZK")).startsWith("1050,11,");

        // 'personeel a.csv' corrected, now also holding IOO (in 'personeel b.csv', received earlier)
        schrijf(root, "BZK/2025/personeel a.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1200;12\nIOO;70;2\n");
        run(root);
        assertThat(rijen(root, 2025, "nevenwerkzaamheden_per_ministerie").get("BZK")).startsWith("1050,11,");
        assertThat(terugmelding(root, "BZK", "personeel a")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'personeel b.csv'").contains("IOO");
        assertThat(Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "personeel a").resolveSibling("personeel a.html")))
                .contains("versie 1").contains("blijft in gebruik");
        assertThat(terugmelding(root, "BZK", "personeel b")).doesNotContain(",fout,");
    }

    private static String terugmelding(Path root, String ministerie, String stem) throws IOException {
        return Files.readString(Publicatie.terugmelding(root, ministerie, 2025, stem));
    }

    /** A table of a year by ministry code: the other columns joined by commas. */
    static Map<String, String> rijen(Path root, int jaar, String tabel) throws IOException {
        Map<String, String> rijen = new HashMap<>();
        try (Reader r = Files.newBufferedReader(Publicatie.rijk(root, jaar).resolve(tabel + ".csv"));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            for (CSVRecord rec : p) {
                rijen.put(rec.get(0), String.join(",", rec.toList().subList(1, rec.size())));
            }
        }
        return rijen;
    }

    private static void run(Path root) {
        Pijplijn.run(root, "--jbr.onthulling.drempel", "1"); // a few rows: figures, not protection
    }

    private static void schrijf(Path root, String pad, String inhoud) throws IOException {
        Path p = root.resolve("input").resolve(pad);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud);
    }
}
