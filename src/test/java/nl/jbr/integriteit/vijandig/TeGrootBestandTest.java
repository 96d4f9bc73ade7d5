package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 22 B: a file above {@code jbr.limits.max-file-bytes} in the drop folder is refused with a finding and is not
 * archived (a sparse file of 1 GB used to become 1.1 GB in data/archief). Here a sparse 50 MB file and a limit of
 * 10 MB, through the real run.
 */
class TeGrootBestandTest {

    @TempDir
    Path tmp;

    @Test
    void eenTeGrootBestandWordtAfgekeurdEnNietGearchiveerd() throws IOException, SQLException {
        Path map = Files.createDirectories(tmp.resolve("input/BZK/2024"));
        Files.writeString(map.resolve("incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        try (RandomAccessFile f = new RandomAccessFile(map.resolve("groot.csv").toFile(), "rw")) {
            f.write("onderdeel;categorie\nDGOO;g\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(50L << 20);
        }
        String uit = Pijplijn.run(tmp, "--jbr.limits.max-file-bytes", Long.toString(10L << 20));
        assertThat(uit).contains("1 geaccepteerd, 1 afgekeurd");

        long gearchiveerd = 0;
        try (Stream<Path> s = Files.walk(tmp.resolve("data/archief"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                gearchiveerd += Files.size(p);
            }
        }
        assertThat(gearchiveerd).as("bytes in data/archief").isLessThan(1_000);

        List<String> versies = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("data/warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v.bestandsnaam, v.status, v.grootte, v.archiefpad, b.code, b.melding "
                     + "FROM bestandsversie v LEFT JOIN bevinding b USING (versie_id) ORDER BY v.bestandsnaam")) {
            while (rs.next()) {
                versies.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6));
            }
        }
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0)).isEqualTo("groot.csv|afgekeurd|52428800||LIMIET_OVERSCHREDEN|Het bestand is groter dan "
                + "10485760 bytes, het maximum (gelezen: minstens 52428800 bytes). Het bestand is niet gelezen en niet bewaard; "
                + "lever een kleiner bestand aan.");
        assertThat(versies.get(1)).startsWith("incidenten.csv|geaccepteerd|");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/groot.csv"))).contains("LIMIET_OVERSCHREDEN");

        // the next run does not read it again: same size and time, same version
        assertThat(Pijplijn.run(tmp, "--jbr.limits.max-file-bytes", Long.toString(10L << 20))).contains("0 nieuw, 2 ongewijzigd");
    }
}
