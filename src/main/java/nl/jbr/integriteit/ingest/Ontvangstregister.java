package nl.jbr.integriteit.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Iterator;
import java.util.stream.Stream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * The ledger of received file versions in the warehouse ({@code bestandsversie}, {@code bevinding},
 * {@code scan_bestand}). Every version is recorded together with its findings and its rows in one
 * transaction, so a crash never leaves a half-recorded version. That recording works on the connection of the
 * caller's transaction (plain JDBC and the appender); the reads outside it go through {@link Warehouse#jdbc()}.
 */
public final class Ontvangstregister {

    private final Warehouse warehouse;
    private final SqlQueries queries;

    public Ontvangstregister(Warehouse warehouse, SqlQueries queries) {
        this.warehouse = warehouse;
        this.queries = queries;
    }

    /** A recorded version. */
    public record Versie(long versieId, int versie, String status, String formulier) {
        public boolean geaccepteerd() {
            return "geaccepteerd".equals(status);
        }
    }

    /** The data of a new version, for {@link #vastleggen}. */
    public record NieuweVersie(AangeleverdBestand bestand, String sha256, long grootte, String archiefpad,
                               ValidatieResultaat resultaat, long geladenRegels, long runId) {
    }

    /** A row of a query returning versie_id, versie, status, formulier. */
    private static final RowMapper<Versie> VERSIE = (rs, i) -> new Versie(rs.getLong(1), rs.getInt(2), rs.getString(3),
            rs.getString(4));

    /**
     * Every recorded version, by {@link #sleutel} of its file and content: which files of a scan were seen before, in
     * one query instead of one per file.
     */
    public Map<String, Versie> bekendeVersies() {
        Map<String, Versie> bekend = new HashMap<>();
        warehouse.jdbc().sql(queries.get("versies_bekend")).query(rs -> {
            bekend.put(sleutel(rs.getString("ministerie"), rs.getInt("jaar"), rs.getString("bestandsnaam"),
                    rs.getString("sha256")), VERSIE.mapRow(rs, 0));
        });
        return bekend;
    }

    /** The key of a file with this content in {@link #bekendeVersies}. */
    public static String sleutel(String ministerie, int jaar, String bestandsnaam, String sha256) {
        return ministerie + "/" + jaar + "/" + bestandsnaam + "/" + sha256;
    }

    /** The latest recorded version of this file name, if any (for a file that cannot be read consistently now). */
    public Optional<Versie> laatste(AangeleverdBestand bestand) {
        return warehouse.jdbc().sql(queries.get("versie_laatste"))
                .params(bestand.ministerie(), bestand.jaar(), bestand.bestandsnaam())
                .query(VERSIE).list().stream().findFirst();
    }

