package nl.jbr.integriteit.warehouse;

import java.util.List;

/**
 * Computes the warehouse: reloads the reference data from {@code input-schemas/}, then runs the model
 * layers of {@code jobs/jaarrapportage/models/} from the macros through staging and intermediate views to
 * the materialised marts, and the cells, relations and published places that disclosure control works on
 * ({@code 40_onthulling}) — one consistent snapshot from which every year is published. Run again
 * after the source tables change. The source tables themselves are created by the ingest step.
 */
public final class MartBuilder {

    static final List<String> LAYERS = List.of("01_macros", "10_staging", "20_intermediate", "30_marts", "35_trends", "40_onthulling");

    private final SqlModels models;
    private final ReferenceData referenceData;

    public MartBuilder(SqlModels models, ReferenceData referenceData) {
        this.models = models;
        this.referenceData = referenceData;
    }

    /**
     * @param drempel the disclosure threshold ({@code jbr.onthulling.drempel}), which the models read as
     *                {@code getvariable('onthulling_drempel')} (small onderdelen are grouped, contract 8)
     */
    public void build(Warehouse warehouse, int drempel) {
        referenceData.load(warehouse);
        warehouse.execute("SET VARIABLE onthulling_drempel = " + Math.max(1, drempel));
        for (String layer : LAYERS) {
            models.run(warehouse, SqlModels.JOB, layer);
        }
    }
}
