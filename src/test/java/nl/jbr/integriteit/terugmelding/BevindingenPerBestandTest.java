package nl.jbr.integriteit.terugmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.ingest.Ontvangstregister;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * The feedback reads the findings of all present files in one query, side by side with the files
 * ({@link Ontvangstregister#bevindingenInMap}). Each page must get its own file's findings: AZ (no findings) sits
 * between BZK and FIN in file order, and BZK and FIN each have one corrected value on another line. A reader that
 * strays from the file order fails when it is closed instead of leaving findings out.
 */
class BevindingenPerBestandTest {

    @TempDir
    Path tmp;

    @Test
    void elkBestandKrijgtZijnEigenBevindingen() throws IOException, SQLException {
        schrijf("AZ", "volgnummer;onderdeel;categorie\nA-1;Staf;g\nA-2;Staf;g\nA-3;Staf;g\n");
        schrijf("BZK", "volgnummer;onderdeel;categorie;soort_onderzoek\nB-1;DGOO;g;intren\nB-2;DGOO;g;intern\nB-3;DGOO;g;intern\n");
        schrijf("FIN", "volgnummer;onderdeel;categorie;soort_onderzoek\nF-1;Douane;g;intern\nF-2;Douane;g;intern\nF-3;Douane;g;extren\n");
        Pijplijn.run(tmp);

        List<String> az = bevindingregels("AZ");
        List<String> bzk = bevindingregels("BZK");
        List<String> fin = bevindingregels("FIN");
        assertThat(az).isEmpty();
        assertThat(bzk).hasSize(1).allMatch(r -> r.startsWith("2,") && r.contains("WAARDE_GECORRIGEERD") && r.contains("intren"));
        assertThat(fin).hasSize(1).allMatch(r -> r.startsWith("4,") && r.contains("WAARDE_GECORRIGEERD") && r.contains("extren"));

        // FIN before BZK: against the order of the query, so BZK's finding is never handed out
        Warehouse warehouse = new Warehouse(tmp.resolve("data/warehouse.duckdb"));
        try {
            Ontvangstregister register = new Ontvangstregister(warehouse, new SqlQueries("classpath:jobs/", SqlModels.JOB));
            List<Long> versies = warehouse.jdbc().sql("SELECT versie_id FROM scan_bestand ORDER BY ministerie")
                    .query(Long.class).list();
            Ontvangstregister.BevindingenInMap inMap = register.bevindingenInMap();
            try {
                assertThat(inMap.van(versies.get(2))).isEmpty();
            } finally {
                assertThatThrownBy(inMap::close).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("not handed out");
            }
        } finally {
            warehouse.close();
        }
    }

    /** The data lines of a file's feedback CSV that hold a finding (the header left out). */
    private List<String> bevindingregels(String ministerie) throws IOException {
        return Files.readAllLines(tmp.resolve("output/terugmelding/" + ministerie + "/2024/incidenten.csv")).stream()
                .skip(1).filter(r -> r.contains("WAARDE_") || r.contains("REGEL_") || r.contains("BESTAND_")).toList();
    }

    private void schrijf(String ministerie, String inhoud) throws IOException {
        Path map = Files.createDirectories(tmp.resolve("input/" + ministerie + "/2024"));
        Files.writeString(map.resolve("incidenten.csv"), inhoud);
    }
}
