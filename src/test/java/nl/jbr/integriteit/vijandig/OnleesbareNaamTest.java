package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * File names that are not valid UTF-8 (a Windows-1252 'é' or 'è' written by an old tool onto a share). Java reads both
 * {@code caf\351.csv} and {@code caf\350.csv} as the same name {@code caf\uFFFD.csv}; the ledger and the scan then held two
 * files under one name, the scan's primary key was violated, DuckDB's appender dropped the whole scan without an
 * error, and the run published nothing and wrote no feedback at all, for any ministry. Such names are now ignored,
 * with the reason, like other paths that are not submissions.
 */
class OnleesbareNaamTest {

    @TempDir
    Path tmp;

    @Test
    void eenNaamDieGeenUtf8IsWordtGenegeerdEnDeRestGaatDoor() throws Exception {
        Path map = tmp.resolve("input/BZK/2024");
        Files.createDirectories(map);
        Files.writeString(map.resolve("ok.csv"), "onderdeel;categorie\nGoed;g\n");
        // Java cannot create such names itself: let the shell write the raw bytes
        Process p = new ProcessBuilder("sh", "-c",
                "printf 'onderdeel;categorie\\nA;g\\n' > \"$(printf 'caf\\351.csv')\" && "
                        + "printf 'onderdeel;categorie\\nB;h\\n' > \"$(printf 'caf\\350.csv')\"")
                .directory(map.toFile()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "a POSIX shell is needed to create non-UTF-8 file names");
        try (Stream<Path> s = Files.list(map)) {
            assumeTrue(s.count() == 3, "the file system keeps non-UTF-8 names apart");
        }

        String uit = run();
        assertThat(uit).contains("1 gezien").contains("2 paden genegeerd");
        assertThat(telling("SELECT count(*) FROM stg_melding WHERE ministerie = 'BZK' AND jaar = 2024")).isEqualTo(1);
        assertThat(telling("SELECT count(*) FROM bestandsversie")).isEqualTo(1);
        assertThat(tmp.resolve("output/terugmelding/BZK/2024/ok.csv")).exists();
        assertThat(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv")).exists();
    }

    private String run() {
        return Pijplijn.run(tmp);
    }

    private long telling(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("data/warehouse.duckdb"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
