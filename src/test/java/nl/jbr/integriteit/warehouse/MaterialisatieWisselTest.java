package nl.jbr.integriteit.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that changes from view to table (or back) between releases runs on a data directory of the earlier
 * release: DuckDB refuses "CREATE OR REPLACE TABLE" over a view, so {@link SqlModels} drops the old object first.
 * (int_ministerie_jaar became a table in issue 14; without this the first run after the upgrade failed.)
 */
class MaterialisatieWisselTest {

    @TempDir
    Path jobs;

    @Test
    void aViewBecomesATable() throws IOException {
        model("CREATE OR REPLACE TABLE int_x AS SELECT 2 AS a;");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            warehouse.execute("CREATE VIEW int_x AS SELECT 1 AS a");

            new SqlModels(jobs.toUri().toString()).run(warehouse, "job", "20_intermediate");

            assertThat(warehouse.firstRows("SELECT table_type FROM information_schema.tables WHERE table_name = 'int_x'", 1))
                    .containsExactly("BASE TABLE");
            assertThat(warehouse.firstRows("SELECT a FROM int_x", 1)).containsExactly("2");
        }
    }

    @Test
    void aTableBecomesAViewAndAnUnchangedModelIsLeftAlone() throws IOException {
        model("CREATE OR REPLACE VIEW int_x AS SELECT 3 AS a;\nCREATE OR REPLACE TABLE int_y AS SELECT 4 AS b;");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            warehouse.execute("CREATE TABLE int_x AS SELECT 1 AS a");
            warehouse.execute("CREATE TABLE int_y AS SELECT 1 AS b");

            SqlModels models = new SqlModels(jobs.toUri().toString());
            models.run(warehouse, "job", "20_intermediate");
            models.run(warehouse, "job", "20_intermediate"); // the second run finds what it wants: nothing dropped

            assertThat(warehouse.firstRows("SELECT table_name || ' ' || table_type FROM information_schema.tables "
                    + "WHERE table_name IN ('int_x', 'int_y') ORDER BY table_name", 2))
                    .containsExactly("int_x VIEW", "int_y BASE TABLE");
            assertThat(warehouse.firstRows("SELECT a + b FROM int_x, int_y", 1)).containsExactly("7");
        }
    }

    private void model(String sql) throws IOException {
        Path dir = Files.createDirectories(jobs.resolve("job/models/20_intermediate"));
        Files.writeString(dir.resolve("201_int_x.sql"), "-- depends:\n" + sql + "\n");
    }
}
