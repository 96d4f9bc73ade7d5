package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * {@code validate} prints findings that quote cells and headers; a cell holding terminal escape sequences (clear the
 * screen, retitle the window, fake a line "GEACCEPTEERD") must reach the operator's terminal as visible text only.
 */
class TerminalTest {

    @TempDir
    Path tmp;

    @Test
    void stuurtekensUitHetBestandBereikenDeTerminalNiet() throws Exception {
        Path bestand = tmp.resolve("BZK/2024/escape.csv");
        Files.createDirectories(bestand.getParent());
        // ESC [2J clears the screen; CR + text overwrites the line; ESC ] 0; sets the window title; U+009B is the C1 CSI
        Files.writeString(bestand, "onderdeel;categorie;kleur\u001B[2J\nDGOO;\"Zonnebloem\u001B]0;gehackt\u0007\rUitkomst:    "
                + "GEACCEPTEERD\u009B31m\";x\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "validate", bestand.toString());
        String tekst = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(tekst + err).isEqualTo(1); // the category is unknown: rejected
        assertThat(tekst).contains("CATEGORIE_ONBEKEND").contains("KOLOM_ONBEKEND");
        assertThat(tekst.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F))).isEmpty();
        // the CR inside a (one-line) category cell is white space: normalised to one space before anything else (issue 10)
        assertThat(tekst).contains("Zonnebloem?]0;gehackt? Uitkomst: GEACCEPTEERD?31m");
    }
}
