package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GetallenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|12|false",
            "' 12 '|12|false",
            "+5|5|false",
            "-3|-3|false",
            "0|0|false",
            "1.234|1234|true",
            "12.550|12550|true",
            "1.234.567|1234567|true"})
    void geheleGetallen(String tekst, long verwacht, boolean gecorrigeerd) {
        Getallen.Uitkomst<Long> u = Getallen.geheelGetal(tekst);
        assertThat(u.fout()).isNull();
        assertThat(u.waarde()).isEqualTo(verwacht);
        assertThat(u.gecorrigeerd()).isEqualTo(gecorrigeerd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1e3", "12.34", "1.2345", "twaalf", "12 stuks", "1 234", "0x10", "--1"})
    void geenGeheelGetal(String tekst) {
        assertThat(Getallen.geheelGetal(tekst).fout()).isEqualTo("is geen geheel getal");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,5|1.5",
            "1.5|1.5",
            "' 12,25 '|12.25",
            "1.234,5|1234.5",
            "1,234.5|1234.5",
            "1.234|1.234",
            "1,234|1.234",
            "7|7",
            "0,0001|0.0001"})
    void decimalen(String tekst, String verwacht) {
        Getallen.Uitkomst<BigDecimal> u = Getallen.decimaal(tekst);
        assertThat(u.fout()).isNull();
        assertThat(u.waarde()).isEqualByComparingTo(verwacht);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,23456", "1e3", "abc", "1,2,3", "12,5 fte"})
    void geenDecimaal(String tekst) {
        assertThat(Getallen.decimaal(tekst).fout()).isNotNull();
    }

    /**
     * Plain digits take a shortcut past the patterns and BigInteger: for every length from 1 to 20 digits (18 and
     * under take it, 19 and 20 do not, up to the largest long and past it), leading zeros and the longest values
     * included, it reads what the general path reads.
     */
    @Test
    void cijfersLezenHetzelfdeAlsDeAlgemeneWeg() {
        Random random = new Random(14);
        List<String> gevallen = new ArrayList<>(List.of("0", "00", "007", "999999999999999999", "000000000000000000",
                "9223372036854775807", "9223372036854775808", "99999999999999999999"));
        for (int lengte = 1; lengte <= 20; lengte++) {
            for (int i = 0; i < 200; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < lengte; j++) {
                    b.append((char) ('0' + random.nextInt(10)));
                }
                gevallen.add(b.toString());
            }
        }
        for (String t : gevallen) {
            assertThat(Getallen.geheelGetal(t)).as(t).isEqualTo(Getallen.geheelGetalAlgemeen(t));
        }
        assertThat(Getallen.geheelGetal("9223372036854775807").waarde()).isEqualTo(Long.MAX_VALUE);
        assertThat(Getallen.geheelGetal("9223372036854775808").teGroot()).isTrue();
    }

    /**
     * Issue 22: the digits are counted before any BigInteger or BigDecimal is made. Up to 40 significant digits a number
     * is read (and, beyond what the warehouse stores, refused as too large); past 40 it is no usable number at all, as
     * fast for a million digits as for forty-one. Leading zeros are no significant digits.
     */
    @Test
    void meerDanVeertigCijfersIsGeenBruikbaarGetal() {
        String veertig = "1234567890".repeat(4);
        assertThat(Getallen.geheelGetal(veertig).teGroot()).isTrue();
        assertThat(Getallen.decimaal(veertig).teGroot()).isTrue();
        assertThat(Getallen.decimaal("1." + "0".repeat(39)).teGroot()).isFalse(); // 40 digits, 1 before the mark: 1
        for (String t : List.of(veertig + "1", "-" + veertig + "1", "7".repeat(1_000_000), "1.234." + "567.".repeat(20) + "890",
                "1" + "0".repeat(45) + ",5")) {
            Getallen.Uitkomst<Long> geheel = Getallen.geheelGetal(t);
            assertThat(geheel.fout()).as(t.length() + " tekens").isEqualTo("is geen bruikbaar getal (meer dan 40 cijfers)");
            assertThat(geheel.teGroot()).isFalse();
            assertThat(Getallen.decimaal(t).fout()).as(t.length() + " tekens").isEqualTo("is geen bruikbaar getal (meer dan 40 cijfers)");
        }
        assertThat(Getallen.geheelGetal("0".repeat(1_000_000) + "5").waarde()).isEqualTo(5L);
        assertThat(Getallen.decimaal("0".repeat(1_000_000) + "5,25").waarde()).isEqualByComparingTo("5.25");
    }
}
