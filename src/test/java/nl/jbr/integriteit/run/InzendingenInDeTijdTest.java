package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Submissions over several runs, end to end through the command line (issue 4 item 6, issue 2 item 8): a
 * corrected file replaces its predecessor, a rejected correction leaves the predecessor in force, a removed
 * file stops counting, an identical re-upload changes nothing, and every version stays in the archive.
 */
class InzendingenInDeTijdTest {

    @TempDir
    Path tmp;

    private static final String INCIDENTEN_V1 = """
            onderdeel;categorie
            DGOO;g
            DGOO;h
            Inspectie;c
            """;
    private static final String INCIDENTEN_V2 = INCIDENTEN_V1 + "Inspectie;a\n";
    private static final String INCIDENTEN_V3_KAPOT = INCIDENTEN_V2 + ";g\n"; // onderdeel missing on row 6
    private static final String PERSONEEL = """
            onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden
            DGOO;1200;30
            Inspectie;300;12
            """;

    @Test
    void correctieAfkeuringVerwijderingEnIdentiekeHeraanlevering() throws Exception {
        Path input = tmp.resolve("input");
        Path incidenten = input.resolve("BZK/2024/incidenten.csv");
        Path personeel = input.resolve("BZK/2024/personeel.csv");
        schrijf(incidenten, INCIDENTEN_V1);
        schrijf(personeel, PERSONEEL);
        schrijf(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nBelastingdienst;Overige zaken\n");
        schrijf(input.resolve("BZK/2O24/incidenten.csv"), INCIDENTEN_V1); // letter O: not a year, reported, not processed

        String uit = run();
        assertThat(uit).contains("3 gezien, 3 nieuw, 0 ongewijzigd, 2 geaccepteerd, 1 afgekeurd; 5 regels geladen");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(3);
        assertThat(inGebruik("BZK", "stg_personeel")).isEqualTo(2);
        assertThat(inGebruik("FIN", "stg_melding")).isZero();
        assertThat(feedback("FIN", "incidenten.csv")).contains("CATEGORIE_ONBEKEND");
        assertThat(tmp.resolve("output/beheer/genegeerd.csv")).content()
                .startsWith("pad,reden\n").contains("BZK/2O24/,'2O24' is geen jaartal van vier cijfers");

        // nothing changed: nothing processed again
        assertThat(run()).contains("3 gezien, 0 nieuw, 3 ongewijzigd, 2 geaccepteerd, 1 afgekeurd; 0 regels geladen");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(3);

        // a corrected file replaces its predecessor
        schrijf(incidenten, INCIDENTEN_V2);
        assertThat(run()).contains("1 nieuw, 2 ongewijzigd");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(4);

        // a rejected correction: version 2 stays in force, and the feedback says so
        schrijf(incidenten, INCIDENTEN_V3_KAPOT);
        assertThat(run()).contains("1 nieuw, 2 ongewijzigd, 1 geaccepteerd, 2 afgekeurd");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(4);
        assertThat(feedback("BZK", "incidenten.csv")).contains("6,").contains("WAARDE_ONTBREEKT");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.html")))
                .contains("versie 2").contains("blijft in gebruik");

        // a removed file stops counting
        Files.delete(personeel);
        assertThat(run()).contains("2 gezien, 0 nieuw");
        assertThat(inGebruik("BZK", "stg_personeel")).isZero();

        // an identical re-upload of version 2 changes nothing: it is that version again
        schrijf(incidenten, INCIDENTEN_V2);
        assertThat(run()).contains("0 nieuw, 2 ongewijzigd");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(4);

        // every version ever received is in the archive: BZK incidenten v1, v2, v3, personeel, FIN incidenten
        try (Stream<Path> archief = Files.walk(tmp.resolve("data/archief"))) {
            assertThat(archief.filter(Files::isRegularFile)).hasSize(5);
        }
        assertThat(telling("SELECT count(*) FROM bestandsversie WHERE ministerie = 'BZK' AND bestandsnaam = 'incidenten.csv'"))
                .isEqualTo(3);
    }

    @Test
    void eenKopieOnderEenAndereNaamTeltNietDubbel() throws Exception {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN_V1);
        schrijf(input.resolve("BZK/2024/kopie van incidenten.csv"), INCIDENTEN_V1);
        assertThat(run()).contains("1 geaccepteerd, 1 afgekeurd");
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(3);
        assertThat(feedback("BZK", "kopie van incidenten.csv")).contains("BESTAND_DUBBEL").contains("incidenten.csv");
    }

