package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Kolom;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Appends the valid rows of one file version to the raw table of their form ({@code melding_ruw},
 * {@code personeel_ruw}, {@code kengetallen_ruw}, ...: {@link nl.jbr.integriteit.schema.Formulier#tabel()}), inside the
 * transaction of the caller: rows of a file that turns out to have a fout are rolled back with it.
 * <p>
 * The table's columns are read from the warehouse catalogue once per table and ingestion ({@link Kolommen}, shared by
 * the loaders of one run) and each is matched <em>by name</em> to the
 * form's stored columns ({@link nl.jbr.integriteit.schema.Kolom#veld()}); {@code versie_id} and {@code regel} come
 * from the version and the line, {@code gevoelige_tekst} from the screening. A column the row has no value for is
 * NULL. No column order is assumed anywhere, so a form needs no code here; the matching is worked out once, so a
 * row costs one pass over an array.
 */
final class WarehouseLader implements RijOntvanger, AutoCloseable {

    private final DuckDBConnection connection;
    private final long versieId;
    private final Set<String> herkend;
    private final Kolommen kolommen;
    private final Map<String, Doel> doelen = new HashMap<>();
    private long geladen;

    /**
     * One raw table: its appender and, per table column in table order, where its value comes from (an index into
     * {@link FormulierRij#waarden()}, or one of the {@code BRON_} constants) and how it is appended.
     */
    private record Doel(DuckDBAppender appender, int[] bron, Soort[] soorten, int[] schalen) {
    }

    private static final int BRON_VERSIE = -1;
    private static final int BRON_REGEL = -2;
    private static final int BRON_GEVOELIG = -3;
    private static final int BRON_GEEN = -4;

    /** How a value is appended, by the column's SQL type. */
    private enum Soort { BOOLEAN, INTEGER, BIGINT, DECIMAL, DATE, TEXT }

    WarehouseLader(DuckDBConnection connection, long versieId) {
        this(connection, versieId, new HashSet<>(), new Kolommen());
    }

    WarehouseLader(DuckDBConnection connection, long versieId, Set<String> herkend, Kolommen kolommen) {
        this.connection = connection;
        this.versieId = versieId;
        this.herkend = herkend;
        this.kolommen = kolommen;
    }

    /**
     * The columns (name and SQL type, in table order) of the raw tables, read from the catalogue on first use and then
     * kept: the catalogue look-up ({@code information_schema.columns}) costs a few milliseconds, once per file and table
     * it was a tenth of the ingestion of the example (213 files). A raw table is only created, never altered, while
     * the application runs ({@code warehouse/RuweTabellen}: CREATE TABLE IF NOT EXISTS before the ingestion), and
     * {@link #vergeet()} at the start of every ingestion reads them afresh anyway. Safe from several threads: two that
     * miss at once both read the same catalogue.
     */
    static final class Kolommen {

        private final Map<String, Tabel> tabellen = new ConcurrentHashMap<>();

        /** The column names and SQL types of one table, in table order. */
        private record Tabel(List<String> namen, List<String> types) {
        }

        /** Forgets what was read: the next look-up reads the catalogue again. */
        void vergeet() {
            tabellen.clear();
        }

        private Tabel van(DuckDBConnection connection, String tabel) throws SQLException {
            Tabel bekend = tabellen.get(tabel);
            if (bekend != null) {
                return bekend;
            }
            List<String> namen = new ArrayList<>();
            List<String> types = new ArrayList<>();
            // a catalogue look-up, not a model: it stays beside the appender it configures
            Warehouse.jdbc(connection).sql("SELECT column_name, data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position").param(tabel).query(rs -> {
                namen.add(rs.getString(1));
                types.add(rs.getString(2));
            });
            Tabel gelezen = new Tabel(List.copyOf(namen), List.copyOf(types));
            if (!namen.isEmpty()) {
                tabellen.put(tabel, gelezen);
            }
            return gelezen;
        }
    }

    /** Remembers the form in {@code herkend}: a file that fails while it is loaded is still known to be of that form. */
    @Override
    public void formulier(Formulier formulier) {
        herkend.add(formulier.naam());
    }

    @Override
    public void rij(FormulierRij r) {
        try {
            Doel doel = doel(r.formulier());
            DuckDBAppender a = doel.appender();
            Object[] waarden = r.waarden();
            a.beginRow();
            for (int i = 0; i < doel.bron().length; i++) {
                int bron = doel.bron()[i];
                Object waarde = switch (bron) {
                    case BRON_VERSIE -> versieId;
                    case BRON_REGEL -> r.regel();
                    case BRON_GEVOELIG -> r.gevoeligeTekst();
                    case BRON_GEEN -> null;
                    default -> waarden[bron];
                };
                append(a, doel.soorten()[i], doel.schalen()[i], waarde);
            }
            a.endRow();
            geladen++;
        } catch (SQLException | ArithmeticException | ClassCastException e) {
            throw new WarehouseException("cannot load " + r.formulier().naam() + " row " + r.regel(), e);
        }
    }

    private Doel doel(Formulier formulier) throws SQLException {
        Doel doel = doelen.get(formulier.tabel());
        if (doel == null) {
            String tabel = formulier.tabel();
            Kolommen.Tabel kolommenVanTabel = kolommen.van(connection, tabel);
            List<String> namen = kolommenVanTabel.namen();
            List<String> types = kolommenVanTabel.types();
            if (namen.isEmpty()) {
                throw new WarehouseException("raw table " + tabel + " does not exist", null);
            }
            List<Kolom> opgeslagen = formulier.opgeslagen();
            int[] bron = new int[namen.size()];
            Soort[] soorten = new Soort[namen.size()];
            int[] schalen = new int[namen.size()];
            for (int i = 0; i < namen.size(); i++) {
                bron[i] = bron(namen.get(i), opgeslagen);
                String type = types.get(i);
                soorten[i] = switch (type) {
                    case "BOOLEAN" -> Soort.BOOLEAN;
                    case "INTEGER" -> Soort.INTEGER;
                    case "BIGINT" -> Soort.BIGINT;
                    case "DATE" -> Soort.DATE;
                    default -> type.startsWith("DECIMAL") ? Soort.DECIMAL : Soort.TEXT;
                };
                schalen[i] = soorten[i] == Soort.DECIMAL ? Integer.parseInt(type.replaceAll(".*,\\s*(\\d+)\\)", "$1")) : 0;
            }
            doel = new Doel(connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, tabel), bron, soorten, schalen);
            doelen.put(tabel, doel);
        }
        return doel;
    }

    /** Where the value of table column {@code naam} comes from. */
    private static int bron(String naam, List<Kolom> opgeslagen) {
        switch (naam) {
            case "versie_id":
                return BRON_VERSIE;
            case "regel":
                return BRON_REGEL;
            case "gevoelige_tekst":
                return BRON_GEVOELIG;
            default:
                int positie = FormulierRij.positie(opgeslagen, naam);
                return positie < 0 ? BRON_GEEN : positie;
        }
    }

    /** Appends one value as the column's SQL type wants it. */
    private static void append(DuckDBAppender a, Soort soort, int schaal, Object waarde) throws SQLException {
        if (waarde == null) {
            a.appendNull();
            return;
        }
        switch (soort) {
            case BOOLEAN -> {
                boolean waar = waarde instanceof Boolean b ? b : "ja".equals(waarde);
                a.append(waar);
            }
            case INTEGER -> a.append(Math.toIntExact(((Number) waarde).longValue()));
            case BIGINT -> a.append(((Number) waarde).longValue());
            case DECIMAL -> a.append(((BigDecimal) waarde).setScale(schaal, RoundingMode.UNNECESSARY));
            case DATE -> a.append((LocalDate) waarde);
            case TEXT -> a.append(waarde.toString());
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
