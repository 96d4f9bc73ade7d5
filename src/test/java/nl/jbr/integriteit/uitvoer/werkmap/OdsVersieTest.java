package nl.jbr.integriteit.uitvoer.werkmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.jbr.integriteit.uitvoer.werkmap.OdsSchrijver;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;

/**
 * Issue 23 item 2, the fast half: an {@code .ods} declares ODF 1.3, the version whose {@code number:min-decimal-places}
 * its number styles use, in every part that carries a version (content, styles and the manifest twice). The ODF
 * validator itself runs over the published workbooks in {@code ValidatorenTest}.
 */
class OdsVersieTest {

    @TempDir
    Path tmp;

    @Test
    void elkDeelVerklaartOdf13() throws IOException {
        List<Werkblad.Rij> rijen = List.of(Werkblad.Rij.van(Werkblad.Stijl.KOP, "ministerie", "percentage"),
                Werkblad.Rij.van(Werkblad.Stijl.GEWOON, "BZK", new BigDecimal("12.5")));
        Path ods = tmp.resolve("t.ods");
        new OdsSchrijver().schrijf(ods, List.of(new Werkblad("Tabel 1", rijen, Werkblad.breedtes(rijen, 40), 1)));
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String content = lees(zip, "content.xml");
            assertThat(content).contains("number:min-decimal-places=\"1\"").contains(" office:version=\"1.3\"").doesNotContain("\"1.2\"");
            assertThat(lees(zip, "styles.xml")).contains(" office:version=\"1.3\"").doesNotContain("\"1.2\"");
            String manifest = lees(zip, "META-INF/manifest.xml");
            assertThat(manifest).contains("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">")
                    .contains("<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\"").doesNotContain("\"1.2\"");
        }
    }

    private static String lees(ZipFile zip, String naam) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(naam)).readAllBytes(), StandardCharsets.UTF_8);
    }
}
