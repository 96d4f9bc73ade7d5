package nl.jbr.integriteit.tabel;

import java.util.List;

/**
 * The rows of one table for one year and scope, in published order, one {@link Cel} per column.
 */
public record TableData(TableDefinition definitie, List<List<Cel>> rijen) {

    /**
     * Takes the rows over, read-only, without copying them (a year's overview of incidents can hold a hundred
     * thousand rows): whoever builds a table hands its rows on and lets go of them.
     */
    public TableData {
        rijen = java.util.Collections.unmodifiableList(rijen.stream().map(java.util.Collections::unmodifiableList).toList());
    }
}
