package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 22 item 3: the derived figures are wide enough for the largest sums the plausibility bounds allow. Every figure
 * of an onderdeel is at most 1,000,000 (input-schemas/plausibiliteit.csv), a file has at most 2,000,000 rows
 * (jbr.limits.max-rows) and a year at most 17 ministries (2024): a sum over onderdelen and ministries is at most
 * 17 x 2,000,000 x 1,000,000 = 34,000,000,000,000 (BIGINT holds 9.2 x 10^18), and 17 x 2,000,000 = 34,000,000
 * meldingen. The published ratios are DECIMAL(18,1) (below 10^17): checked here at those values, computed by hand.
 */
class BreedteTest {

    private static final String SOM = "34000000000000";

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
    void deAfgeleideCijfersPassenBijDeGrootsteSommen() throws SQLException {
        // gesprekken 3.4 x 10^13 against 1 last year: (34,000,000,000,000 - 1) / 1 x 100
        assertThat(eval("verschil_procent(" + SOM + "::BIGINT, 1::BIGINT)")).isEqualTo("3399999999999900.0");
        // and the other way round: 1 against 3.4 x 10^13 -> -99.99999999999706 % -> -100.0
        assertThat(eval("verschil_procent(1::BIGINT, " + SOM + "::BIGINT)")).isEqualTo("-100.0");
        // 34,000,000 meldingen among 1 medewerker: 34,000,000 x 1,000
        assertThat(eval("per_1000(34000000::BIGINT, 1::BIGINT)")).isEqualTo("34000000000.0");
        // nevenwerkzaamheden are at most the medewerkers: at most 100 %
        assertThat(eval("percentage(" + SOM + "::BIGINT, " + SOM + "::BIGINT)")).isEqualTo("100.0");
        // 100 % now against 1 / 3.4 x 10^13 last year: 100 - 0.0000000000029... -> 100.0 points
        assertThat(eval("verschil_procentpunt(" + SOM + "::BIGINT, " + SOM + "::BIGINT, 1::BIGINT, " + SOM + "::BIGINT)"))
                .isEqualTo("100.0");
        // the sum itself, as the models take it: a sum of BIGINT cast back to BIGINT
        assertThat(eval("CAST(sum(x) AS BIGINT) FROM (SELECT 1000000::BIGINT AS x FROM range(34000000))")).isEqualTo(SOM);
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
