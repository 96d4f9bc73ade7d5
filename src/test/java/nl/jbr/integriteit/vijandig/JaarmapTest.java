package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.ingest.AangeleverdBestand;
import nl.jbr.integriteit.ingest.DropFolderScanner;
import nl.jbr.integriteit.ingest.GenegeerdPad;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.SchemaSource;

/** A year folder names a reporting year from 2000 up to the current year; anything else ('0000', '2204', next year) is ignored. */
class JaarmapTest {

    @TempDir
    Path tmp;

    @Test
    void jaarmappenBuitenHetBereikWordenGenegeerd() throws IOException {
        for (String jaar : new String[] {"1999", "2000", "2026", "2027", "2028", "0000"}) {
            Path p = tmp.resolve("input/BZK/" + jaar + "/a.csv");
            Files.createDirectories(p.getParent());
            Files.writeString(p, "onderdeel;categorie\nA;g\n");
        }
        // today is 1 June 2026: 2027 and 2028 have not been reported yet (issue 10: output/openbaar/2027 was published)
        Clock juni2026 = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        DropFolderScanner.Resultaat r = new DropFolderScanner(new Ministeries(SchemaSource.embedded()), juni2026)
                .scan(tmp.resolve("input"));
        assertThat(r.bestanden()).extracting(AangeleverdBestand::jaar).containsExactly(2000, 2026);
        assertThat(r.genegeerd()).extracting(GenegeerdPad::pad).containsExactly("BZK/0000/", "BZK/1999/", "BZK/2027/", "BZK/2028/");
        assertThat(r.genegeerd().get(2).reden()).contains("ligt na het huidige jaar 2026").contains("2000 tot en met 2026");
    }
}
