package nl.jbr.integriteit.publish;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.onthulling.IntervalAudit;
import nl.jbr.integriteit.onthulling.Onthullingsbeheersing;
import nl.jbr.integriteit.onthulling.SuppressionPlanner;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.ReferenceData;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.uitvoer.Templates;

/**
 * Small, hand-made contents of the raw tables, as the ingest step would leave them. Every expected
 * figure in the tests is derived from this description:
 *
 * <pre>
 * 2024
 *   BZK  incidenten.csv v1 (id 1) accepted, 16 meldingen (lines 2..17):
 *          categorie a: line 2; b: 3,4; g: 5..10 (6); h: 11..17 (7)
 *          uitkomst: 2 aangetoond, 3 deels aangetoond, 4..7 niet aangetoond (4), 8..17 onbekend (10)
 *          soort_incident: 4,5 misstand, others integriteitsschending (14)
 *          aantal_betrokkenen: line 4 = 3, others 1  -> 15 + 3 = 18
 *          afdoening: 2 waarschuwing, others onbekend (15); soort_onderzoek: all onbekend
 *          onderdeel: 2..11 "Directie A" (10), 12,13 "  directie a " (2), 14..17 "<script>alert(1)</script>" (4)
 *          line 2 publiceerbaar, not gevoelig, omschrijving "=1+1 onderzocht"; line 3 publiceerbaar but gevoelig;
 *          others not publiceerbaar
 *        personeel.csv v1 (id 2) accepted: Directie A 800 medewerkers / 100 nevenwerkzaamheden,
 *          Directie B 12000 / 50  -> 12800 / 150
 *   FIN  incidenten.csv v1 (id 3) rejected, nothing else                       -> 'opgave afgekeurd'
 *   DEF  incidenten.csv v1 (id 4) accepted, 3 meldingen (categorie c, onderdeel Staf, intern, lopend,
 *          lopend; line 2 publiceerbaar "Lek"); v2 (id 5) rejected and present now -> v1 stays in force;
 *          no personeel file
 *   OCW  incidenten.csv (id 6) accepted header-only (0 meldingen); personeel.csv (id 7): OCW-kern 1000 / 25
 *   all other ministries valid in 2024: no files                                -> 'geen opgave'
 * 2023
 *   BZK  incidenten.csv (id 8) accepted, 8 meldingen: a x3, g x5
 *        personeel.csv (id 9): "directie a" 800 / 80, Directie B 12000 / 102   -> 12800 / 182
 * </pre>
 */
final class PublishFixture {

    private static final SqlQueries QUERIES = new SqlQueries("classpath:jobs/", SqlModels.JOB);

    private final Warehouse warehouse;

    PublishFixture(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The moment every fixture publication says it was made (2025-02-01 02:00 UTC), so its bytes are reproducible. */
    static final Clock KLOK = Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC);

    /** A publisher over the packaged job folder at {@link #KLOK}. */
    static Publisher publisher() {
        return publisher("classpath:jobs/", KLOK);
    }

    /**
     * Loads the fixture, computes it with threshold {@code drempel} ({@link #build(int)}) and publishes 2024 under
     * {@code output} as run {@code run1}; returns the year folder.
     */
    Path publiceer2024(int drempel, Path output) throws SQLException {
        load();
        build(drempel);
        return publisher().publish(warehouse, 2024, output, "run1");
    }

    /**
     * A publisher over the job folder at {@code jobsLocation}, wired as the application wires it, but without the
     * chapter (its PDF would cost seconds per publication here; {@link HoofdstukTest} publishes it).
     */
    static Publisher publisher(String jobsLocation, Clock clock) {
        return new Publisher(new SqlQueries(jobsLocation, SqlModels.JOB), new TableCatalog(jobsLocation),
                new Templates(jobsLocation), clock, false);
    }

    /** A publisher over the packaged job folder at {@link #KLOK}, with the chapter. */
    static Publisher publisherMetHoofdstuk() {
        return new Publisher(new SqlQueries("classpath:jobs/", SqlModels.JOB), new TableCatalog("classpath:jobs/"),
                new Templates("classpath:jobs/"), KLOK, true);
    }

    /**
     * Computes the marts from the loaded fixture and runs disclosure control with threshold {@code drempel}, as the
     * berekening and onthulling steps do ({@code 1}: protection off, so the hand-computed figures show).
     */
    void build(int drempel) {
        new MartBuilder(new SqlModels("classpath:jobs/"),
                new ReferenceData(SchemaSource.embedded(), QUERIES), new Formulieren(SchemaSource.embedded())).build(warehouse, drempel);
        IntervalAudit audit = new IntervalAudit();
        new Onthullingsbeheersing(QUERIES, new SuppressionPlanner(audit), audit).beveilig(warehouse, drempel);
    }

    void build() {
        build(1);
    }

