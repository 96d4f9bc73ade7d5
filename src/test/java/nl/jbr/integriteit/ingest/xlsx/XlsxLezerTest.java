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
        assertThat(XlsxLezer.datum(new BigDecimal("45658"), false)).isEqualTo("2025-01-01");
        assertThat(XlsxLezer.datum(new BigDecimal("45352.75"), false)).isEqualTo("2024-03-01"); // time of day dropped
        assertThat(XlsxLezer.datum(new BigDecimal("61"), false)).isEqualTo("1900-03-01");
        assertThat(XlsxLezer.datum(new BigDecimal("59"), false)).isEqualTo("1900-02-28"); // before Excel's non-existent 29 February
        assertThat(XlsxLezer.datum(new BigDecimal("1"), false)).isEqualTo("1900-01-01");
        assertThat(XlsxLezer.datum(new BigDecimal("2958465.99"), false)).isEqualTo("9999-12-31");
        // outside Excel's dates: no date (a fout on the cell)
        assertThat(XlsxLezer.datum(new BigDecimal("0"), false)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("0.5"), false)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("2958466"), false)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("-45658"), false)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("12345678901234567890"), false)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("1E+400"), false)).isNull();
    }

    @Test
    void dateSerialsInThe1904System() {
        // serial 0 is 1904-01-01; the systems are 1462 days apart (45352 = 2024-03-01 in the 1900 system)
        assertThat(XlsxLezer.datum(new BigDecimal("0"), true)).isEqualTo("1904-01-01");
        assertThat(XlsxLezer.datum(new BigDecimal("59"), true)).isEqualTo("1904-02-29"); // 1904 is a leap year
        assertThat(XlsxLezer.datum(new BigDecimal("43890"), true)).isEqualTo("2024-03-01");
        assertThat(XlsxLezer.datum(new BigDecimal("2957003"), true)).isEqualTo("9999-12-31");
        assertThat(XlsxLezer.datum(new BigDecimal("2957004"), true)).isNull();
        assertThat(XlsxLezer.datum(new BigDecimal("-0.5"), true)).isNull();
    }

    @Test
    void cellReferencesWithinExcelsSheet() {
        assertThat(XlsxLezer.binnenWerkblad("A1")).isTrue();
        assertThat(XlsxLezer.binnenWerkblad("XFD1048576")).isTrue();
        assertThat(XlsxLezer.binnenWerkblad("xfd12")).isTrue();
        for (String ref : new String[] {"XFE1", "A1048577", "A2000000", "AAAA1", "A0", "A", "1", "2A", "A-1", "A1B", "A 1",
                "A12345678", "A99999999999999999999"}) {
            assertThat(XlsxLezer.binnenWerkblad(ref)).as(ref).isFalse();
        }
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
