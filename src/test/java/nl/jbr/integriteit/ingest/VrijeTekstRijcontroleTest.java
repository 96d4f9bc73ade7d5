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
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Issue 9 item 4, where the screening is applied: {@code subcategorie} is screened like the other free texts (a hit
 * keeps the row out of overzicht_incidenten), and an {@code onderdeel} with personal data is replaced by a neutral
 * label in both forms, with a waarschuwing that names line, column and kind of data but never the data.
 */
class VrijeTekstRijcontroleTest {

    @TempDir
    Path tmp;

    private static final SchemaSource SCHEMAS = SchemaSource.embedded();
    private final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);

    private final VerzameldeRijen ontvanger = new VerzameldeRijen();
    private final List<MeldingRij> meldingen = ontvanger.meldingen;
    private final List<PersoneelRij> personeel = ontvanger.personeel;

    @Test
    void subcategorieAndOnderdeelAreScreened() throws IOException {
        Path f = bestand("""
                onderdeel;categorie;subcategorie;omschrijving;publiceerbaar
                "Secretariaat van mw. J. de Vries, tel 06-12345678";g;Seksuele intimidatie;Ongepaste opmerkingen.;ja
                Douane;g;Ruzie met collega Bakker;Ongepaste opmerkingen.;ja
                Douane;g;Discriminatie;Ongepaste opmerkingen.;ja
                """);
        ValidatieResultaat r = validator.valideer(f, "FIN", 2024, ontvanger);

        assertThat(r.geaccepteerd()).isTrue();
        assertThat(meldingen).hasSize(3); // every row still counts
        // line 2: the onderdeel is replaced, the texts are publishable
        assertThat(meldingen.get(0).onderdeel()).isEqualTo("(naam onderdeel achtergehouden)");
        assertThat(meldingen.get(0).gevoeligeTekst()).isFalse();
        // line 3: free-text subcategorie with a name: the row stays out of the public appendix
        assertThat(meldingen.get(1).onderdeel()).isEqualTo("Douane");
        assertThat(meldingen.get(1).gevoeligeTekst()).isTrue();
        // line 4: nothing found
        assertThat(meldingen.get(2).onderdeel()).isEqualTo("Douane");
        assertThat(meldingen.get(2).gevoeligeTekst()).isFalse();

        List<Bevinding> privacy = r.bevindingen().stream()
                .filter(b -> b.code() == BevindingCode.PERSOONSGEGEVENS_IN_TEKST).toList();
        assertThat(privacy).extracting(Bevinding::regel).containsExactly(2L, 3L);
        assertThat(privacy).extracting(Bevinding::kolom).containsExactly("onderdeel", "subcategorie");
        assertThat(privacy).allSatisfy(b -> {
            assertThat(b.ernst()).isEqualTo(Ernst.WAARSCHUWING);
            assertThat(b.waarde()).isEmpty();
            assertThat(b.melding()).doesNotContain("Vries", "06-12345678", "Bakker");
        });
        assertThat(privacy.get(0).melding()).contains("telefoonnummer", "persoonsnaam",
                "(naam onderdeel achtergehouden)");
        assertThat(privacy.get(1).melding()).contains("persoonsnaam", "niet gepubliceerd");
    }

    @Test
    void onderdeelInThePersoneelForm() throws IOException {
        Path f = bestand("""
                onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden
                Team van Pieter de Jong;12;1
                Douane;300;20
                """);
        ValidatieResultaat r = validator.valideer(f, "FIN", 2024, ontvanger);

        assertThat(r.geaccepteerd()).isTrue();
        assertThat(personeel).extracting(PersoneelRij::onderdeel)
                .containsExactly("(naam onderdeel achtergehouden)", "Douane");
        assertThat(personeel.get(0).aantalMedewerkers()).isEqualTo(12L);
        assertThat(r.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo(BevindingCode.PERSOONSGEGEVENS_IN_TEKST);
            assertThat(b.regel()).isEqualTo(2L);
            assertThat(b.kolom()).isEqualTo("onderdeel");
            assertThat(b.waarde()).isEmpty();
            assertThat(b.melding()).doesNotContain("Pieter", "Jong");
        });
    }

    /**
     * Data minimisation (issue 14): free text is kept in the warehouse only where it may be published (marked
     * publiceerbaar, no personal data found); the row itself counts in every case. Only the public overview reads
     * free text, and it skips the other rows, so the tables are the same; the archived file keeps the text.
     */
    @Test
    void freeTextThatMayNotBePublishedIsNotKept() throws IOException {
        Path f = bestand("""
                onderdeel;categorie;omschrijving;toelichting_afronding;publiceerbaar
                Douane;g;Ongepaste opmerkingen.;Gesprek gevoerd.;ja
                Douane;g;Ongepaste opmerkingen.;Gesprek gevoerd.;nee
                Douane;g;Opmerkingen van mw. J. de Vries.;Gesprek gevoerd.;ja
                Douane;g;Ongepaste opmerkingen.;Gesprek gevoerd.;
                """);
        ValidatieResultaat r = validator.valideer(f, "FIN", 2024, ontvanger);

        assertThat(r.geaccepteerd()).isTrue();
        assertThat(meldingen).hasSize(4);
        // publishable and clean: kept as written
        assertThat(meldingen.get(0).omschrijving()).isEqualTo("Ongepaste opmerkingen.");
        assertThat(meldingen.get(0).toelichtingAfronding()).isEqualTo("Gesprek gevoerd.");
        // not marked publiceerbaar (explicitly, or empty: the code list's default nee): not kept
        for (MeldingRij m : List.of(meldingen.get(1), meldingen.get(3))) {
            assertThat(m.publiceerbaar()).isFalse();
            assertThat(m.omschrijving()).isNull();
            assertThat(m.toelichtingAfronding()).isNull();
        }
        // a name in one text: neither text of that row is kept
        assertThat(meldingen.get(2).gevoeligeTekst()).isTrue();
        assertThat(meldingen.get(2).omschrijving()).isNull();
        assertThat(meldingen.get(2).toelichtingAfronding()).isNull();
    }

    private Path bestand(String inhoud) throws IOException {
        Path f = Files.createTempFile(tmp, "form", ".csv");
        return Files.write(f, inhoud.getBytes(StandardCharsets.UTF_8));
    }
}
