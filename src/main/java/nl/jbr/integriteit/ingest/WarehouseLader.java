package nl.jbr.integriteit.ingest;

import java.sql.SQLException;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Appends the valid rows of one file version to {@code melding_ruw} / {@code personeel_ruw}, inside the
 * transaction of the caller: rows of a file that turns out to have a fout are rolled back with it.
 */
final class WarehouseLader implements RijOntvanger, AutoCloseable {

    private final DuckDBConnection connection;
    private final long versieId;
    private DuckDBAppender meldingen;
    private DuckDBAppender personeel;
    private long geladen;

    WarehouseLader(DuckDBConnection connection, long versieId) {
        this.connection = connection;
        this.versieId = versieId;
    }

    @Override
    public void melding(MeldingRij r) {
        try {
            if (meldingen == null) {
                meldingen = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "melding_ruw");
            }
            meldingen.beginRow();
            meldingen.append(versieId);
            meldingen.append(r.regel());
            tekst(meldingen, r.volgnummer());
            meldingen.append(r.onderdeel());
            if (r.datumMelding() == null) {
                meldingen.appendNull();
            } else {
                meldingen.append(r.datumMelding());
            }
            meldingen.append(r.soortIncident());
            meldingen.append(r.categorieCode());
            tekst(meldingen, r.subcategorie());
            meldingen.append(r.aantalBetrokkenen());
            meldingen.append(r.soortOnderzoek());
            meldingen.append(r.uitkomst());
            meldingen.append(r.afdoening());
            meldingen.append(r.aangifte());
            tekst(meldingen, r.omschrijving());
            tekst(meldingen, r.toelichtingAfronding());
            meldingen.append(r.publiceerbaar());
            meldingen.append(r.gevoeligeTekst());
            meldingen.endRow();
            geladen++;
        } catch (SQLException e) {
            throw new WarehouseException("cannot load incident row " + r.regel(), e);
        }
    }

    @Override
    public void personeel(PersoneelRij r) {
        try {
            if (personeel == null) {
                personeel = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "personeel_ruw");
            }
            personeel.beginRow();
            personeel.append(versieId);
            personeel.append(r.regel());
            personeel.append(r.onderdeel());
            personeel.append(r.aantalMedewerkers());
            if (r.aantalFte() == null) {
                personeel.appendNull();
            } else {
                personeel.append(r.aantalFte().setScale(4, java.math.RoundingMode.UNNECESSARY));
            }
            personeel.append(r.aantalNevenwerkzaamheden());
            personeel.endRow();
            geladen++;
        } catch (SQLException | ArithmeticException e) {
            throw new WarehouseException("cannot load staff row " + r.regel(), e);
        }
    }

    long geladen() {
        return geladen;
    }

    /** Flushes the appended rows into the transaction. */
    @Override
    public void close() {
        try {
            if (meldingen != null) {
                meldingen.close();
            }
            if (personeel != null) {
                personeel.close();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot flush loaded rows", e);
        }
    }

    private static void tekst(DuckDBAppender appender, String waarde) throws SQLException {
        if (waarde == null) {
            appender.appendNull();
        } else {
            appender.append(waarde);
        }
    }
}
