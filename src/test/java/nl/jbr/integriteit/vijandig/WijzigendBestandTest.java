package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.ingest.Archief;

/**
 * A file that changes, or disappears, while it is being read (issue 5 item 1). What was validated is exactly what
 * was archived; a file that cannot be read consistently now is taken at the next run, and until then its last
 * known version keeps counting: nothing already in force is lost.
 */
class WijzigendBestandTest {

    @TempDir
    Path tmp;

    @Test
    void eenVerouderdControlegetalArchiveertNiets() throws IOException {
        Path bron = tmp.resolve("bron.csv");
        Files.writeString(bron, "onderdeel;categorie\nDGOO;g\n");
        String verouderd = Archief.sha256(bron);
        Files.writeString(bron, "onderdeel;categorie\nDGOO;h\n"); // changed after the checksum was taken
        Archief archief = new Archief(tmp.resolve("data"));
        assertThat(archief.bewaar(bron, verouderd)).isEqualTo(Archief.Bewaring.NIET_BEWAARD);
        assertThat(archief.pad(verouderd)).doesNotExist();
        try (var s = Files.walk(tmp.resolve("data"))) {
            assertThat(s.filter(Files::isRegularFile)).isEmpty(); // no temporary file left behind either
        }
        // with the right checksum it is archived, read-only
        String actueel = Archief.sha256(bron);
        assertThat(archief.bewaar(bron, actueel)).isEqualTo(Archief.Bewaring.BEWAARD);
        assertThat(archief.pad(actueel)).hasContent("onderdeel;categorie\nDGOO;h\n");
    }

    @Test
    void eenBestandDatVerdwijntVoordatHetGekopieerdIsWordtNietGearchiveerd() throws IOException {
        Path bron = tmp.resolve("weg.csv");
        Files.writeString(bron, "onderdeel;categorie\nDGOO;g\n");
        String sha = Archief.sha256(bron);
        Files.delete(bron);
        Archief archief = new Archief(tmp.resolve("data"));
        assertThat(archief.bewaar(bron, sha)).isEqualTo(Archief.Bewaring.NIET_BEWAARD);
        assertThat(archief.pad(sha)).doesNotExist();
    }

    /**
     * A ministry rewrites its file over and over while three runs read it. Whatever moment each run catches, the
     * file keeps a version in force. (Whether a run catches the file mid-write depends on timing; the assertions
     * hold either way, so the test never fails spuriously.)
     */
    @Test
    void eenBestandDatTijdensDeRunWijzigtBehoudtZijnVersieInGebruik() throws Exception {
        Path bestand = tmp.resolve("input/BZK/2023/incidenten.csv");
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, "onderdeel;categorie\nDGOO;g\nDGOO;h\n");
        run();
        assertThat(inGebruik()).isEqualTo(2);

        byte[] a = inhoud('g');
        byte[] b = inhoud('h');
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong geschreven = new AtomicLong();
        Thread schrijver = new Thread(() -> {
            while (!stop.get()) {
                // a slow upload: 16 KB at a time, so a run nearly always finds the file half-written
                byte[] inhoud = geschreven.incrementAndGet() % 2 == 0 ? a : b;
                try (OutputStream o = Files.newOutputStream(bestand)) {
                    for (int p = 0; p < inhoud.length && !stop.get(); p += 16_384) {
                        o.write(inhoud, p, Math.min(16_384, inhoud.length - p));
                        o.flush();
                        Thread.sleep(1);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "ministerie-schrijft");
        schrijver.start();
        try {
            for (int i = 0; i < 3; i++) {
                run();
                // a version of the file is in force, whichever: 2 rows (the first), or a complete or cut-off rewrite
                assertThat(inGebruik()).as("run " + (i + 2)).isPositive();
            }
        } finally {
            stop.set(true);
            schrijver.join();
        }
        assertThat(geschreven.get()).isGreaterThan(1);
    }

    /** 20,000 incidents of one category, about 1.5 MB, so that reading it takes a while. */
    private static byte[] inhoud(char categorie) {
        StringBuilder s = new StringBuilder("onderdeel;categorie;omschrijving\n");
        String tekst = HexFormat.of().formatHex(new byte[30]);
        for (int i = 0; i < 20_000; i++) {
            s.append("Onderdeel ").append(i).append(';').append(categorie).append(';').append(tekst).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void run() {
        Pijplijn.run(tmp);
    }

    private long inGebruik() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp.resolve("data/warehouse.duckdb"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM stg_melding WHERE ministerie = 'BZK' AND jaar = 2023")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
