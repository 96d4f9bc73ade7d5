package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeyTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "Toelichting afronding|toelichting afronding",
            "toelichting_afronding|toelichting afronding",
            "  TOELICHTING--AFRONDING  |toelichting afronding",
            "Toelichting\tafronding|toelichting afronding",
            "Financiële schendingen|financiele schendingen",
            "Misdragingen in de privésfeer|misdragingen in de privesfeer",
            "Aannemen gunsten/giften/geschenken|aannemen gunsten giften geschenken",
            "Diefstal-verduistering|diefstal verduistering",
            "c.) Overig|c overig",
            "(c)|c",
            "Omkoping (corruptie)|omkoping corruptie",
            "'Ongepaste communicatie.'|ongepaste communicatie",
            "\uFEFFcategorie|categorie",
            "Ñandú çà ÉÈ|nandu ca ee",
            "aantal_fte 2024|aantal fte 2024",
            "...|''",
    })
    void key(String text, String key) {
        assertEquals(key, TextKey.of(text));
    }

    /**
     * The ASCII shortcut gives the key the general path gives: every ASCII character at the start, in the middle and
     * at the end of a word and beside a space, and 20,000 random ASCII strings (case, digits, punctuation, runs of
     * spaces, tabs and control characters); text with a character above U+007F is left to the general path.
     */
    @org.junit.jupiter.api.Test
    void theAsciiShortcutAgreesWithTheGeneralPath() {
        for (char c = 0; c < 0x80; c++) {
            for (String tekst : new String[] {c + "ab", "a" + c + "b", "ab" + c, "a " + c + " b", String.valueOf(c), "A" + c + c + "Z"}) {
                assertEquals(TextKey.algemeen(tekst), TextKey.ascii(tekst), () -> "'" + tekst + "'");
            }
        }
        java.util.Random random = new java.util.Random(2711);
        String tekens = "aAzZ09 _-.,;:/()'\"\t\u0000\u007F";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = random.nextInt(20); j > 0; j--) {
                b.append(tekens.charAt(random.nextInt(tekens.length())));
            }
            String tekst = b.toString();
            assertEquals(TextKey.algemeen(tekst), TextKey.ascii(tekst), () -> "'" + tekst + "'");
        }
        assertEquals(null, TextKey.ascii("privésfeer"));
        assertEquals("privesfeer", TextKey.of("privésfeer"));
    }

    @org.junit.jupiter.api.Test
    void nullAndEmpty() {
        assertEquals("", TextKey.of(null));
        assertEquals("", TextKey.of(""));
        assertEquals("", TextKey.of(" \t "));
    }

    @org.junit.jupiter.api.Test
    void combiningAccentsAreDropped() {
        // "e" followed by U+0301 COMBINING ACUTE ACCENT, as some tools write it (already decomposed)
        assertEquals("prive", TextKey.of("prive\u0301"));
        assertEquals(TextKey.of("privé"), TextKey.of("prive\u0301"));
    }
}
