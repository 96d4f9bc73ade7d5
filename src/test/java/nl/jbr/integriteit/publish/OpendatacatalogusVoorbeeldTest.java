package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;

/**
 * Issue 23 item 4 on the example drop folder: the catalogue of a whole run (six years, some three thousand files)
 * names every published file of every year and nothing else, under the base address given on the command line, and
 * passes the DCAT-AP 3.0.1 shapes.
 */
@Tag("traag") // the whole example run
class OpendatacatalogusVoorbeeldTest {

    private static final String BASIS = "https://open.example.nl/jbr-integriteit/"; // given without its slash

    @TempDir
    Path tmp;

    @Test
    void deCatalogusVanHetVoorbeeldBeschrijftElkGepubliceerdBestand() throws IOException {
        Kopie.map(Path.of("input"), tmp.resolve("input"));
        Pijplijn.run(tmp, "--jbr.publicatie.basis-url", "https://open.example.nl/jbr-integriteit");
        Path openbaar = tmp.resolve("output/openbaar");
        assertThat(Files.readString(openbaar.resolve("index.html"))).contains("href=\"catalogus.ttl\"");

        long start = System.nanoTime();
        Catalogusgraaf g = Catalogusgraaf.lees(openbaar.resolve("catalogus.ttl"));
        List<Catalogusgraaf.Bevinding> shacl = g.valideer();
        System.out.printf("catalogus: %d triples, %d datasets, %d distributies, gelezen en gevalideerd in %d ms%n", g.grootte(),
                g.vanType("Dataset").size(), g.vanType("Distribution").size(), (System.nanoTime() - start) / 1_000_000);
        assertThat(shacl).as("DCAT-AP 3.0.1").isEmpty();

        // the example publishes 2020 to 2025 (input/README.md)
        List<String> jaren = List.of("2020", "2021", "2022", "2023", "2024", "2025");
        try (Stream<Path> s = Files.list(openbaar)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}")).sorted()).containsExactlyElementsOf(jaren);
        }
        assertThat(g.vanType("Dataset")).containsExactlyElementsOf(jaren.stream().map(j -> BASIS + "catalogus.ttl#jaar-" + j).toList());
        int totaal = 0;
        for (String jaar : jaren) {
            Set<String> opSchijf = bestanden(openbaar, jaar);
            assertThat(g.downloads(BASIS + "catalogus.ttl#jaar-" + jaar, BASIS)).as(jaar).isEqualTo(opSchijf);
            totaal += opSchijf.size();
        }
        assertThat(g.vanType("Distribution")).hasSize(totaal);
    }

    /** Every file of a year's folder but its manifest, relative to openbaar/. */
    private static Set<String> bestanden(Path openbaar, String jaar) throws IOException {
        try (Stream<Path> s = Files.walk(openbaar.resolve(jaar))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.json"))
                    .map(p -> openbaar.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
