package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01", "1-3-2024", "01-03-2024", "1/3/2024", "01.03.2024", " 2024-03-01 ",
            "2024-03-01 00:00:00", "2024-3-1", "01-3-2024", "1-03-2024", "1.3.2024", "2024-03-01T00:00", "2024-03-1"})
    void vijfSchrijfwijzen(String tekst) {
        assertThat(Datums.lees(tekst)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2024", "29-02-2023", "2024-13-01", "0-1-2024", "1-3-24", "maart 2024", "1-3/2024",
            "2024-03-01 13:45", "45352",
            // the forms read without a pattern, just outside what they accept
            "001-3-2024", "1-003-2024", "1-3-02024", "1.3-2024", "1/3.2024", "x-3-2024", "1-x-2024", "1-3-2o24", "2024-03-0x",
            "2024/03/01", "-1-3-2024", "1--3-2024", "١-٣-٢٠٢٤", "31-04-2024", "2024-02-30"})
    void onmogelijkeOfOnbekendeDatums(String tekst) {
        assertThat(Datums.lees(tekst)).isNull();
    }

    @org.junit.jupiter.api.Test
    void schrikkeldag() {
        assertThat(Datums.lees("29-2-2024")).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
