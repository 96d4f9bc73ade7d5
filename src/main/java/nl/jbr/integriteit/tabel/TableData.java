package nl.jbr.integriteit.tabel;

import java.util.List;

import nl.jbr.integriteit.tabel.TableDefinition;

/**
 * The rows of one table for one year and scope, in published order. Cells are {@link String}, {@link Geheim},
 * {@link Long}, {@link java.math.BigDecimal} or {@code null} (empty).
 */
public record TableData(TableDefinition definitie, List<List<Object>> rijen) {

    /**
     * Takes the rows over, read-only, without copying them (a year's overview of incidents can hold a hundred
     * thousand rows): whoever builds a table hands its rows on and lets go of them.
     */
    public TableData {
        rijen = java.util.Collections.unmodifiableList(rijen.stream().map(java.util.Collections::unmodifiableList).toList());
    }
}
