package nl.jbr.integriteit.publish;

import java.util.List;

/**
 * The rows of one table for one year and scope, in published order. Cells are {@link String}, {@link Geheim},
 * {@link Long}, {@link java.math.BigDecimal} or {@code null} (empty).
 */
public record TableData(TableDefinition definitie, List<List<Object>> rijen) {

    public TableData {
        rijen = List.copyOf(rijen.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList());
    }
}
