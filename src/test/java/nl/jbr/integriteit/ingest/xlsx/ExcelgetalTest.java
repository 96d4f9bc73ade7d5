package nl.jbr.integriteit.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 22 A: the number of a cell is read as text, with limits on digits and exponent before any arithmetic. */
class ExcelgetalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|12",
            "' 12 '|12",
            "-1.5|-1.5",
            "+7|7",
            "0.30000000000000004|0.30000000000000004",
            "1E+3|1000",
            "1.5e-3|0.0015",
            ".5|0.5",
            "5.|5",
            "000000000000000000000000000000000000000000000000000012|12", // leading zeros are no digits
            "12000000000000000000000000000000000000000000000000000000|1.2E+55", // nor are trailing zeros
            "0E+999999|0",
            "-0|0",
            "1234567890123456789012345678901234567890|1234567890123456789012345678901234567890", // 40 digits
            "1E+400|1E+400",
            "1E-400|1E-400",
            "9.99E+400|9.99E+400",
            "0.00123E-397|1.23E-400"})
    void numbersWithinTheLimits(String tekst, String waarde) {
        Excelgetal.Uitkomst u = Excelgetal.lees(tekst);
        assertThat(u).isInstanceOf(Excelgetal.Getal.class);
        assertThat(((Excelgetal.Getal) u).waarde()).isEqualByComparingTo(new BigDecimal(waarde));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E-2000000000", "1E+100000000", "1E+99998", "1E+401", "1E-401", "10E+400",
            "0.1E-400", "12345678901234567890123456789012345678901", "1.2345678901234567890123456789012345678901",
            "1E+99999999999999999999999999", "-1e401"})
    void numbersBeyondTheLimits(String tekst) {
        assertThat(Excelgetal.lees(tekst)).isInstanceOf(Excelgetal.Onbruikbaar.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "NaN", "Infinity", "-Infinity", "0x10", "1e", "1e+", "e5", ".", "+", "1.2.3", "1,5",
            "12 ", "1 2", "١٢", "1E5.5", "--1", "1e--1"})
    void noNumberAtAll(String tekst) {
        if (tekst.equals("12 ")) {
            assertThat(Excelgetal.lees(tekst)).isInstanceOf(Excelgetal.Getal.class); // surrounding spaces are ignored
            return;
        }
        assertThat(Excelgetal.lees(tekst)).as(tekst).isInstanceOf(Excelgetal.GeenGetal.class);
    }

    @org.junit.jupiter.api.Test
    void aMillionDigitsAreCountedNotParsed() {
        assertThat(Excelgetal.lees("7".repeat(1_000_000))).isInstanceOf(Excelgetal.Onbruikbaar.class);
        assertThat(Excelgetal.lees("0".repeat(1_000_000) + "7")).isInstanceOf(Excelgetal.Getal.class);
        assertThat(Excelgetal.lees("0." + "0".repeat(1_000_000) + "7")).isInstanceOf(Excelgetal.Onbruikbaar.class);
    }
}
