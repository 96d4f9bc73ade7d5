package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Appends the valid rows of one file version to the raw table of their form ({@code melding_ruw},
 * {@code personeel_ruw}, {@code kengetallen_ruw}, ...: {@link nl.jbr.integriteit.schema.Formulier#tabel()}), inside the
 * transaction of the caller: rows of a file that turns out to have a fout are rolled back with it.
 * <p>
 * The table's columns are read from the warehouse and each is filled <em>by name</em> from the row
 * ({@link FormulierRij#velden()}); {@code versie_id} and {@code regel} come from the version and the line. A column
 * the row has no value for is NULL. No column order is assumed anywhere, so a form needs no code here.
 */
final class WarehouseLader implements RijOntvanger, AutoCloseable {

    private final DuckDBConnection connection;
    private final long versieId;
    private final Map<String, Doel> doelen = new HashMap<>();
    private long geladen;

    /** One raw table: its appender and its columns (name, SQL type) in table order. */
    private record Doel(DuckDBAppender appender, List<String> namen, List<String> types) {
    }

    WarehouseLader(DuckDBConnection connection, long versieId) {
        this.connection = connection;
        this.versieId = versieId;
    }

    @Override
    public void rij(FormulierRij r) {
        try {
            Doel doel = doel(r.formulier().tabel());
            DuckDBAppender a = doel.appender();
            a.beginRow();
            for (int i = 0; i < doel.namen().size(); i++) {
                String naam = doel.namen().get(i);
                Object waarde = switch (naam) {
                    case "versie_id" -> versieId;
                    case "regel" -> r.regel();
                    default -> r.velden().get(naam);
                };
                append(a, doel.types().get(i), waarde);
            }
            a.endRow();
            geladen++;
        } catch (SQLException | ArithmeticException | ClassCastException e) {
            throw new WarehouseException("cannot load " + r.formulier().naam() + " row " + r.regel(), e);
        }
    }

    private Doel doel(String tabel) throws SQLException {
        Doel doel = doelen.get(tabel);
        if (doel == null) {
            List<String> namen = new ArrayList<>();
            List<String> types = new ArrayList<>();
            // a catalogue look-up, once per raw table and file, not a model: it stays beside the appender it configures
            try (PreparedStatement ps = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
                ps.setString(1, tabel);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        namen.add(rs.getString(1));
                        types.add(rs.getString(2));
                    }
                }
            }
            if (namen.isEmpty()) {
                throw new WarehouseException("raw table " + tabel + " does not exist", null);
            }
            doel = new Doel(connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tabel), namen, types);
            doelen.put(tabel, doel);
        }
        return doel;
    }

    /** Appends one value as the column's SQL type wants it. */
    private static void append(DuckDBAppender a, String type, Object waarde) throws SQLException {
        if (waarde == null) {
            a.appendNull();
        } else if (type.equals("BOOLEAN")) {
            boolean waar = waarde instanceof Boolean b ? b : "ja".equals(waarde);
            a.append(waar);
        } else if (type.equals("INTEGER")) {
            a.append(Math.toIntExact(((Number) waarde).longValue()));
        } else if (type.equals("BIGINT")) {
            a.append(((Number) waarde).longValue());
        } else if (type.startsWith("DECIMAL")) {
            int schaal = Integer.parseInt(type.replaceAll(".*,\\s*(\\d+)\\)", "$1"));
            a.append(((BigDecimal) waarde).setScale(schaal, RoundingMode.UNNECESSARY));
        } else if (type.equals("DATE")) {
            a.append((LocalDate) waarde);
        } else {
            a.append(waarde.toString());
        }
    }

    long geladen() {
        return geladen;
    }

    /** Flushes the appended rows into the transaction. */
    @Override
    public void close() {
        try {
            for (Doel doel : doelen.values()) {
                doel.appender().close();
            }
            doelen.clear();
        } catch (SQLException e) {
            throw new WarehouseException("cannot flush loaded rows", e);
        }
    }
}
