package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.tabel.DutchNumbers;

class DutchNumbersTest {

    static final TableDefinition.Kolom AANTAL = new TableDefinition.Kolom("meldingen", "Meldingen", "integer", "aantal");
    static final TableDefinition.Kolom PROCENT = new TableDefinition.Kolom("percentage", "Percentage", "decimal", "procent");
    static final TableDefinition.Kolom PUNT = new TableDefinition.Kolom("verschil", "Verschil", "decimal", "procentpunt");
    static final TableDefinition.Kolom TEKST = new TableDefinition.Kolom("opmerking", "Opmerking", "string", null);

    @Test
    void integersGetThousandsSeparators() {
        assertThat(DutchNumbers.format(12550L, AANTAL)).isEqualTo("12.550");
        assertThat(DutchNumbers.format(999L, AANTAL)).isEqualTo("999");
        assertThat(DutchNumbers.format(1000L, AANTAL)).isEqualTo("1.000");
        assertThat(DutchNumbers.format(1234567L, AANTAL)).isEqualTo("1.234.567");
        assertThat(DutchNumbers.format(0L, AANTAL)).isEqualTo("0");
    }

    @Test
    void decimalsUseACommaAndPercentagesASign() {
        assertThat(DutchNumbers.format(new BigDecimal("38.4"), PROCENT)).isEqualTo("38,4%");
        assertThat(DutchNumbers.format(new BigDecimal("0.0"), PROCENT)).isEqualTo("0,0%");
        assertThat(DutchNumbers.format(new BigDecimal("1234.5"), PUNT)).isEqualTo("1.234,5");
        assertThat(DutchNumbers.format(new BigDecimal("-0.3"), PUNT)).isEqualTo("-0,3");
    }

    @Test
    void emptyCells() {
        assertThat(DutchNumbers.format(nl.jbr.integriteit.tabel.Cel.LEEG, AANTAL)).isEqualTo("–");
        assertThat(DutchNumbers.format(nl.jbr.integriteit.tabel.Cel.LEEG, PROCENT)).isEqualTo("–");
        assertThat(DutchNumbers.format(nl.jbr.integriteit.tabel.Cel.LEEG, TEKST)).isEmpty();
        assertThat(DutchNumbers.format("geen opgave", TEKST)).isEqualTo("geen opgave");
    }
}
