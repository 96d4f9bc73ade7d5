package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact rounding macros of jobs/jaarrapportage/models/01_macros, on a real DuckDB. */
class RoundingMacrosTest {

    Warehouse warehouse;

    @BeforeEach
    void macros() {
        warehouse = Warehouse.inMemory();
        new SqlModels("classpath:jobs/").run(warehouse, SqlModels.JOB, "01_macros");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void percentagesRoundHalfUpOnce() throws SQLException {
        assertThat(eval("percentage(1, 8)")).isEqualTo("12.5");      // 12.5 exactly
        assertThat(eval("percentage(1, 16)")).isEqualTo("6.3");      // 6.25 -> 6.3
        assertThat(eval("percentage(3, 8)")).isEqualTo("37.5");      // 37.5 exactly
        assertThat(eval("percentage(7, 16)")).isEqualTo("43.8");     // 43.75 -> 43.8
        assertThat(eval("percentage(102, 12000)")).isEqualTo("0.9"); // 0.85 -> 0.9
        // 23/80 x 100 = 28.75 exactly, but as a double 28.749999999999996, which would round to 28.7.
        assertThat(eval("percentage(23, 80)")).isEqualTo("28.8");
        assertThat(eval("percentage(41, 80)")).isEqualTo("51.3");    // 51.25; double 51.24999999999999
        assertThat(eval("percentage(1, 3)")).isEqualTo("33.3");      // 33.33..
        assertThat(eval("percentage(2, 3)")).isEqualTo("66.7");      // 66.66..
        assertThat(eval("percentage(0, 5)")).isEqualTo("0.0");
        assertThat(eval("percentage(5, 5)")).isEqualTo("100.0");
    }

    @Test
    void verschilProcentIsExactEnEenmaalAfgerond() throws SQLException {
        assertThat(eval("verschil_procent(123, 100)")).isEqualTo("23.0");   // (123 - 100) / 100 x 100
        assertThat(eval("verschil_procent(126, 250)")).isEqualTo("-49.6");  // -124 / 250 x 100 exactly
        assertThat(eval("verschil_procent(1, 16)")).isEqualTo("-93.8");     // -93.75: half away from zero
        assertThat(eval("verschil_procent(17, 16)")).isEqualTo("6.3");      // 6.25 -> 6.3
        assertThat(eval("verschil_procent(5, 0)")).isNull();                // no base
        assertThat(eval("verschil_procent(NULL, 100)")).isNull();           // no opgave is not 0
    }

    @Test
    void perThousand() throws SQLException {
        assertThat(eval("per_1000(1, 1600)")).isEqualTo("0.6");     // 0.625 -> 0.6
        assertThat(eval("per_1000(5, 4000)")).isEqualTo("1.3");     // 1.25 -> 1.3
        assertThat(eval("per_1000(16, 12800)")).isEqualTo("1.3");   // 1.25 -> 1.3
        assertThat(eval("per_1000(16, 13800)")).isEqualTo("1.2");   // 1.1594 -> 1.2
    }

    @Test
    void differencesRoundHalfAwayFromZero() throws SQLException {
        // 150/12800 - 182/12800 = -32/12800 x 100 = -0.25 -> -0.3 (the rounded percentages 1.2 - 1.4 give -0.2)
        assertThat(eval("verschil_procentpunt(150, 12800, 182, 12800)")).isEqualTo("-0.3");
        // +0.25 -> 0.3
        assertThat(eval("verschil_procentpunt(182, 12800, 150, 12800)")).isEqualTo("0.3");
        // 1/8 - 1/16 = 6.25 pp -> 6.3
        assertThat(eval("verschil_procentpunt(1, 8, 1, 16)")).isEqualTo("6.3");
        assertThat(eval("verschil_procentpunt(1, 8, 1, 8)")).isEqualTo("0.0");
    }

    @Test
    void emptyWhenTheDenominatorIsZeroOrMissing() throws SQLException {
        assertThat(eval("percentage(0, 0)")).isNull();
        assertThat(eval("percentage(1, NULL)")).isNull();
        assertThat(eval("percentage(NULL, 4)")).isNull();
        assertThat(eval("per_1000(3, 0)")).isNull();
        assertThat(eval("verschil_procentpunt(1, 8, NULL, NULL)")).isNull();
        assertThat(eval("verschil_procentpunt(1, 8, 0, 0)")).isNull();
    }

    @Test
    void resultIsAnExactDecimalWithOneDigit() throws SQLException {
        try (Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery("SELECT typeof(percentage(1, 16))")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("DECIMAL(18,1)");
        }
    }

    private String eval(String expression) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery("SELECT " + expression)) {
            result.next();
            BigDecimal value = result.getBigDecimal(1);
            return value == null ? null : value.toPlainString();
        }
    }
}
