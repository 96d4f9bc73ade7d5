package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterCodeTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} + ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "c|c|''",
            "C|c|''",
            "c.|c|''",
            "c)|c|''",
            "c.)|c|''",
            "(c)|c|''",
            "c -|c|''",
            "c:|c|''",
            "c-|c|''",
            "  c.  |c|''",
            "c. Lekken van informatie|c|Lekken van informatie",
            "c) Lekken|c|Lekken",
            "(C) Lekken|c|Lekken",
            "c - Lekken|c|Lekken",
            "c: Lekken|c|Lekken",
            "c.)Overig|c|Overig",
            "Categorie g: Ongewenste omgangsvormen|g|Ongewenste omgangsvormen",
            "categorie h|h|''",
            "i|i|''",
            "a|a|''",
    })
    void prefix(String text, String letter, String rest) {
        LetterCode code = LetterCode.lees(text, 'i');
        assertEquals(letter, code.letter());
        assertEquals(rest, code.rest());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' has no letter code")
    @CsvSource(delimiter = '|', value = {
            "Aannemen gunsten/giften/geschenken",
            "aannemen van geschenken",
            "Emotioneel misbruik",
            "E-mailmisbruik",
            "Diefstal",
            "j) Iets anders",
            "Fraude",
            "Categorie",
            "1. Financiële schendingen",
            "a1 Fraude",
    })
    void noPrefix(String text) {
        LetterCode code = LetterCode.lees(text, 'i');
        assertNull(code.letter());
        assertEquals(text.strip(), code.rest());
    }
}
