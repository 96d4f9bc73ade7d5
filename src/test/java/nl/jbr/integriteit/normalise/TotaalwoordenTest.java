package nl.jbr.integriteit.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jbr.integriteit.schema.SchemaSource;

/** Total rows are recognised by the words of input-schemas/totaalwoorden.csv, as whole words only. */
class TotaalwoordenTest {

    private static final Totaalwoorden WOORDEN = new Totaalwoorden(SchemaSource.embedded());

    @ParameterizedTest
    @ValueSource(strings = {"Totaal", "TOTAAL", "Totaal:", "Totaal BZK", "BZK totaal", "Subtotaal", "Sub-totaal", "Eindtotaal",
            "Generaal totaal", "Totaal generaal", "Total", "Grand Total", "Totalen", "Som", " totaal ", "Totaal\u00A0BZK",
            "T\u043Etaal", "Tot\u200Baal", "Totaal van alle onderdelen", "Alle onderdelen"})
    void totaal(String tekst) {
        assertThat(WOORDEN.isTotaal(Tekstnormalisatie.normaliseer(tekst, false).tekst())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Totaalbeheer Rijksvastgoed", "Belastingdienst", "DGOO", "Team Som en Telling",
            "Dienst Totaalzorg", "Somalische zaken", "Totalitair", ""})
    void geenTotaal(String tekst) {
        assertThat(WOORDEN.isTotaal(tekst)).isFalse();
    }
}
