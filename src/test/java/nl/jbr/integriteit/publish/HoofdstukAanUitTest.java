package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Turning the chapter off (or on) republishes every year: before, the run saw nothing changed and left the chapter of
 * the previous run in the public folder, and a recovered run copied it with the unchanged rijksbrede scope.
 */
class HoofdstukAanUitTest {

    @TempDir
    Path root;

    @Test
    void hetHoofdstukVolgtDeInstelling() throws IOException {
        Path map = Files.createDirectories(root.resolve("input/BZK/2024"));
        Files.writeString(map.resolve("incidenten.csv"), "onderdeel,categorie\nDirectie A,g\nDirectie A,g\nDirectie A,h\n");
        Path jaar = root.resolve("output/openbaar/2024");

        Pijplijn.run(root, "--jbr.hoofdstuk.aan", "true");
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.pdf")).exists();
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.odt")).exists();
        assertThat(Files.readString(jaar.resolve("index.html"))).contains("hoofdstuk-integriteit-2024.html");

        Pijplijn.run(root, "--jbr.hoofdstuk.aan", "false");
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.pdf")).doesNotExist();
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.odt")).doesNotExist();
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.html")).doesNotExist();
        assertThat(Files.readString(jaar.resolve("index.html"))).doesNotContain("hoofdstuk-integriteit");

        Pijplijn.run(root, "--jbr.hoofdstuk.aan", "true");
        assertThat(jaar.resolve("hoofdstuk-integriteit-2024.pdf")).exists();
    }
}
