package nl.jbr.integriteit.formulier;

import static nl.jbr.integriteit.Pijplijn.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn.Uitvoer;
import nl.jbr.integriteit.opdracht.Uitgang;

/**
 * {@code formulier --uit BESTAND}: a bare file name (no folder) is written in the working folder (issue 23: it ended in
 * a NullPointerException); a folder that cannot take the file gives one Dutch sentence that names no log file, as
 * {@code formulier} keeps none.
 */
class FormulierCommandoTest {

    @TempDir
    Path tmp;

    @Test
    void aBareFileNameIsWrittenInTheWorkingFolder() throws IOException {
        // the test's working folder is the project folder: a name no one else uses, removed afterwards
        String naam = "formulier-" + UUID.randomUUID() + ".xlsx";
        Path bestand = Path.of(naam);
        try {
            Uitvoer u = start("formulier", "--jaar", "2025", "--uit", naam);
            assertThat(u.code()).as(u.err()).isEqualTo(Uitgang.OK);
            assertThat(u.err()).isEmpty();
            assertThat(u.out()).contains("Registratieformulier 2025 geschreven: " + naam);
            assertThat(bestand).isRegularFile();
            try (var zip = new java.util.zip.ZipFile(bestand.toFile())) {
                assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
            }
        } finally {
            Files.deleteIfExists(bestand);
        }
    }

    @Test
    void aFileWhereAFolderShouldBeIsOneSentenceWithoutALogFile() throws IOException {
        Path geenMap = Files.writeString(tmp.resolve("geen-map"), "tekst");
        Uitvoer u = start("formulier", "--jaar", "2025", "--uit", geenMap.resolve("form.xlsx").toString());
        assertThat(u.code()).isEqualTo(Uitgang.MISLUKT);
        assertThat(u.err()).startsWith("Het formulier kan niet worden geschreven naar ")
                .doesNotContain("Exception", "jbr-integriteit.log", "logs/")
                .contains(geenMap.toString());
        assertThat(u.err().strip()).endsWith(".");
    }
}
