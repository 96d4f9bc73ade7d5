package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.Pijplijn.Uitvoer;
import nl.jbr.integriteit.opdracht.Uitgang;

/**
 * Issue 22 B: a command line that cannot be carried out (an unknown option, a value of the wrong kind, a folder that
 * is not there, a cron expression that is not one) ends with exit code 2 and one Dutch sentence, and creates nothing:
 * no data directory, no log, no output. Every command's options, in the real application.
 */
class GebruiksfoutenTest {

    @TempDir
    Path tmp;

    private Path input;

    @BeforeEach
    void invoer() throws IOException {
        input = Files.createDirectories(tmp.resolve("input/BZK/2024")).getParent().getParent();
        Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
    }

    /** The command line: {@code |} separates arguments; IN, UIT, DATA and WEG are folders of this test. */
    private String[] args(String regel) {
        List<String> args = new ArrayList<>();
        for (String a : regel.split("\\|")) {
            args.add(a.replace("IN", input.toString()).replace("UIT", tmp.resolve("output").toString())
                    .replace("DATA", tmp.resolve("data").toString()).replace("WEG", tmp.resolve("weg").toString())
                    .replace("BESTAND", input.resolve("BZK/2024/incidenten.csv").toString()));
        }
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "run|--jaar|abc|--input|IN|--output|UIT|--data|DATA",
            "run|--jaar=20244|--input|IN|--output|UIT|--data|DATA",
            "run|--onbekend|x|--input|IN|--output|UIT|--data|DATA",
            "run|--input|WEG|--output|UIT|--data|DATA",
            "run|--input|BESTAND|--output|UIT|--data|DATA",
            "run|--jbr.limits.max-rows|abc|--input|IN|--output|UIT|--data|DATA",
            "run|--jbr.limits.max-file-bytes|1,5|--input|IN|--output|UIT|--data|DATA",
            "run|--jbr.inname-threads|x|--input|IN|--output|UIT|--data|DATA",
            "run|--jbr.onthulling.drempel|drie|--input|IN|--output|UIT|--data|DATA",
            "run|--wait|--jbr.run.wachttijd|morgen|--input|IN|--output|UIT|--data|DATA",
            "serve|--cron|0 2 * * *|--input|IN|--output|UIT|--data|DATA",
            "serve|--cron|elke nacht|--input|IN|--output|UIT|--data|DATA",
            "serve|--input|WEG|--output|UIT|--data|DATA",
            "serve|--jbr.limits.max-rows|-|--input|IN|--output|UIT|--data|DATA",
            "serve|--jbr.serve.rustperiode|even|--input|IN|--output|UIT|--data|DATA",
            "status|--data|DATA",
            "status|--data|DATA|--onbekend",
            "validate|BESTAND|--jaar|abc",
            "validate|WEG|--ministerie|BZK|--jaar|2024",
            "validate|BESTAND|--jbr.limits.max-rows|abc",
            "formulier|--ministerie|XYZ|--output|UIT",
            "formulier|--jaar|volgend|--output|UIT",
            "formulier|--jbr.limits.max-fields|veel|--output|UIT"})
    void eenGebruiksfoutMaaktNietsAan(String regel) throws IOException {
        Uitvoer u = Pijplijn.start(args(regel));
        assertThat(u.code()).as(u.out() + u.err()).isEqualTo(Uitgang.GEBRUIK);
        assertThat(u.err()).isNotBlank().doesNotContain("Exception").doesNotContain("at nl.").doesNotContain("at org.")
                .doesNotContain("Failed").doesNotContain("must");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("created by '" + regel + "'").containsExactly("input");
        }
        try (Stream<Path> s = Files.walk(input)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void eenInstellingVanDeVerkeerdeSoortInEenZin() {
        Uitvoer u = Pijplijn.start(args("run|--jbr.limits.max-rows|abc|--input|IN|--output|UIT|--data|DATA"));
        assertThat(u.err()).isEqualTo("De instelling jbr.limits.max-rows heeft de waarde 'abc'; dat is geen geheel getal. "
                + "Er is niets gedaan." + System.lineSeparator());
        Uitvoer duur = Pijplijn.start(args("run|--wait|--jbr.run.wachttijd|morgen|--input|IN|--output|UIT|--data|DATA"));
        assertThat(duur.err()).isEqualTo("De instelling jbr.run.wachttijd heeft de waarde 'morgen'; dat is geen tijdsduur "
                + "(schrijf bijvoorbeeld 30s, 5m of 12h). Er is niets gedaan." + System.lineSeparator());
    }
}
