package nl.jbr.integriteit.warehouse;

/** One SQL file of a job: its path below the job folder (e.g. {@code tabellen/uitkomst/mart_uitkomst.sql}) and text. */
public record SqlModel(String path, String sql) {
}
