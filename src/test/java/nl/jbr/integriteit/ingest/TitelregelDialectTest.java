package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jbr.integriteit.bevinding.BevindingCode;

/**
 * Issue 23: the separator is decided on the header row, not on a title line typed above it. A title without trailing
 * separators (typed in a text editor), with them (as Excel writes it) or holding the other separator, in UTF-8 and
 * Windows-1252, for both separators: the file is the incidenten form, its two rows read, the title skipped.
 */
class TitelregelDialectTest {

    @TempDir
    Path dir;

    enum Titel { GEEN, ZONDER_SCHEIDINGSTEKENS, MET_SCHEIDINGSTEKENS, MET_ANDER_SCHEIDINGSTEKEN }

    static Stream<Arguments> gevallen() {
        List<Arguments> out = new ArrayList<>();
        for (char sep : new char[] {';', ','}) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
                for (Titel t : Titel.values()) {
                    out.add(Arguments.of(sep, cs, t));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] sep={0} {1} titel={2}")
    @MethodSource("gevallen")
    void theHeaderRowDecidesTheSeparator(char sep, Charset charset, Titel titel) throws IOException {
        String s = String.valueOf(sep);
        char ander = sep == ';' ? ',' : ';';
        String tekst = switch (titel) {
            case GEEN -> "";
            case ZONDER_SCHEIDINGSTEKENS -> "Opgave integriteit 2024 – Één\r\n";
            case MET_SCHEIDINGSTEKENS -> "Opgave integriteit 2024 – Één" + s + s + "\r\n";
            case MET_ANDER_SCHEIDINGSTEKEN -> "Opgave integriteit 2024" + ander + " ministerie van BZK – Één\r\n";
        } + "onderdeel" + s + "categorie" + s + "datum_melding\r\n"
                + "DGOO" + s + "g" + s + "2024-03-01\r\n"
                + "DGOO" + s + "h" + s + "2024-04-01\r\n";
        Path f = Files.write(dir.resolve("incidenten.csv"), tekst.getBytes(charset));

        ValidatieResultaat r = Validatoren.met(Validatoren.TEST_LIMIETEN).valideer(f, "BZK", 2024, RijOntvanger.NIETS);

        // a file of ASCII alone is valid UTF-8: only a title with accents makes the Windows-1252 file one
        String encoding = titel == Titel.GEEN || charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252";
        assertThat(r.dialect()).isEqualTo((sep == ';' ? "puntkomma-gescheiden, " : "komma-gescheiden, ") + encoding);
        assertThat(r.formulier()).as(r.bevindingen().toString()).isEqualTo("incidenten");
        assertThat(r.fouten()).as(r.bevindingen().toString()).isZero();
        assertThat(r.gegevensregels()).isEqualTo(2);
        assertThat(r.bevindingen().stream().anyMatch(b -> b.code() == BevindingCode.KOPREGEL_NA_TITELREGELS))
                .isEqualTo(titel != Titel.GEEN);
    }

    /**
     * No title: a wrong separator may not skip the header and data lines as "titles" until a line happens to split
     * (here the last line, typed with a comma): the header splits on ';', so ';' it is, and line 3 lacks its categorie.
     */
    @org.junit.jupiter.api.Test
    void aWrongSeparatorDoesNotSkipTheHeaderAsATitle() throws IOException {
        Path f = Files.writeString(dir.resolve("incidenten.csv"), "onderdeel;categorie\nDGOO;g\nDGOO;h\nDGOO,h\n");
        ValidatieResultaat r = Validatoren.met(Validatoren.TEST_LIMIETEN).valideer(f, "BZK", 2024, RijOntvanger.NIETS);
        assertThat(r.dialect()).isEqualTo("puntkomma-gescheiden, UTF-8");
        assertThat(r.formulier()).isEqualTo("incidenten");
        assertThat(r.bevindingen()).anyMatch(b -> b.regel() == 4 && b.code() == BevindingCode.WAARDE_ONTBREEKT);
    }
}