    void load() throws SQLException {
        new SqlModels("classpath:jobs/").createSources(warehouse, SqlModels.JOB);
        versie(1, "BZK", 2024, "incidenten.csv", 1, "incidenten", "geaccepteerd", 16);
        versie(2, "BZK", 2024, "personeel.csv", 1, "personeel", "geaccepteerd", 2);
        versie(3, "FIN", 2024, "incidenten.csv", 1, "incidenten", "afgekeurd", 0);
        versie(4, "DEF", 2024, "incidenten.csv", 1, "incidenten", "geaccepteerd", 3);
        versie(5, "DEF", 2024, "incidenten.csv", 2, "incidenten", "afgekeurd", 0);
        versie(6, "OCW", 2024, "incidenten.csv", 1, "incidenten", "geaccepteerd", 0);
        versie(7, "OCW", 2024, "personeel.csv", 1, "personeel", "geaccepteerd", 1);
        versie(8, "BZK", 2023, "incidenten.csv", 1, "incidenten", "geaccepteerd", 8);
        versie(9, "BZK", 2023, "personeel.csv", 1, "personeel", "geaccepteerd", 2);
        for (long[] scan : new long[][] {{1}, {2}, {3}, {5}, {6}, {7}, {8}, {9}}) {
            warehouse.execute("INSERT INTO scan_bestand SELECT ministerie, jaar, bestandsnaam, versie_id, grootte, 0 "
                    + "FROM bestandsversie WHERE versie_id = " + scan[0]);
        }

        // BZK 2024
        melding(1, 2, "Directie A", "integriteitsschending", "a", "Fraude", 1, "onbekend", "aangetoond", "waarschuwing",
                true, false, "=1+1 onderzocht", "afgerond");
        melding(1, 3, "Directie A", "integriteitsschending", "b", null, 1, "onbekend", "deels aangetoond", "onbekend",
                true, true, "Jan Jansen van de afdeling X", null);
        melding(1, 4, "Directie A", "misstand", "b", null, 3, "onbekend", "niet aangetoond", "onbekend",
                false, false, "niet publiek", null);
        melding(1, 5, "Directie A", "misstand", "g", null, 1, "onbekend", "niet aangetoond", "onbekend",
                false, false, null, null);
        for (int regel = 6; regel <= 17; regel++) {
            String categorie = regel <= 10 ? "g" : "h";
            String uitkomst = regel <= 7 ? "niet aangetoond" : "onbekend";
            String onderdeel = regel <= 11 ? "Directie A" : regel <= 13 ? "  directie a " : "<script>alert(1)</script>";
            melding(1, regel, onderdeel, "integriteitsschending", categorie, null, 1, "onbekend", uitkomst, "onbekend",
                    false, false, null, null);
        }
        personeel(2, 2, "Directie A", 800, 100);
        personeel(2, 3, "Directie B", 12000, 50);
        // DEF 2024, version 1 (in force)
        melding(4, 2, "Staf", "integriteitsschending", "c", null, 1, "intern", "lopend", "lopend", true, false, "Lek", null);
        melding(4, 3, "Staf", "integriteitsschending", "c", null, 1, "intern", "lopend", "lopend", false, false, null, null);
        melding(4, 4, "Staf", "integriteitsschending", "c", null, 1, "intern", "lopend", "lopend", false, false, null, null);
        // OCW 2024: header-only incidenten file (no rows), one onderdeel
        personeel(7, 2, "OCW-kern", 1000, 25);
        // BZK 2023
        for (int regel = 2; regel <= 9; regel++) {
            melding(8, regel, "Directie A", "integriteitsschending", regel <= 4 ? "a" : "g", null, 1, "onbekend",
                    "onbekend", "onbekend", false, false, null, null);
        }
        personeel(9, 2, "directie a", 800, 80);
        personeel(9, 3, "Directie B", 12000, 102);
    }

    private void versie(long id, String ministerie, int jaar, String naam, int versie, String formulier,
            String status, long regels) throws SQLException {
        try (PreparedStatement insert = warehouse.connection().prepareStatement(
                "INSERT INTO bestandsversie (versie_id, ministerie, jaar, bestandsnaam, versie, sha256, grootte, formulier, status, "
                + "gegevensregels, geladen_regels, fouten, waarschuwingen, archiefpad, ontvangen_op, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, 100, ?, ?, ?, ?, ?, 0, ?, TIMESTAMP '2025-01-15 10:00:00', 1)")) {
            insert.setLong(1, id);
            insert.setString(2, ministerie);
            insert.setInt(3, jaar);
            insert.setString(4, naam);
            insert.setInt(5, versie);
            insert.setString(6, "sha" + id);
            insert.setString(7, formulier);
            insert.setString(8, status);
            insert.setLong(9, status.equals("afgekeurd") ? 5 : regels);
            insert.setLong(10, regels);
            insert.setInt(11, status.equals("afgekeurd") ? 1 : 0);
            insert.setString(12, "archief/" + id);
            insert.executeUpdate();
        }
    }

    void melding(long versie, long regel, String onderdeel, String soort, String categorie, String sub,
            int betrokkenen, String onderzoek, String uitkomst, String afdoening, boolean publiceerbaar,
            boolean gevoelig, String omschrijving, String toelichting) throws SQLException {
        try (PreparedStatement insert = warehouse.connection().prepareStatement(
                "INSERT INTO melding_ruw VALUES (?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 'onbekend', ?, ?, ?, ?)")) {
            insert.setLong(1, versie);
            insert.setLong(2, regel);
            insert.setString(3, onderdeel);
            insert.setString(4, soort);
            insert.setString(5, categorie);
            setText(insert, 6, sub);
            insert.setInt(7, betrokkenen);
            insert.setString(8, onderzoek);
            insert.setString(9, uitkomst);
            insert.setString(10, afdoening);
            setText(insert, 11, omschrijving);
            setText(insert, 12, toelichting);
            insert.setBoolean(13, publiceerbaar);
            insert.setBoolean(14, gevoelig);
            insert.executeUpdate();
        }
    }

    private void personeel(long versie, long regel, String onderdeel, long medewerkers, long nevenwerkzaamheden)
            throws SQLException {
        try (PreparedStatement insert = warehouse.connection().prepareStatement(
                "INSERT INTO personeel_ruw VALUES (?, ?, ?, ?, NULL, ?)")) {
            insert.setLong(1, versie);
            insert.setLong(2, regel);
            insert.setString(3, onderdeel);
            insert.setLong(4, medewerkers);
            insert.setLong(5, nevenwerkzaamheden);
            insert.executeUpdate();
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