    /**
     * Records a new version inside the current transaction of connection {@code c}: the caller has begun it
     * (and loaded the rows, when accepted) and commits or rolls back.
     */
    public Versie vastleggen(Connection c, long versieId, NieuweVersie nieuw) {
        AangeleverdBestand b = nieuw.bestand();
        ValidatieResultaat r = nieuw.resultaat();
        int versie = volgendVersienummer(c, b);
        String status = r.geaccepteerd() ? "geaccepteerd" : "afgekeurd";
        try {
            Warehouse.jdbc(c).sql(queries.get("versie_vastleggen")).params(versieId, b.ministerie(), b.jaar(),
                    b.bestandsnaam(), versie, nieuw.sha256(), nieuw.grootte(), r.formulier(), r.dialect(), status,
                    r.gegevensregels(), nieuw.geladenRegels(), (long) r.fouten(), (long) r.waarschuwingen(),
                    nieuw.archiefpad(), Timestamp.valueOf(LocalDateTime.now()), nieuw.runId()).update();
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot record version of " + b.weergave(), e);
        }
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "bevinding")) {
            int volgnr = 0;
            for (Bevinding f : r.bevindingen()) {
                appender.beginRow();
                appender.append(versieId);
                appender.append(++volgnr);
                if (f.regel() > 0) {
                    appender.append(f.regel());
                } else {
                    appender.appendNull();
                }
                appender.append(f.kolom());
                appender.append(f.waarde());
                appender.append(f.ernst().label());
                appender.append(f.code().name());
                appender.append(f.melding());
                appender.append(f.blad());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot record findings of " + b.weergave(), e);
        }
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "werkmapblad")) {
            for (Map.Entry<String, String> e : r.bladen().entrySet()) {
                appender.beginRow();
                appender.append(versieId);
                appender.append(e.getKey());
                appender.append(e.getValue());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot record the sheets of " + b.weergave(), e);
        }
        return new Versie(versieId, versie, status, r.formulier());
    }

    public long nieuwVersieId(Connection c) {
        try {
            return Warehouse.jdbc(c).sql(queries.get("versie_id")).query(Long.class).single();
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot draw a version id", e);
        }
    }

    /**
     * Replaces the record of what the drop folder holds now, in one transaction ({@link Warehouse#inTransactie}: a
     * failure that DuckDB follows by refusing the rollback is still the one reported).
     */
    public void vervangScan(List<ScanRegel> regels) {
        warehouse.inTransactie("record the scan of the drop folder", c -> {
            warehouse.jdbc().sql(queries.get("scan_leegmaken")).update();
            try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "scan_bestand")) {
                for (ScanRegel r : regels) {
                    appender.beginRow();
                    appender.append(r.ministerie());
                    appender.append(r.jaar());
                    appender.append(r.bestandsnaam());
                    appender.append(r.versieId());
                    appender.append(r.grootte());
                    appender.append(r.gewijzigdOp());
                    appender.endRow();
                }
            }
            // DuckDB's appender drops its rows without an error when one breaks the primary key: never publish
            // from a silently emptied scan
            long geteld = warehouse.jdbc().sql(queries.get("scan_tellen")).query(Long.class).single();
            if (geteld != regels.size()) {
                throw new SQLException("the scan holds " + geteld + " rows instead of " + regels.size());
            }
        });
    }

    /** One present file, the version it holds now, and its size and modification time (ms). */
    public record ScanRegel(String ministerie, int jaar, String bestandsnaam, long versieId, long grootte,
                            long gewijzigdOp) {
    }

    /** A file of the previous scan, with its version and that version's checksum. */
    public record VorigeScan(long grootte, long gewijzigdOp, Versie versie, String sha256) {
    }

    /** The previous scan by "ministerie/jaar/bestandsnaam". */
    public Map<String, VorigeScan> vorigeScan() {
        Map<String, VorigeScan> vorige = new HashMap<>();
        warehouse.jdbc().sql(queries.get("scan_vorige")).query(rs -> {
            vorige.put(rs.getString("ministerie") + "/" + rs.getInt("jaar") + "/" + rs.getString("bestandsnaam"),
                    new VorigeScan(rs.getLong("grootte"), rs.getLong("gewijzigd_op"),
                            new Versie(rs.getLong("versie_id"), rs.getInt("versie"), rs.getString("status"),
                                    rs.getString("formulier")),
                            rs.getString("sha256")));
        });
        return vorige;
    }

    /** The findings of a version, in reported order. */
    public List<Bevinding> bevindingen(long versieId) {
        return warehouse.jdbc().sql(queries.get("terugmelding_bevindingen")).param(versieId)
                .query((rs, i) -> bevinding(rs, 1)).list();
    }

    /** A finding from the columns regel, kolom, waarde, ernst, code, melding starting at column {@code eerste}. */
    private static Bevinding bevinding(ResultSet rs, int eerste) throws SQLException {
        return new Bevinding(rs.getLong(eerste), rs.getString(eerste + 1), rs.getString(eerste + 2),
                Ernst.fromLabel(rs.getString(eerste + 3)), BevindingCode.valueOf(rs.getString(eerste + 4)),
                rs.getString(eerste + 5), rs.getString(eerste + 6));
    }

    /**
     * The findings of the current version of every file present in the drop folder, read in one query in the order
     * of the feedback's file query ({@code terugmelding_bestanden}: ministerie, jaar, bestandsnaam): the caller asks
     * {@link BevindingenInMap#van} for each file in that order. Closing checks that every finding was handed out, so
     * a caller that strays from the order fails instead of leaving findings out.
     */
    public BevindingenInMap bevindingenInMap() {
        try {
            return new BevindingenInMap(warehouse.jdbc().sql(queries.get("terugmelding_bevindingen_in_map"))
                    .query((rs, i) -> new BevindingenInMap.Rij(rs.getLong(1), bevinding(rs, 2))).stream());
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read the findings for feedback", e);
        }
    }

    /** See {@link #bevindingenInMap()}. */
    public static final class BevindingenInMap implements AutoCloseable {

        private record Rij(long versieId, Bevinding bevinding) {
        }

        private final Stream<Rij> stroom;
        private final Iterator<Rij> rijen;
        private Rij volgende;

        private BevindingenInMap(Stream<Rij> stroom) {
            this.stroom = stroom;
            try {
                this.rijen = stroom.iterator();
                this.volgende = rijen.hasNext() ? rijen.next() : null;
            } catch (RuntimeException e) {
                stroom.close();
                throw e;
            }
        }

        /** The findings of version {@code versieId}, the next present file in file order, in reported order. */
        public List<Bevinding> van(long versieId) {
            List<Bevinding> uit = new ArrayList<>();
            while (volgende != null && volgende.versieId() == versieId) {
                uit.add(volgende.bevinding());
                volgende = rijen.hasNext() ? rijen.next() : null;
            }
            return uit;
        }

        @Override
        public void close() {
            try {
                if (volgende != null) {
                    throw new IllegalStateException("findings of version " + volgende.versieId()
                            + " were not handed out: the files were not asked for in the order of the query");
                }
            } finally {
                stroom.close();
            }
        }
    }

    private int volgendVersienummer(Connection c, AangeleverdBestand b) {
        try {
            return Warehouse.jdbc(c).sql(queries.get("versie_volgnummer"))
                    .params(b.ministerie(), b.jaar(), b.bestandsnaam()).query(Integer.class).single();
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot number version of " + b.weergave(), e);
        }
    }

    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }
}
