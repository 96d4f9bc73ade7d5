package nl.jbr.integriteit.run;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.opdracht.Foutmelding;

/**
 * Makes the state of a run durable before a table is published: DuckDB and the embedded H2 job repository
 * both buffer writes and report a full or read-only disk only when they flush, which without this happens when
 * the application closes, after the run already reported success. A failing flush fails the run.
 */
final class Opslag {

    private final Warehouse warehouse;
    private final DataSource jobRepository;
    private final Path data;

    Opslag(Warehouse warehouse, DataSource jobRepository, Path data) {
        this.warehouse = warehouse;
        this.jobRepository = jobRepository;
        this.data = data;
    }

    /** Before publishing: a failure says that nothing was published. */
    static final String VOOR_PUBLICATIE = "niets gepubliceerd, de vorige publicatie blijft.";
    /** After publishing: the tables are out, the next run redoes the work. */
    static final String NA_PUBLICATIE = "de tabellen zijn gepubliceerd, maar de volgende run doet het werk opnieuw.";

    /** Flushes both databases to disk; a failure is a {@link Foutmelding.Zin} ending in {@code gevolg}. */
    void vastleggen(String gevolg) {
        try {
            warehouse.execute("CHECKPOINT");
            try (Connection c = jobRepository.getConnection()) {
                if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                    try (Statement st = c.createStatement()) {
                        st.execute("CHECKPOINT SYNC");
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new Foutmelding.Zin(Foutmelding.zin(e, data).replaceAll("[.;]$", "")
                    + "; " + gevolg, e);
        }
    }
}
