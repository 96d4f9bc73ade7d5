package nl.jbr.integriteit.normalise.privacy;

import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EMAILADRES;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EXCEL_CODERING;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSOONSNAAM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.TELEFOONNUMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21 item 5: no text that holds an Excel escape ({@code _x} + four hex digits + {@code _}) is ever published,
 * whether it decodes to personal data, to something harmless, or to another escape. The pipeline publishes a text
 * only when {@link VrijeTekstScreening#screen} finds nothing, so every such text must give a non-empty answer;
 * {@link Persoonsgegeven#EXCEL_CODERING} says why.
 */
class VrijeTekstScreeningExcelCoderingTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    private void assertHeldBack(String text) {
        Set<Persoonsgegeven> found = screening.screen(text);
        assertTrue(found.contains(EXCEL_CODERING), () -> "text: " + text + " gave " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Melding_x000D_ over het gedrag van een collega",      // a carriage return: harmless, still held back
        "Ongewenste omgangsvormen_x000A_",
        "Dienst_x0020_Justitiële_x0020_Inrichtingen",
        "_x0041_",
        "verlies van een laptop _x002D_ gemeld",
        "verlies van een laptop _x002d_ gemeld",                // hex digits in lower case
        "verlies van een laptop _X002D_ gemeld",                // a capital X is read too
        "tekst _x005F_x0040_ met een dubbele codering",         // decodes to the literal _x0040_
        "tekst _x005F_x005F_x0040_ driedubbel",
        "&#95;x0040&#95; via HTML",                               // the underscores as HTML references
        "%5Fx0040%5F via procentcodering",
        "=5Fx0040=5F via quoted-printable",
        "\uff3f\uff58\uff10\uff10\uff14\uff10\uff3f in brede tekens",      // full-width: NFKC makes it _x0040_
        "_x00\u200b40_ met een spatie zonder breedte erin",
        "&amp;#95;x0040&amp;#95; tweemaal HTML"})
    void everyTextWithAnExcelEscapeIsHeldBack(String text) {
        assertHeldBack(text);
    }

    @Test
    void whatTheEscapeHidesIsFoundToo() {
        // the text as written is screened too: there "jansen" is a surname on its own
        assertEquals(Set.of(EMAILADRES, PERSOONSNAAM, EXCEL_CODERING),
                screening.screen("mail van j.jansen_x0040_minbzk.nl"));
        assertEquals(Set.of(TELEFOONNUMMER, EXCEL_CODERING), screening.screen("bel 06_x002D_12345678"));
        assertEquals(Set.of(PERSOONSNAAM, EXCEL_CODERING),
                screening.screen("_x004A__x0061__x006E__x0073__x0065__x006E_ heeft gefraudeerd"));
        // double-escaped: decoded in two rounds
        assertTrue(screening.screen("mail naar j.jansen_x005F_x0040_minbzk.nl").contains(EMAILADRES));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bestand rapport_x12_.pdf gedeeld",          // three hex digits
        "Bestand rapport_xGGGG_.pdf gedeeld",        // not hex
        "code x0040 zonder lage streepjes",
        "variabele max_x_waarde",
        "_x004_",
        "Dossier_2024_x"})
    void whatOnlyLooksLikeAnEscapeIsNotHeldBack(String text) {
        assertEquals(Set.of(), screening.screen(text), () -> "text: " + text);
    }

    /**
     * Every ordinary text of the corpus, with an escape of a random character put in at a random place, in random
     * case: always held back. The texts are clean without the escape (VrijeTekstScreeningVariantenTest).
     */
    @Test
    void anEscapeAnywhereInAnyOrdinaryTextHoldsItBack() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String resource : List.of("/privacy/gewone-teksten.txt", "/privacy/gewone-teksten-achteraf.txt")) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        texts.add(line.split("\\|", 2)[1]);
                    }
                }
            }
        }
        Random random = new Random(21_05L);
        int checked = 0;
        for (int round = 0; round < 20; round++) {
            for (String text : texts) {
                String hex = String.format("%04X", random.nextInt(0x10000));
                String escape = "_" + (random.nextInt(4) == 0 ? "X" : "x")
                        + (random.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT)) + "_";
                int at = random.nextInt(text.length() + 1);
                assertHeldBack(text.substring(0, at) + escape + text.substring(at));
                checked++;
            }
        }
        assertEquals(20 * texts.size(), checked);
    }
}
