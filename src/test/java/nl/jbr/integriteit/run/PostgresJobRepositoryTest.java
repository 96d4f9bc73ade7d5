package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * The job repository on a real PostgreSQL server (binaries from Maven Central), chosen by configuration only
 * ({@code jbr.repository.url/username/password}, here as system properties, in production e.g. as
 * environment variables {@code JBR_REPOSITORY_URL} ...).
 */
@Tag("traag") // starts a PostgreSQL server: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class PostgresJobRepositoryTest {

    @TempDir
    Path tmp;

    @Test
    void runsWordenInPostgresqlBijgehouden() throws Exception {
        Files.createDirectories(tmp.resolve("input/BZK/2024"));
        Files.writeString(tmp.resolve("input/BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            System.setProperty("jbr.repository.url", pg.getJdbcUrl("postgres", "postgres"));
            System.setProperty("jbr.repository.username", "postgres");
            System.setProperty("jbr.repository.password", "");
            try {
                assertThat(start("run")).contains("RUN id=1 status=COMPLETED");
                assertThat(start("run")).contains("RUN id=2 status=COMPLETED");
                assertThat(start("status")).contains("run 2").contains("run 1").contains("incidenten.csv");
            } finally {
                System.clearProperty("jbr.repository.url");
                System.clearProperty("jbr.repository.username");
                System.clearProperty("jbr.repository.password");
            }
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM batch_job_execution WHERE status = 'COMPLETED'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        // nothing of the job repository went to the default H2 file
        assertThat(tmp.resolve("data/jobrepository")).doesNotExist();
    }

    private String start(String commando) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = "status".equals(commando)
                ? new String[] {commando, "--data", tmp.resolve("data").toString()}
                : new String[] {commando, "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("output").toString(),
                        "--data", tmp.resolve("data").toString()};
        int code = JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
