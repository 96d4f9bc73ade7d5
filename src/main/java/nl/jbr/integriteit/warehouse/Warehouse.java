package nl.jbr.integriteit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The DuckDB database file in the data directory. One connection, opened on first use and shared; callers use
 * {@link #connection()} (or {@link #jdbc()} for the small queries of {@code jobs/<job>/queries/}) and never close it.
 * Closed with the application context. Work side by side gets connections of its own ({@link #extraVerbinding},
 * {@link #naast}).
 */
public final class Warehouse implements AutoCloseable {

    /**
     * The size the write-ahead log may reach before a commit checkpoints it into the database file (DuckDB's default:
     * 16 MB). Every file is loaded in a transaction of its own, and a commit that checkpoints makes the other ingestion
     * thread wait until it is done; at 16 MB a million rows gave a dozen such stalls, each also rewriting the table's
     * last, partly filled row group. The write-ahead log is written and synced at every commit either way, so nothing
     * committed is less safe; the run's own {@code CHECKPOINT} before publication ({@code run/Opslag}) writes the
     * rest. Measured at 1,000,000 rows: about 0.6 s less for a full run; DuckDB holds up to this much more in memory.
     */
    static final String CHECKPOINT_DREMPEL = "128MiB";

    private final Path file;
    private Connection connection;
    private JdbcClient jdbc;

    public Warehouse(Path file) {
        this.file = file;
    }

    private Warehouse(Path file, Connection naast) {
        this.file = file;
        this.connection = naast;
    }

    /**
     * The same database through a connection of its own, for reading side by side with this one (one DuckDB
     * connection must not run queries from two threads at once): it sees what is committed. The caller closes it,
     * which closes only that connection.
     */
    public Warehouse naast() {
        try {
            return new Warehouse(file, extraVerbinding());
        } catch (SQLException e) {
            throw new WarehouseException("cannot open a further connection to the DuckDB warehouse " + file, e);
        }
    }

    /** An in-memory warehouse, for validation without a data directory and for tests. */
    public static Warehouse inMemory() {
        return new Warehouse(null);
    }

    public synchronized Connection connection() {
        if (connection == null) {
            try {
                String url = "jdbc:duckdb:";
                if (file != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                    url += file.toAbsolutePath();
                }
                connection = DriverManager.getConnection(url);
                DuckDbBibliotheek.ruimTijdelijkeKopieOp();
                if (file != null) {
                    try (Statement st = connection.createStatement()) {
                        st.execute("SET checkpoint_threshold = '" + CHECKPOINT_DREMPEL + "'");
                    }
                }
            } catch (SQLException e) {
                throw new WarehouseException("cannot open DuckDB warehouse " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return connection;
    }

    /**
     * A {@link JdbcClient} on {@link #connection()}, which it never closes: the one way every query of
     * {@code jobs/<job>/queries/} is run, without the statement and result set bookkeeping. It works on the same connection,
     * so inside {@link #inTransactie} it takes part in that transaction. Its errors are Spring's
     * {@link DataAccessException}, with the driver's {@code SQLException} as cause.
     */
    public synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            jdbc = JdbcClient.create(new SingleConnectionDataSource(connection(), true));
        }
        return jdbc;
    }

    /**
     * A {@link JdbcClient} on a connection of the caller's ({@link #extraVerbinding}, with a transaction of its own),
     * which it never closes: every query goes through a {@code JdbcClient}, on the run's connection ({@link #jdbc()})
     * or on such a one.
     */
    public static JdbcClient jdbc(Connection c) {
        return JdbcClient.create(new SingleConnectionDataSource(c, true));
    }

    /**
     * A further connection to the same database, for work in parallel (each connection has its own
     * transactions). The caller closes it.
     */
    public Connection extraVerbinding() throws SQLException {
        return connection().unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    /** Executes a script of one or more statements separated by semicolons. */
    public void execute(String sql) {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new WarehouseException("SQL failed: " + e.getMessage(), e);
        }
    }

    /** Work on the warehouse connection inside {@link #inTransactie}. */
    @FunctionalInterface
    public interface Werk {
        void doe(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code werk} in one transaction: committed when it returns, rolled back when it throws; a database error
     * becomes a {@link WarehouseException} with {@code wat} (what was being done) in its message.
     */
    public void inTransactie(String wat, Werk werk) {
        Connection c = connection();
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                werk.doe(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                // the original failure is what the operator must hear (a full disk, say): a rollback or a reset of
                // auto-commit that fails after it (DuckDB refuses both once a write has failed) is only attached to it
                try {
                    c.rollback();
                } catch (SQLException nogEen) {
                    e.addSuppressed(nogEen);
                }
                try {
                    c.setAutoCommit(autoCommit);
                } catch (SQLException nogEen) {
                    e.addSuppressed(nogEen);
                }
                throw e;
            }
            c.setAutoCommit(autoCommit);
        } catch (SQLException | DataAccessException e) {
            throw new WarehouseException("cannot " + wat + ": " + e.getMessage(), e);
        }
    }

    /** The first {@code limit} rows of a query, each as its cells joined by {@code |} (for messages). */
    public List<String> firstRows(String sql, int limit) {
        // a stream, so that no more than the first rows are read
        try (Stream<String> rows = jdbc().sql(sql).query((rs, i) -> {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= n; c++) {
                row.append(c > 1 ? "|" : "").append(rs.getString(c));
            }
            return row.toString();
        }).stream()) {
            return rows.limit(limit).toList();
        } catch (DataAccessException e) {
            throw new WarehouseException("query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new WarehouseException("cannot close DuckDB warehouse", e);
            } finally {
                connection = null;
                jdbc = null;
            }
        }
    }
}
