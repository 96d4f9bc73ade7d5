package nl.jbr.integriteit.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class XlsxLezerTest {

    @Test
    void numbersAsExcelShowsThem() {
        assertThat(XlsxReader.getal(new BigDecimal("12"))).isEqualTo("12");
        assertThat(XlsxReader.getal(new BigDecimal("12.0"))).isEqualTo("12");
        assertThat(XlsxReader.getal(new BigDecimal("3.0000000000000004"))).isEqualTo("3");
        assertThat(XlsxReader.getal(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
        assertThat(XlsxReader.getal(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(XlsxReader.getal(new BigDecimal("2147483648"))).isEqualTo("2147483648");
        assertThat(XlsxReader.getal(new BigDecimal("-1.5"))).isEqualTo("-1.5");
    }

    @Test
    void dateSerialsInThe1900System() {
        assertThat(XlsxReader.datum(new BigDecimal("45658"), false)).isEqualTo("2025-01-01");
        assertThat(XlsxReader.datum(new BigDecimal("45352.75"), false)).isEqualTo("2024-03-01"); // time of day dropped
        assertThat(XlsxReader.datum(new BigDecimal("61"), false)).isEqualTo("1900-03-01");
        assertThat(XlsxReader.datum(new BigDecimal("59"), false)).isEqualTo("1900-02-28"); // before Excel's non-existent 29 February
        assertThat(XlsxReader.datum(new BigDecimal("1"), false)).isEqualTo("1900-01-01");
        assertThat(XlsxReader.datum(new BigDecimal("2958465.99"), false)).isEqualTo("9999-12-31");
        // outside Excel's dates: no date (a fout on the cell)
        assertThat(XlsxReader.datum(new BigDecimal("0"), false)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("0.5"), false)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("2958466"), false)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("-45658"), false)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("12345678901234567890"), false)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("1E+400"), false)).isNull();
    }

    @Test
    void dateSerialsInThe1904System() {
        // serial 0 is 1904-01-01; the systems are 1462 days apart (45352 = 2024-03-01 in the 1900 system)
        assertThat(XlsxReader.datum(new BigDecimal("0"), true)).isEqualTo("1904-01-01");
        assertThat(XlsxReader.datum(new BigDecimal("59"), true)).isEqualTo("1904-02-29"); // 1904 is a leap year
        assertThat(XlsxReader.datum(new BigDecimal("43890"), true)).isEqualTo("2024-03-01");
        assertThat(XlsxReader.datum(new BigDecimal("2957003"), true)).isEqualTo("9999-12-31");
        assertThat(XlsxReader.datum(new BigDecimal("2957004"), true)).isNull();
        assertThat(XlsxReader.datum(new BigDecimal("-0.5"), true)).isNull();
    }

    @Test
    void cellReferencesWithinExcelsSheet() {
        assertThat(XlsxReader.binnenWerkblad("A1")).isTrue();
        assertThat(XlsxReader.binnenWerkblad("XFD1048576")).isTrue();
        assertThat(XlsxReader.binnenWerkblad("xfd12")).isTrue();
        for (String ref : new String[] {"XFE1", "A1048577", "A2000000", "AAAA1", "A0", "A", "1", "2A", "A-1", "A1B", "A 1",
                "A12345678", "A99999999999999999999"}) {
            assertThat(XlsxReader.binnenWerkblad(ref)).as(ref).isFalse();
        }
    }

    @Test
    void dateFormatsAreRecognisedByTheirCode() {
        assertThat(XlsxReader.isDatumformaat("d-m-yyyy")).isTrue();
        assertThat(XlsxReader.isDatumformaat("d\\-m\\-yyyy")).isTrue();
        assertThat(XlsxReader.isDatumformaat("[$-413]d mmmm yyyy;@")).isTrue();
        assertThat(XlsxReader.isDatumformaat("dd/mm/jjjj")).isTrue(); // Dutch Excel writes j for the year
        assertThat(XlsxReader.isDatumformaat("#,##0.0")).isFalse();
        assertThat(XlsxReader.isDatumformaat("0.0 \"dagen\"")).isFalse();
        assertThat(XlsxReader.isDatumformaat("[Red]0.00")).isFalse();
        assertThat(XlsxReader.isDatumformaat("@")).isFalse();
    }

    @Test
    void cellReferences() {
        assertThat(XlsxReader.kolomIndex("A1")).isZero();
        assertThat(XlsxReader.kolomIndex("E12")).isEqualTo(4);
        assertThat(XlsxReader.kolomIndex("AA3")).isEqualTo(26);
        assertThat(XlsxReader.kolomIndex("XFD1")).isEqualTo(16383);
        assertThat(XlsxReader.kolomIndex("12")).isEqualTo(-1);
    }
}
