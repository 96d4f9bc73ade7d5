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
