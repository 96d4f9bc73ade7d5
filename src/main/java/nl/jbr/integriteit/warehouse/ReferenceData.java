package nl.jbr.integriteit.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Loads the code lists of {@code input-schemas/} into the reference tables of the warehouse
 * ({@code ref_ministerie}, {@code ref_categorie}, {@code ref_codelijst}), replacing their contents.
 * The code lists are data: a new cabinet or category needs an edited CSV, not a release.
 */
public final class ReferenceData {

    private final SchemaSource schemas;
    private final SqlQueries queries;

    public ReferenceData(SchemaSource schemas, SqlQueries queries) {
        this.schemas = schemas;
        this.queries = queries;
    }

    /** Replaces the reference tables in one transaction. The tables must exist (layer 00_raw). */
    public void load(Warehouse warehouse) {
        List<Map<String, String>> ministeries = schemas.rows("ministeries.csv");
        List<Map<String, String>> categorieen = schemas.rows("categorieen.csv");
        List<Map<String, String>> codelijsten = schemas.rows("codelijsten.csv");
        warehouse.inTransactie("load reference data", c -> replace(c, ministeries, categorieen, codelijsten));
    }

    private void replace(Connection connection, List<Map<String, String>> ministeries,
            List<Map<String, String>> categorieen, List<Map<String, String>> codelijsten) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(queries.get("referentie_leegmaken"));
        }
        // volgorde = position of the code's first appearance (EZ has two rows, one per period).
        Map<String, Integer> volgorde = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(queries.get("referentie_ministerie"))) {
            for (Map<String, String> row : ministeries) {
                String code = row.get("code");
                int position = volgorde.computeIfAbsent(code, c -> volgorde.size() + 1);
                insert.setString(1, code);
                insert.setString(2, row.get("naam"));
                setYear(insert, 3, row.get("geldig_van"));
                setYear(insert, 4, row.get("geldig_tot"));
                insert.setInt(5, position);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(queries.get("referentie_categorie"))) {
            int position = 0;
            for (Map<String, String> row : categorieen) {
                insert.setString(1, row.get("code"));
                insert.setString(2, row.get("naam"));
                insert.setInt(3, ++position);
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(queries.get("referentie_codelijst"))) {
            int position = 0;
            for (Map<String, String> row : codelijsten) {
                insert.setString(1, row.get("lijst"));
                insert.setString(2, row.get("waarde"));
                insert.setInt(3, ++position);
                insert.executeUpdate();
            }
        }
    }

    private static void setYear(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, Integer.parseInt(value.trim()));
        }
    }
}
