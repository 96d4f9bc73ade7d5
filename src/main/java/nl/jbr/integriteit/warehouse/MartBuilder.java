package nl.jbr.integriteit.warehouse;

import java.util.List;

import nl.jbr.integriteit.schema.Formulieren;

/**
 * Computes the warehouse and checks it: reloads the reference data from {@code input-schemas/}, then runs the model
 * layers of {@code jobs/jaarrapportage/models/} from the macros through staging and intermediate views to
 * the shared marts and every table folder's mart ({@code tabellen/<id>/}), and the cells, relations and published places that disclosure control works on
 * ({@code 40_onthulling}) — one consistent snapshot from which every year is published. Run again
 * after the source tables change. The source tables themselves are created by the ingest step.
 */
public final class MartBuilder {

    static final List<String> LAYERS = List.of("01_macros", "10_staging", "20_intermediate", "30_marts", SqlModels.TABELLEN,
            SqlModels.ONTHULLING);

    private final SqlModels models;
    private final ReferenceData referenceData;
    private final Formulieren formulieren;

    public MartBuilder(SqlModels models, ReferenceData referenceData, Formulieren formulieren) {
        this.models = models;
        this.referenceData = referenceData;
        this.formulieren = formulieren;
    }

    /**
     * @param drempel the disclosure threshold ({@code jbr.onthulling.drempel}), which the models read as
     *                {@code getvariable('onthulling_drempel')} (an onderdeel breakdown that cannot be protected inside
     *                its ministry is withheld, contract 8)
     */
    public void build(Warehouse warehouse, int drempel) {
        referenceData.load(warehouse);
        warehouse.execute("SET VARIABLE onthulling_drempel = " + Math.max(1, drempel));
        models.runInOrder(warehouse, SqlModels.JOB, LAYERS, formulieren);
        checkAssertions(warehouse);
    }

    /**
     * Runs the assertions: those derived from the table definitions (unique keys, RIJK = the sum of the ministries)
     * and those beside the marts ({@code jobs/jaarrapportage/assertions/}: percentages that fit their counts). One that
     * returns rows fails the run before anything is published.
     */
    public void checkAssertions(Warehouse warehouse) {
        for (SqlModel assertion : models.assertions(SqlModels.JOB)) {
            List<String> rows = warehouse.firstRows(assertion.sql(), 5);
            if (!rows.isEmpty()) {
                throw new IllegalStateException("assertion " + assertion.path() + " failed, e.g. " + rows);
            }
        }
    }
}
