package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    /**
     * Published example IBANs (SWIFT IBAN registry, bank websites). For NL91ABNA0417164300: move NL91 to the end,
     * letters to numbers (A=10, B=11, N=23, L=21) gives 101123100417164300232191, and that number mod 97 = 1.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "NL91ABNA0417164300", "NL02ABNA0123456789", "NL20INGB0001234567", "NL39RABO0300065264",
        "DE89370400440532013000", "GB29NWBK60161331926819", "BE68539007547034", "FR1420041010050500013M02606",
        "CH9300762011623852957", "NO9386011117947", "MT84MALT011000012345MTLCAST001S"})
    void publishedExamplesPassMod97(String iban) {
        assertTrue(Iban.mod97Valid(iban));
        assertEquals(iban.length(), Iban.length(iban.substring(0, 2)));
    }

    /** The same examples with one digit changed: mod 97 detects every single-digit substitution. */
    @ParameterizedTest
    @ValueSource(strings = {
        "NL91ABNA0417164301", "NL02ABNA0123456788", "NL20INGB0001234568", "NL39RABO0300065265",
        "DE89370400440532013001", "GB29NWBK60161331926818", "BE68539007547035", "FR1420041010050500013M02607",
        "CH9300762011623852958", "NO9386011117948", "NL92ABNA0417164300"})
    void oneDigitChangedFailsMod97(String iban) {
        assertFalse(Iban.mod97Valid(iban));
    }

    @Test
    void unknownCountryHasNoLength() {
        assertEquals(0, Iban.length("XX"));
        assertEquals(0, Iban.length("US"));
        assertEquals(18, Iban.length("NL"));
    }
}
