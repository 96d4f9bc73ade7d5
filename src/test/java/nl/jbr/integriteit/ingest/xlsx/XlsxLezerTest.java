package nl.jbr.integriteit.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class XlsxLezerTest {

    @Test
    void numbersAsExcelShowsThem() {
        assertThat(XlsxLezer.getal(new BigDecimal("12"))).isEqualTo("12");
        assertThat(XlsxLezer.getal(new BigDecimal("12.0"))).isEqualTo("12");
        assertThat(XlsxLezer.getal(new BigDecimal("3.0000000000000004"))).isEqualTo("3");
        assertThat(XlsxLezer.getal(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
        assertThat(XlsxLezer.getal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(XlsxLezer.getal(new BigDecimal("2147483648"))).isEqualTo("2147483648");
        assertThat(XlsxLezer.getal(new BigDecimal("-1.5"))).isEqualTo("-1.5");
    }

    @Test
    void dateSerialsInThe1900System() {
        assertThat(XlsxLezer.datum(new BigDecimal("45658"))).isEqualTo("2025-01-01");
        assertThat(XlsxLezer.datum(new BigDecimal("45352.75"))).isEqualTo("2024-03-01"); // time of day dropped
        assertThat(XlsxLezer.datum(new BigDecimal("61"))).isEqualTo("1900-03-01");
        assertThat(XlsxLezer.datum(new BigDecimal("59"))).isEqualTo("1900-02-28"); // before Excel's non-existent 29 February
        assertThat(XlsxLezer.datum(new BigDecimal("1"))).isEqualTo("1900-01-01");
        assertThat(XlsxLezer.datum(new BigDecimal("0"))).isEqualTo("0"); // no date: the number itself
    }

    @Test
    void dateFormatsAreRecognisedByTheirCode() {
        assertThat(XlsxLezer.isDatumformaat("d-m-yyyy")).isTrue();
        assertThat(XlsxLezer.isDatumformaat("d\\-m\\-yyyy")).isTrue();
        assertThat(XlsxLezer.isDatumformaat("[$-413]d mmmm yyyy;@")).isTrue();
        assertThat(XlsxLezer.isDatumformaat("dd/mm/jjjj")).isTrue(); // Dutch Excel writes j for the year
        assertThat(XlsxLezer.isDatumformaat("#,##0.0")).isFalse();
        assertThat(XlsxLezer.isDatumformaat("0.0 \"dagen\"")).isFalse();
        assertThat(XlsxLezer.isDatumformaat("[Red]0.00")).isFalse();
        assertThat(XlsxLezer.isDatumformaat("@")).isFalse();
    }

    @Test
    void cellReferences() {
        assertThat(XlsxLezer.kolomIndex("A1")).isZero();
        assertThat(XlsxLezer.kolomIndex("E12")).isEqualTo(4);
        assertThat(XlsxLezer.kolomIndex("AA3")).isEqualTo(26);
        assertThat(XlsxLezer.kolomIndex("XFD1")).isEqualTo(16383);
        assertThat(XlsxLezer.kolomIndex("12")).isEqualTo(-1);
    }
}
