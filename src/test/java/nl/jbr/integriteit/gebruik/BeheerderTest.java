package nl.jbr.integriteit.gebruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/** Issue 13 item 6: what an operator reads is Dutch, without raw exception text, and status creates nothing. */
class BeheerderTest {

    @TempDir
    Path tmp;

    @Test
    void statusMetEenVerkeerdeDatamapMaaktNietsAanEnZegtDatHijNietBestaat() {
        Path typo = tmp.resolve("typo");
        Pijplijn.Uitvoer u = Pijplijn.start("status", "--data", typo.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("De datamap " + typo.toAbsolutePath() + " bestaat niet");
        assertThat(typo).doesNotExist();
    }

    @Test
    void statusZonderRunToontGeenDatabasetekst() throws IOException {
        Files.createDirectories(tmp.resolve("data"));
        Pijplijn.Uitvoer u = Pijplijn.start("status", "--data", tmp.resolve("data").toString());
        assertThat(u.code()).isZero();
        assertThat(u.out() + u.err()).doesNotContain("Catalog Error").doesNotContain("Exception")
                .doesNotContain("does not exist");
    }

    @Test
    void eenOngeldigeCronUitdrukkingHeleMaalNederlands() throws IOException {
        Files.createDirectories(tmp.resolve("input"));
        Pijplijn.Uitvoer u = Pijplijn.start("serve", "--cron", "0 2 * * *", "--input", tmp.resolve("input").toString(),
                "--output", tmp.resolve("output").toString(), "--data", tmp.resolve("data").toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("De cron-uitdrukking '0 2 * * *' is ongeldig").contains("zes velden")
                .doesNotContain("must").doesNotContain("fields");
    }
}
