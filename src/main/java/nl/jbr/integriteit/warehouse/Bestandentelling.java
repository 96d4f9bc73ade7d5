package nl.jbr.integriteit.warehouse;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How many present files count and how many do not, as the staging models decide ({@code stg_bestand_in_gebruik}): a
 * file is geaccepteerd when its present version is the one in force, afgekeurd otherwise (its own fouten, a copy of
 * another file, or another file of the same form received first). Recorded in the job's context for the console
 * summary and {@code status}.
 */
public record Bestandentelling(int geaccepteerd, int afgekeurd) {

    public static final String GEACCEPTEERD = "bestanden.geaccepteerd";
    public static final String AFGEKEURD = "bestanden.afgekeurd";

    /** The count from the staging models as they were last built. */
    public static Bestandentelling van(Warehouse warehouse, SqlQueries queries) {
        return warehouse.jdbc().sql(queries.get("bestanden_tellen"))
                .query((rs, i) -> new Bestandentelling(rs.getInt(1), rs.getInt(2))).single();
    }

    public void vastleggen(ExecutionContext ctx) {
        ctx.putInt(GEACCEPTEERD, geaccepteerd);
        ctx.putInt(AFGEKEURD, afgekeurd);
    }
}
