package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * One file, one ministry (contract section 2, issue 10 item 4): a file whose content is already in force for another
 * ministry or year is a fout for the later one. Which one is first: the one whose version was received earliest;
 * among files new in the same run, ministry code, then year, then file name.
 */
class EenBestandEenMinisterieTest {

    @TempDir
    Path tmp;

    // by hand: BZK 100 + 20 = 120 medewerkers, 4 + 1 = 5 nevenwerkzaamheden, 2 meldingen; DEF 1000 / 30
    private static final String BZK_PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;100;4\nRijksvastgoedbedrijf;20;1\n";
    private static final String BZK_INCIDENTEN = "volgnummer;onderdeel;categorie\nB-1;DGOO;g\nB-2;DGOO;a\n";
    private static final String DEF_PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nCLAS;1000;30\n";

    @Test
    void eenKopieInDeMapVanEenAnderMinisterieTeltNiet() throws IOException {
        Path root = tmp.resolve("a");
        schrijf(root, "BZK/2025/personeel.csv", BZK_PERSONEEL);
        schrijf(root, "BZK/2025/incidenten.csv", BZK_INCIDENTEN);
        schrijf(root, "DEF/2025/personeel.csv", DEF_PERSONEEL);
        Pijplijn.run(root);
        assertThat(neven(root).get("RIJK")).startsWith("1120,35,");

        // VRO's coordinator copies BZK's files byte for byte into VRO/2025, and BZK's 2025 incidents into BZK/2024
        kopieer(root, "BZK/2025/personeel.csv", "VRO/2025/personeel.csv");
        kopieer(root, "BZK/2025/incidenten.csv", "VRO/2025/meldingen.csv");
        kopieer(root, "BZK/2025/incidenten.csv", "BZK/2024/incidenten.csv");
        Pijplijn.run(root);

        // BZK counts once: RIJK stays 120 + 1000 = 1120 medewerkers (not 1240), 5 + 30 = 35 nevenwerkzaamheden
        Map<String, String> neven = neven(root);
        assertThat(neven.get("BZK")).startsWith("120,5,");
        assertThat(neven.get("RIJK")).startsWith("1120,35,");
        assertThat(neven.get("VRO")).startsWith(",,").contains("opgave afgekeurd");
        assertThat(Files.readString(root.resolve("output/openbaar/2025/rijk/meldingen_per_ministerie.csv")))
                .contains("\nBZK,").doesNotContain("VRO,Ministerie van Volkshuisvesting en Ruimtelijke Ordening,2,");
        for (String f : new String[] {"VRO/2025/personeel", "VRO/2025/meldingen", "BZK/2024/incidenten"}) {
            String csv = Files.readString(root.resolve("output/terugmelding/" + f + ".csv"));
            assertThat(csv).as(f).contains(",fout,BESTAND_ELDERS_INGELEVERD,");
        }
        assertThat(Files.readString(root.resolve("output/terugmelding/VRO/2025/personeel.csv")))
                .contains("Dit bestand is al ingeleverd door BZK voor 2025 ('personeel.csv'");
        assertThat(Files.readString(root.resolve("output/terugmelding/BZK/2024/incidenten.csv")))
                .contains("Dit bestand is al ingeleverd door BZK voor 2025 ('incidenten.csv'");
        // BZK's own feedback is untouched
        assertThat(Files.readString(root.resolve("output/terugmelding/BZK/2025/personeel.csv"))).doesNotContain("fout");

        // the ingestion records each version on its own merits: VRO's copy is a valid file, accepted with its rows;
        // that it does not count is the staging models' decision alone (stg_bestand_kandidaat)
        assertThat(ledger(root, "SELECT status || ' ' || geladen_regels FROM bestandsversie "
                + "WHERE ministerie = 'VRO' AND bestandsnaam = 'personeel.csv'")).isEqualTo("geaccepteerd 2");
        assertThat(Pijplijn.run(root)).contains("6 gezien, 0 nieuw, 6 ongewijzigd, 3 geaccepteerd, 3 afgekeurd"); // BZK twice and DEF count, the three copies not
    }

    @Test
    void eenKopieLaatDeEerdereEigenVersieInGebruik() throws IOException {
        // contract 6.2: a file with a fout keeps its previous accepted version in force, also when the fout is that it
        // is a copy of another ministry's file. By hand: VRO's own file 50 medewerkers, 2 nevenwerkzaamheden
        Path root = tmp.resolve("terugval");
        schrijf(root, "BZK/2025/personeel.csv", BZK_PERSONEEL);
        schrijf(root, "VRO/2025/personeel.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGVH;50;2\n");
        Pijplijn.run(root);
        assertThat(neven(root).get("VRO")).startsWith("50,2,");
        kopieer(root, "BZK/2025/personeel.csv", "VRO/2025/personeel.csv");
        Pijplijn.run(root);
        // VRO's version 1 stays: RIJK = 120 + 50 medewerkers, 5 + 2 nevenwerkzaamheden (not BZK's 120 twice)
        assertThat(neven(root).get("VRO")).startsWith("50,2,");
        assertThat(neven(root).get("BZK")).startsWith("120,5,");
        assertThat(neven(root).get("RIJK")).startsWith("170,7,");
        assertThat(Files.readString(root.resolve("output/terugmelding/VRO/2025/personeel.csv")))
                .contains(",fout,BESTAND_ELDERS_INGELEVERD,").contains("al ingeleverd door BZK voor 2025");
        assertThat(Files.readString(root.resolve("output/terugmelding/VRO/2025/personeel.html")))
                .contains("versie 1").contains("blijft in gebruik")
                .contains("Geladen regels</dt><dd>0</dd>"); // its rows are in the warehouse, but none of them counts
        // BZK's inleverstatus counts the fout the feedback lists: status afgekeurd, version 1 still in force, 1 finding,
        // 1 fout, 0 waarschuwingen (the ledger itself holds no fout for this version: the models found it)
        assertThat(Files.readString(root.resolve("output/beheer/inleverstatus/2025.csv")))
                .containsPattern("\n2025,VRO,[^,]*,personeel,afgekeurd,ja,personeel\\.csv,2,[^,]*,1,1,0,");
    }

