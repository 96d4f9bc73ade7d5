package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.schema.SchemaSource;

class ReferenceDataTest {

    Warehouse warehouse;

    @BeforeEach
    void load() {
        warehouse = Warehouse.inMemory();
        new SqlModels("classpath:jobs/").createSources(warehouse, SqlModels.JOB);
        ReferenceData referenceData = new ReferenceData(SchemaSource.embedded(), new SqlQueries("classpath:jobs/", "jaarrapportage"));
        referenceData.load(warehouse);
        referenceData.load(warehouse); // replaces, never duplicates
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void ministriesWithPeriodsAndFirstAppearanceOrder() throws SQLException {
        // ministeries.csv: 20 rows, 19 codes; EZ appears twice (until 2017, from 2024), both with position 9.
        assertThat(query("SELECT count(*) || '/' || count(DISTINCT code) FROM ref_ministerie")).containsExactly("20/19");
        assertThat(query("SELECT code || ':' || volgorde || ':' || coalesce(geldig_van::VARCHAR, '-') || ':'"
                + " || coalesce(geldig_tot::VARCHAR, '-') FROM ref_ministerie WHERE code IN ('AZ', 'EZ', 'EZK', 'AenM')"
                + " ORDER BY volgorde, geldig_van NULLS FIRST"))
                .containsExactly("AZ:1:-:-", "EZ:9:-:2017", "EZ:9:2024:-", "EZK:10:2017:2024", "AenM:19:2024:-");
    }

    @Test
    void nineCategoriesInOrder() throws SQLException {
        assertThat(query("SELECT code FROM ref_categorie ORDER BY volgorde"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(query("SELECT naam FROM ref_categorie WHERE code = 'g'")).containsExactly("Ongewenste omgangsvormen");
    }

    @Test
    void codeListsInFileOrder() throws SQLException {
        assertThat(query("SELECT waarde FROM ref_codelijst WHERE lijst = 'uitkomst' ORDER BY volgorde"))
                .containsExactly("aangetoond", "deels aangetoond", "niet aangetoond", "lopend", "onbekend");
    }

    private List<String> query(String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
