package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.SchemaSource;

class DropFolderScannerTest {

    @TempDir
    Path tmp;

    private final DropFolderScanner scanner = new DropFolderScanner(new Ministeries(SchemaSource.embedded()));

    @Test
    void alleenGewoneBestandenInGeldigeMinisterieEnJaarmappen() throws IOException {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"));
        schrijf(input.resolve("BZK/2024/personeel met spatie.csv"));
        schrijf(input.resolve("FIN/2023/incidenten.csv"));
        schrijf(input.resolve("XYZ/2024/a.csv"));                 // not a ministry
        schrijf(input.resolve("BZK/2O24/b.csv"));                 // letter O in the year
        schrijf(input.resolve("EZK/2025/c.csv"));                 // EZK existed until 2024
        schrijf(input.resolve("BZK/2024/.~lock.incidenten.csv#")); // spreadsheet lock file
        schrijf(input.resolve("BZK/2024/~$incidenten.csv"));
        schrijf(input.resolve("README.md"));                      // file at the top level
        schrijf(input.resolve("BZK/los.csv"));                    // file not in a year folder
        Files.createDirectories(input.resolve("BZK/2024/map.csv"));  // directory named like a file
        Path buiten = schrijf(tmp.resolve("geheim.csv"));
        Files.createSymbolicLink(input.resolve("BZK/2024/link.csv"), buiten);
        Files.createSymbolicLink(input.resolve("AZ"), tmp);         // a linked ministry folder is not followed either

        DropFolderScanner.Resultaat r = scanner.scan(input);

        assertThat(r.bestanden()).extracting(AangeleverdBestand::weergave)
                .containsExactly("BZK/2024/incidenten.csv", "BZK/2024/personeel met spatie.csv", "FIN/2023/incidenten.csv");
        assertThat(r.genegeerd()).extracting(GenegeerdPad::pad).containsExactlyInAnyOrder(
                "XYZ/", "BZK/2O24/", "EZK/2025/", "BZK/2024/.~lock.incidenten.csv#", "BZK/2024/~$incidenten.csv",
                "README.md", "BZK/los.csv", "BZK/2024/map.csv", "BZK/2024/link.csv", "AZ");
        assertThat(r.genegeerd()).filteredOn(g -> g.pad().equals("EZK/2025/")).singleElement()
                .extracting(GenegeerdPad::reden).asString().contains("bestond niet in 2025");
    }

    @Test
    void deMinisteriecodeMoetPreciesKloppen() throws IOException {
        // issue 10: no case-insensitive surprises ('ſZW' and 'FİN' equal SZW and FIN under equalsIgnoreCase)
        for (String map : new String[] {"bzk", "\u017FZW", "F\u0130N"}) {
            schrijf(tmp.resolve("input/" + map + "/2024/a.csv"));
        }
        DropFolderScanner.Resultaat r = scanner.scan(tmp.resolve("input"));
        assertThat(r.bestanden()).isEmpty();
        assertThat(r.genegeerd()).extracting(GenegeerdPad::pad).containsExactlyInAnyOrder("bzk/", "\u017FZW/", "F\u0130N/");
        assertThat(r.genegeerd()).filteredOn(g -> g.pad().equals("bzk/")).singleElement()
                .extracting(GenegeerdPad::reden).asString().contains("Bedoelt u 'BZK'?");
    }

    @Test
    void ontbrekendeInvoermapIsGeenCrash() {
        assertThat(scanner.scan(tmp.resolve("bestaat-niet")).genegeerd()).hasSize(1);
    }

    private static Path schrijf(Path p) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "onderdeel;categorie\n");
    }
}