    @Test
    void eenEerdereVersieDieEldersNogStaatTeltEenKeer() throws IOException {
        // FIN's incidents file A falls back to its first version (its second has to give way to C, received earlier, for
        // melding F-2), while DEF's coordinator has dropped a byte-for-byte copy of that first version in DEF's folder.
        // The content counts once, for FIN, which received it first (contract 2); DEF's copy is told so.
        Path root = tmp.resolve("vangnet");
        String a1 = "volgnummer;onderdeel;categorie\nF-1;Douane;g\n";
        schrijf(root, "FIN/2025/A.csv", a1);
        schrijf(root, "FIN/2025/C.csv", "volgnummer;onderdeel;categorie\nF-2;Belastingdienst;a\n");
        Pijplijn.run(root);
        schrijf(root, "FIN/2025/A.csv", "volgnummer;onderdeel;categorie\nF-2;Belastingdienst;a\nF-3;Douane;b\n");
        schrijf(root, "DEF/2025/B.csv", a1);
        Pijplijn.run(root);
        // by hand: FIN = A version 1 (F-1) + C (F-2) = 2 meldingen; DEF none (its only file is FIN's F-1 again)
        assertThat(ledger(root, "SELECT string_agg(ministerie || '=' || n, ' ' ORDER BY ministerie) FROM "
                + "(SELECT ministerie, count(*) AS n FROM stg_melding WHERE jaar = 2025 GROUP BY ministerie)"))
                .isEqualTo("FIN=2");
        assertThat(Files.readString(root.resolve("output/terugmelding/DEF/2025/B.csv")))
                .contains(",fout,BESTAND_ELDERS_INGELEVERD,").contains("al ingeleverd door FIN voor 2025 ('A.csv'");
        assertThat(Files.readString(root.resolve("output/terugmelding/FIN/2025/A.csv"))).contains("FORMULIER_AL_INGELEVERD");
    }

    private static String ledger(Path root, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("data/warehouse.duckdb"));
             Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inEenRunBeslistDeMinisteriecodeEnVroegerOntvangenGaatVoor() throws IOException {
        // both new in one run: BZK before VRO (code order)
        Path samen = tmp.resolve("samen");
        schrijf(samen, "VRO/2025/personeel.csv", BZK_PERSONEEL);
        schrijf(samen, "BZK/2025/personeel.csv", BZK_PERSONEEL);
        Pijplijn.run(samen);
        assertThat(neven(samen).get("BZK")).startsWith("120,5,");
        assertThat(neven(samen).get("VRO")).startsWith(",,");
        assertThat(neven(samen).get("RIJK")).startsWith("120,5,");
        assertThat(Files.readString(samen.resolve("output/terugmelding/VRO/2025/personeel.csv")))
                .contains("al ingeleverd door BZK voor 2025");

        // VRO received first (an earlier run), BZK's copy later: VRO's counts, BZK's is the fout
        Path later = tmp.resolve("later");
        schrijf(later, "VRO/2025/personeel.csv", BZK_PERSONEEL);
        Pijplijn.run(later);
        schrijf(later, "BZK/2025/personeel.csv", BZK_PERSONEEL);
        Pijplijn.run(later);
        assertThat(neven(later).get("VRO")).startsWith("120,5,");
        assertThat(neven(later).get("BZK")).startsWith(",,");
        assertThat(Files.readString(later.resolve("output/terugmelding/BZK/2025/personeel.csv")))
                .contains("al ingeleverd door VRO voor 2025");
    }

    /** nevenwerkzaamheden_per_ministerie of 2025 by ministry code: the other columns joined by commas. */
    private static Map<String, String> neven(Path root) throws IOException {
        Map<String, String> rijen = new HashMap<>();
        try (Reader r = Files.newBufferedReader(root.resolve("output/openbaar/2025/rijk/nevenwerkzaamheden_per_ministerie.csv"));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            for (CSVRecord rec : p) {
                rijen.put(rec.get(0), String.join(",", rec.toList().subList(1, rec.size())));
            }
        }
        return rijen;
    }

    private static void schrijf(Path root, String pad, String inhoud) throws IOException {
        Path p = root.resolve("input").resolve(pad);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud);
    }

    private static void kopieer(Path root, String van, String naar) throws IOException {
        Path p = root.resolve("input").resolve(naar);
        Files.createDirectories(p.getParent());
        Files.copy(root.resolve("input").resolve(van), p, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    }
}
