package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;

/**
 * Issue 21 item 5, where the screening is applied: a free text that holds an Excel escape ({@code _x0040_},
 * {@code _x000D_}) is never kept for publication, whether the escape hides personal data or not, and an onderdeel
 * with one is published under the neutral label; a text whose personal data is hidden in HTML references is held
 * back too. The ministry is told the kind, never the text.
 */
class ExcelCoderingRijcontroleTest {

    @TempDir
    Path tmp;

    private final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);
    private final VerzameldeRijen ontvanger = new VerzameldeRijen();
    private final List<MeldingRij> meldingen = ontvanger.meldingen;

    @Test
    void noTextWithAnExcelEscapeIsKeptForPublication() throws IOException {
        Path f = Files.write(Files.createTempFile(tmp, "form", ".csv"), """
                onderdeel;categorie;omschrijving;toelichting_afronding;publiceerbaar
                Douane;g;Ongepaste opmerkingen.;Gesprek gevoerd.;ja
                Douane;g;Ongepaste opmerkingen_x000D_;Gesprek gevoerd.;ja
                Douane;g;Ongepaste opmerkingen.;Gesprek_x0020_gevoerd.;ja
                Douane;g;Mail van j.jansen_x0040_minbzk.nl doorgestuurd.;Gesprek gevoerd.;ja
                Douane;g;"Mail van j.jansen&#64;minbzk.nl doorgestuurd.";Gesprek gevoerd.;ja
                Douane_x0020_Rotterdam;g;Ongepaste opmerkingen.;Gesprek gevoerd.;ja
                """.getBytes(StandardCharsets.UTF_8));
        ValidatieResultaat r = validator.valideer(f, "FIN", 2024, ontvanger);

        assertThat(r.geaccepteerd()).as(r.bevindingen().toString()).isTrue();
        assertThat(meldingen).hasSize(6); // every row counts
        // line 2: clean, kept as written
        assertThat(meldingen.get(0).gevoeligeTekst()).isFalse();
        assertThat(meldingen.get(0).omschrijving()).isEqualTo("Ongepaste opmerkingen.");
        // lines 3-6: an escape, harmless or not, or an e-mail address in HTML references: neither text is kept
        for (MeldingRij m : meldingen.subList(1, 5)) {
            assertThat(m.gevoeligeTekst()).isTrue();
            assertThat(m.omschrijving()).isNull();
            assertThat(m.toelichtingAfronding()).isNull();
        }
        // line 7: the onderdeel is published under the neutral label; its texts are clean
        assertThat(meldingen.get(5).onderdeel()).isEqualTo("(naam onderdeel achtergehouden)");
        assertThat(meldingen.get(5).gevoeligeTekst()).isFalse();

        List<Bevinding> privacy = r.bevindingen().stream()
                .filter(b -> b.code() == BevindingCode.PERSOONSGEGEVENS_IN_TEKST).toList();
        assertThat(privacy).extracting(Bevinding::regel).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(privacy).allSatisfy(b -> {
            assertThat(b.waarde()).isEmpty();
            assertThat(b.melding()).doesNotContain("jansen", "minbzk", "Rotterdam");
        });
        assertThat(privacy.get(0).melding()).contains("Excel-code zoals _x0040_");
        assertThat(privacy.get(3).melding()).contains("e-mailadres").doesNotContain("Excel");
    }
}