    @Test
    void eenEerderGeaccepteerdBestandDatLaterOnderEenAndereNaamTerugkomtTeltEenKeer() throws Exception {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/meldingen.csv"), INCIDENTEN_V1);
        run();
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(3);
        // the same content arrives under a name that sorts first: it counts, the older file no longer does
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN_V1);
        run();
        assertThat(inGebruik("BZK", "stg_melding")).isEqualTo(3);
        assertThat(feedback("BZK", "meldingen.csv")).contains("BESTAND_DUBBEL").contains("'incidenten.csv'");
    }

    @Test
    void eenRunZonderVeranderingenPubliceertNietOpnieuwMaarHerstelteenVerwijderdeUitvoer() throws Exception {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN_V1);
        run();
        Path tabel = tmp.resolve("output/openbaar/2024/rijk/meldingen_per_categorie.csv");
        java.nio.file.attribute.FileTime eerst = Files.getLastModifiedTime(tabel);
        byte[] inhoud = Files.readAllBytes(tabel);

        // only the modification time changes: the file is read again, found identical, nothing is republished
        Files.setLastModifiedTime(input.resolve("BZK/2024/incidenten.csv"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        // the job ends after inname (exit status ONGEWIJZIGD): berekening and publicatie do not run at all
        assertThat(run()).contains("0 nieuw, 1 ongewijzigd").contains("Niets veranderd sinds de vorige publicatie")
                .doesNotContain("STEP name=berekening").doesNotContain("STEP name=publicatie");
        assertThat(Files.getLastModifiedTime(tabel)).isEqualTo(eerst);

        // a deleted publication is written again although nothing changed in the drop folder
        try (Stream<Path> paden = Files.walk(tmp.resolve("output/openbaar/2024"))) {
            paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        run();
        assertThat(tabel).hasBinaryContent(inhoud);
    }

    private String run() {
        return Pijplijn.run(tmp);
    }

    @Test
    void eenGewijzigdBestandPubliceertAlleenDeJarenDieHetRaakt() throws Exception {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN_V1);
        schrijf(input.resolve("BZK/2025/incidenten.csv"), INCIDENTEN_V1);
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");
        // which run published a year: BZK's record of the publication (beheer/publicatie/<jaar>.json)
        Path manifest2024 = tmp.resolve("output/beheer/publicatie/2024.json");
        Path manifest2025 = tmp.resolve("output/beheer/publicatie/2025.json");
        assertThat(Files.readString(manifest2024)).contains("\"run_id\" : \"1\"");

        // a correction of 2025: 2024 is not republished (its manifest still names run 1)
        schrijf(input.resolve("BZK/2025/incidenten.csv"), INCIDENTEN_V1 + "Inspectie;c\n");
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");
        assertThat(Files.readString(manifest2024)).contains("\"run_id\" : \"1\"");
        assertThat(Files.readString(manifest2025)).contains("\"run_id\" : \"2\"");

        // a correction of 2024 (not byte-identical to the 2025 file, which would count only once): 2025 shows 2024
        // as meldingen_vorig_jaar, so both are republished
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN_V2);
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");
        assertThat(Files.readString(manifest2024)).contains("\"run_id\" : \"3\"");
        assertThat(Files.readString(manifest2025)).contains("\"run_id\" : \"3\"");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2025/rijk/meldingen_per_ministerie.csv")))
                .contains("BZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,4,4,0,0.0,,,4,");
    }

    private long inGebruik(String ministerie, String view) throws SQLException {
        return telling("SELECT count(*) FROM " + view + " WHERE ministerie = '" + ministerie + "'");
    }

    private long telling(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("data/warehouse.duckdb"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String feedback(String ministerie, String bestand) throws IOException {
        return Files.readString(tmp.resolve("output/terugmelding/" + ministerie + "/2024/" + bestand.replace(".csv", "") + ".csv"));
    }

    private static void schrijf(Path p, String inhoud) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud, StandardCharsets.UTF_8);
    }
}
