package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;

/** The run order of the models comes from their {@code -- depends:} lines, and is checked. */
class ModelOrderTest {

    private static final SqlModel BRON = new SqlModel("sources/001.sql",
            "CREATE TABLE IF NOT EXISTS melding_ruw (x INT);");

    @Test
    void deModellenVanDeJobHebbenEenSluitendeVolgorde() {
        SqlModels models = new SqlModels("classpath:jobs/");
        List<SqlModel> volgorde = models.order(SqlModels.JOB, MartBuilder.LAYERS, new Formulieren(SchemaSource.embedded()));
        List<String> paden = volgorde.stream().map(SqlModel::path).toList();
        // every model of every layer, once
        int aantal = MartBuilder.LAYERS.stream().mapToInt(l -> models.models(SqlModels.JOB, l).size()).sum();
        assertThat(paden).hasSize(aantal).doesNotHaveDuplicates();
        // what a model reads comes before it: int_melding before int_ministerie_jaar, the marts before the cells
        assertThat(paden.indexOf("models/20_intermediate/202_int_melding.sql"))
                .isLessThan(paden.indexOf("models/20_intermediate/205_int_ministerie_jaar.sql"));
        assertThat(paden.indexOf("tabellen/uitkomst/mart_uitkomst.sql"))
                .isLessThan(paden.indexOf("models/40_onthulling/401_onthulling_cel.sql"));
    }

    /** Issue 24: one model per file (the macro library of 01_macros aside), so a model is found by its file name. */
    @Test
    void elkModelbestandMaaktEenModel() {
        SqlModels models = new SqlModels("classpath:jobs/");
        for (String laag : MartBuilder.LAYERS) {
            if (laag.equals("01_macros")) {
                continue;
            }
            for (SqlModel model : models.models(SqlModels.JOB, laag)) {
                assertThat(ModelOrder.creates(model.sql())).as(model.path()).hasSize(1);
            }
        }
    }

    @Test
    void binnenEenLaagBepalenDeAfhankelijkhedenDeVolgordeNietDeNamen() {
        SqlModel a = new SqlModel("models/20/a.sql", "-- depends: b_view\nCREATE OR REPLACE VIEW a_view AS SELECT * FROM b_view;");
        SqlModel b = new SqlModel("models/20/b.sql", "-- depends: melding_ruw\nCREATE OR REPLACE VIEW b_view AS SELECT * FROM melding_ruw;");
        assertThat(ModelOrder.order(List.of(BRON), List.of(List.of(a, b))).stream().map(SqlModel::path))
                .containsExactly("models/20/b.sql", "models/20/a.sql");
    }

    @Test
    void eenModelDatLeestWatNogNietGebouwdIsFaalt() {
        // a mart in layer 30 declared to read a view that only layer 40 builds
        SqlModel mart = new SqlModel("models/30/mart.sql", "-- depends: later\nCREATE OR REPLACE TABLE mart AS SELECT * FROM later;");
        SqlModel later = new SqlModel("models/40/later.sql", "-- depends: melding_ruw\nCREATE OR REPLACE VIEW later AS SELECT * FROM melding_ruw;");
        assertThatThrownBy(() -> ModelOrder.order(List.of(BRON), List.of(List.of(mart), List.of(later))))
                .hasMessageContaining("models/30/mart.sql needs [later]");
    }

    @Test
    void eenNietGenoemdeAfhankelijkheidFaalt() {
        SqlModel b = new SqlModel("models/20/b.sql", "-- depends: melding_ruw\nCREATE OR REPLACE VIEW b_view AS SELECT * FROM melding_ruw;");
        SqlModel a = new SqlModel("models/20/a.sql",
                "-- depends: melding_ruw\nCREATE OR REPLACE VIEW a_view AS SELECT * FROM melding_ruw JOIN b_view USING (x);");
        assertThatThrownBy(() -> ModelOrder.order(List.of(BRON), List.of(List.of(a, b))))
                .hasMessageContaining("models/20/a.sql reads 'b_view' but does not declare it");
    }

    @Test
    void eenModelZonderDependsRegelFaalt() {
        SqlModel a = new SqlModel("models/20/a.sql", "CREATE OR REPLACE VIEW a_view AS SELECT * FROM melding_ruw;");
        assertThatThrownBy(() -> ModelOrder.order(List.of(BRON), List.of(List.of(a))))
                .hasMessageContaining("does not start with '-- depends:");
    }
}
