package nl.jbr.integriteit.warehouse;

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
        warehouse.inTransactie("load reference data", c -> replace(warehouse, ministeries, categorieen, codelijsten));
    }

    private void replace(Warehouse warehouse, List<Map<String, String>> ministeries,
            List<Map<String, String>> categorieen, List<Map<String, String>> codelijsten) {
        warehouse.execute(queries.get("referentie_leegmaken"));
        // volgorde = position of the code's first appearance (EZ has two rows, one per period).
        Map<String, Integer> volgorde = new HashMap<>();
        for (Map<String, String> row : ministeries) {
            String code = row.get("code");
            int position = volgorde.computeIfAbsent(code, c -> volgorde.size() + 1);
            warehouse.jdbc().sql(queries.get("referentie_ministerie")).params(code, row.get("naam"),
                    jaar(row.get("geldig_van")), jaar(row.get("geldig_tot")), position).update();
        }
        int position = 0;
        for (Map<String, String> row : categorieen) {
            warehouse.jdbc().sql(queries.get("referentie_categorie")).params(row.get("code"), row.get("naam"), ++position)
                    .update();
        }
        position = 0;
        for (Map<String, String> row : codelijsten) {
            warehouse.jdbc().sql(queries.get("referentie_codelijst")).params(row.get("lijst"), row.get("waarde"), ++position)
                    .update();
        }
    }

    private static Integer jaar(String value) {
        return value == null || value.isBlank() ? null : Integer.parseInt(value.trim());
    }
}
