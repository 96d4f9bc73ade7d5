package nl.jbr.integriteit.publish;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;

import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;
import nl.jbr.integriteit.tabel.TableData;

/**
 * Reads the published columns of {@code mart_<table id>} for one year and scope, ordered by the
 * mart's {@code sortering}. All computation happens in the mart; this only selects. Its column list comes from the
 * table definition (identifiers checked by {@link TableCatalog}), so one generic select serves every table instead of
 * a query file per table that repeats the metadata.
 */
public final class MartReader {

    /**
     * The rows of one table and year for every scope (one query), in published order, with the cells that
     * disclosure control hides as {@link Cel#X} and the rows it withholds left out. A scope without rows
     * is absent from the map: {@link #of} gives its empty table.
     */
    public Map<String, TableData> read(Warehouse warehouse, TableDefinition table, int jaar, Markeringen markeringen) {
        String columns = table.kolommen().stream().map(c -> '"' + c.martKolom() + '"').collect(Collectors.joining(", "));
        String sql = "SELECT scope, sortering, " + columns + " FROM mart_" + table.id() + " WHERE jaar = ? ORDER BY scope, sortering";
        try {
            Map<String, List<List<Cel>>> perScope = new HashMap<>();
            int n = table.kolommen().size();
            warehouse.jdbc().sql(sql).param(jaar).query(result -> {
                String scope = result.getString(1);
                long sortering = result.getLong(2);
                if (markeringen.rijAchtergehouden(table.id(), scope, sortering)) {
                    return;
                }
                List<Cel> row = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    TableDefinition.Kolom kolom = table.kolommen().get(i);
                    Cel cel = cel(result.getObject(i + 3), kolom);
                    row.add(cel != Cel.LEEG && markeringen.geheim(table.id(), scope, sortering, kolom.naam()) ? Cel.X : cel);
                }
                perScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(row);
            });
            Map<String, TableData> tables = new HashMap<>();
            perScope.forEach((scope, rows) -> tables.put(scope, new TableData(table, rows)));
            return tables;
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read mart_" + table.id() + ": " + e.getMessage(), e);
        }
    }

    /** The table of one scope from {@link #read}'s map: empty when the scope has no rows. */
    public static TableData of(Map<String, TableData> perScope, TableDefinition table, String scope) {
        return perScope.getOrDefault(scope, new TableData(table, List.of()));
    }

    /** The cell of one mart value, by the column's datatype: made here once, written by every format. */
    private static Cel cel(Object value, TableDefinition.Kolom kolom) {
        if (value == null) {
            return Cel.LEEG;
        }
        return switch (kolom.datatype()) {
            case "integer" -> new Cel.Aantal(value instanceof BigInteger big ? big.longValueExact() : ((Number) value).longValue());
            case "decimal" -> new Cel.Decimaal(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
            default -> new Cel.Tekst(value.toString());
        };
    }
}
