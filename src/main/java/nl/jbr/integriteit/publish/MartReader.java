package nl.jbr.integriteit.publish;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Reads the published columns of {@code mart_<table id>} for one year and scope, ordered by the
 * mart's {@code sortering}. All computation happens in the mart; this only selects. The one SQL text built
 * in Java: its column list comes from the table definition (identifiers checked by {@link TableCatalog}),
 * so one generic select serves all eleven tables instead of eleven query files that repeat the metadata.
 */
public final class MartReader {

    public TableData read(Warehouse warehouse, TableDefinition table, int jaar, String scope) {
        String columns = table.kolomNamen().stream().map(c -> '"' + c + '"').collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM mart_" + table.id() + " WHERE jaar = ? AND scope = ? ORDER BY sortering";
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql)) {
            statement.setInt(1, jaar);
            statement.setString(2, scope);
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int n = table.kolommen().size();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(normalise(result.getObject(i), table.kolommen().get(i - 1)));
                    }
                    rows.add(row);
                }
            }
            return new TableData(table, rows);
        } catch (SQLException e) {
            throw new WarehouseException("cannot read mart_" + table.id() + ": " + e.getMessage(), e);
        }
    }

    private static Object normalise(Object value, TableDefinition.Kolom kolom) {
        if (value == null) {
            return null;
        }
        return switch (kolom.datatype()) {
            case "integer" -> value instanceof BigInteger big ? big.longValueExact() : ((Number) value).longValue();
            case "decimal" -> value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
            default -> value.toString();
        };
    }
}
