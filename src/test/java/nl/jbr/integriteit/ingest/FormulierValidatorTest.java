package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/** The form rules of contract section 3, on real files read by the real reader and normalisers. */
class FormulierValidatorTest {

    @TempDir
    Path tmp;

    private static final SchemaSource SCHEMAS = SchemaSource.embedded();
    private final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);

    private final VerzameldeRijen ontvanger = new VerzameldeRijen();
    private final List<MeldingRij> meldingen = ontvanger.meldingen;
    private final List<PersoneelRij> personeel = ontvanger.personeel;

    @Test
    void incidentenMetAliassenWindows1252EnStandaardwaarden() throws IOException {
        Path f = bestand("""
                Zaaknummer;Dienst;Aard;Betreft;Aantal ambtenaren;Meldingsdatum;Onderzoek;Aangetoond;Maatregel;Aangifte gedaan;Omschrijving;Publiceerbaar\r
                2024-001;Directie Financiën;g;;2;1-3-2024;intern;aangetoond;Schriftelijke berisping;nee;"Ongepaste opmerkingen; herhaald";ja\r
                \r
                2024-002;Directie Financiën;g;;;;;;;;;\r
                """, Charset.forName("windows-1252"));
        ValidatieResultaat r = validator.valideer(f, "BZK", 2024, ontvanger);

        assertThat(r.bevindingen()).isEmpty();
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.formulier()).isEqualTo("incidenten");
        assertThat(r.gegevensregels()).isEqualTo(2);
        assertThat(meldingen).hasSize(2);
        MeldingRij eerste = meldingen.get(0);
        assertThat(eerste.regel()).isEqualTo(2);
        assertThat(eerste.volgnummer()).isEqualTo("2024-001");
        assertThat(eerste.onderdeel()).isEqualTo("Directie Financiën");
        assertThat(eerste.categorieCode()).isEqualTo("g");
        assertThat(eerste.aantalBetrokkenen()).isEqualTo(2);
        assertThat(eerste.datumMelding()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(eerste.soortOnderzoek()).isEqualTo("intern");
        assertThat(eerste.uitkomst()).isEqualTo("aangetoond");
        assertThat(eerste.afdoening()).isEqualTo("schriftelijke berisping");
        assertThat(eerste.aangifte()).isEqualTo("nee");
        assertThat(eerste.omschrijving()).isEqualTo("Ongepaste opmerkingen; herhaald");
        assertThat(eerste.publiceerbaar()).isTrue();
        // the empty line 3 is counted as a spreadsheet row: the second incident is on row 4
        MeldingRij tweede = meldingen.get(1);
        assertThat(tweede.regel()).isEqualTo(4);
        assertThat(tweede.aantalBetrokkenen()).isEqualTo(1);
        assertThat(tweede.soortIncident()).isEqualTo("integriteitsschending");
        assertThat(tweede.soortOnderzoek()).isEqualTo("onbekend");
        assertThat(tweede.uitkomst()).isEqualTo("onbekend");
        assertThat(tweede.afdoening()).isEqualTo("onbekend");
        assertThat(tweede.aangifte()).isEqualTo("onbekend");
        assertThat(tweede.publiceerbaar()).isFalse();
        assertThat(tweede.datumMelding()).isNull();
    }

    @Test
    void alleenEenKopregelIsEenGeldigeOpgaveVanNulMeldingen() throws IOException {
        ValidatieResultaat r = validator.valideer(bestand("onderdeel,categorie\n", StandardCharsets.UTF_8), "AZ", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.formulier()).isEqualTo("incidenten");
        assertThat(r.gegevensregels()).isZero();
        assertThat(r.bevindingen()).isEmpty();
    }

    @Test
    void ministerieEnJaarMoetenMetDeMapOvereenkomen() throws IOException {
        Path f = bestand("""
                ministerie,jaar,onderdeel,categorie
                BZK,2024,DGOO,g
                Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,2024,DGOO,g
                FIN,2024,DGOO,g
                BZK,2023,DGOO,g
                """, StandardCharsets.UTF_8);
        ValidatieResultaat r = validator.valideer(f, "BZK", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).extracting(Bevinding::regel, Bevinding::kolom, Bevinding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "ministerie", BevindingCode.MINISTERIE_WIJKT_AF),
                org.assertj.core.groups.Tuple.tuple(5L, "jaar", BevindingCode.JAAR_WIJKT_AF));
    }

    @Test
    void ontbrekendeDubbeleEnOnbekendeKolommen() throws IOException {
        Path f = bestand("""
                Categorie;Categorie;Opmerkingen intern
                g;h;x
                """, StandardCharsets.UTF_8);
        ValidatieResultaat r = validator.valideer(f, "BZK", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).extracting(Bevinding::code, Bevinding::ernst).contains(
                org.assertj.core.groups.Tuple.tuple(BevindingCode.KOLOM_DUBBEL, Ernst.FOUT),
                org.assertj.core.groups.Tuple.tuple(BevindingCode.KOLOM_ONBEKEND, Ernst.WAARSCHUWING),
                org.assertj.core.groups.Tuple.tuple(BevindingCode.KOLOM_ONTBREEKT, Ernst.FOUT));
        assertThat(r.bevindingen()).filteredOn(b -> b.code() == BevindingCode.KOLOM_ONTBREEKT).singleElement()
                .satisfies(b -> assertThat(b.kolom()).isEqualTo("onderdeel"));
    }

    @Test
    void eenOnbekendeExtraKolomIsEenWaarschuwing() throws IOException {
        Path f = bestand("onderdeel;categorie;Interne notitie\nDGOO;g;niet publiceren\n", StandardCharsets.UTF_8);
        ValidatieResultaat r = validator.valideer(f, "BZK", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.bevindingen()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo(BevindingCode.KOLOM_ONBEKEND);
            assertThat(b.kolom()).isEqualTo("Interne notitie");
            assertThat(b.regel()).isEqualTo(1);
        });
    }

    @Test
    void elkeFoutInEenKeerMetRegelEnKolomZoalsHetBestandZeSchrijft() throws IOException {
        Path f = bestand("""
                Volgnummer;Dienst;categorie;Aantal;Datum;Uitkomst
                1;DGOO;g;0;1-3-2024;aangetoond
                2;;g;1;31-02-2024;aangetoond
                1;DGOO;g;1,5;2024-03-01;aangetoond
                3;DGOO;g;1;2024-03-01;aangetoond;verschoven
                """, StandardCharsets.UTF_8);
        ValidatieResultaat r = validator.valideer(f, "BZK", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).extracting(Bevinding::regel, Bevinding::kolom, Bevinding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "Aantal", BevindingCode.WAARDE_ONGELDIG),       // below minimum 1
                org.assertj.core.groups.Tuple.tuple(3L, "Datum", BevindingCode.WAARDE_ONGELDIG),        // 31 February
                org.assertj.core.groups.Tuple.tuple(3L, "Dienst", BevindingCode.WAARDE_ONTBREEKT),      // required onderdeel
                org.assertj.core.groups.Tuple.tuple(4L, "Volgnummer", BevindingCode.WAARDE_DUBBEL),     // 1 again
                org.assertj.core.groups.Tuple.tuple(4L, "Aantal", BevindingCode.WAARDE_ONGELDIG),       // 1,5
                org.assertj.core.groups.Tuple.tuple(5L, "kolom 7", BevindingCode.REGEL_TE_VEEL_VELDEN));
        assertThat(r.fouten()).isEqualTo(6);
        assertThat(r.bevindingen().get(3).melding()).startsWith("Regel 4: ").contains("regel 2");
        assertThat(r.bevindingen()).allSatisfy(b -> assertThat(b.melding()).startsWith("Regel " + b.regel() + ": "));
    }

    @Test
    void personeelMetDuizendtallenDecimaleFteEnUniekeOnderdelen() throws IOException {
        Path f = bestand("""
                Dienst\tMedewerkers\tFTE\tGemelde nevenwerkzaamheden
                Belastingdienst\t27.512\t25.104,6\t1.200
                Douane\t5210\t4980.25\t180
                belastingdienst\t10\t9\t1
                Toeslagen\t-3\t1\t0
                """, StandardCharsets.UTF_8);
        ValidatieResultaat r = validator.valideer(f, "FIN", 2024, ontvanger);
        assertThat(r.formulier()).isEqualTo("personeel");
        assertThat(r.bevindingen()).extracting(Bevinding::regel, Bevinding::kolom, Bevinding::code, Bevinding::ernst).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "Medewerkers", BevindingCode.WAARDE_GECORRIGEERD, Ernst.WAARSCHUWING),
                org.assertj.core.groups.Tuple.tuple(2L, "Gemelde nevenwerkzaamheden", BevindingCode.WAARDE_GECORRIGEERD, Ernst.WAARSCHUWING),
                org.assertj.core.groups.Tuple.tuple(4L, "Dienst", BevindingCode.WAARDE_DUBBEL, Ernst.FOUT),
                org.assertj.core.groups.Tuple.tuple(5L, "Medewerkers", BevindingCode.WAARDE_ONGELDIG, Ernst.FOUT));
        // rows before the first fout were handed over with exact values
        assertThat(personeel.get(0)).isEqualTo(new PersoneelRij(2, "Belastingdienst", 27512, new BigDecimal("25104.6"), 1200));
        assertThat(personeel.get(1).aantalFte()).isEqualByComparingTo("4980.25");
    }

    @Test
    void eenKopregelVanTweeFormulierenOfGeenFormulier() throws IOException {
        ValidatieResultaat beide = validator.valideer(bestand("onderdeel;categorie;aantal_medewerkers\n", StandardCharsets.UTF_8),
                "BZK", 2024, ontvanger);
        assertThat(beide.bevindingen()).extracting(Bevinding::code).containsExactly(BevindingCode.FORMULIER_ONBEKEND);
        ValidatieResultaat geen = validator.valideer(bestand("naam;adres\nx;y\n", StandardCharsets.UTF_8), "BZK", 2024, ontvanger);
        assertThat(geen.bevindingen()).extracting(Bevinding::code).containsExactly(BevindingCode.FORMULIER_ONBEKEND);
        assertThat(geen.formulier()).isNull();
    }

    @Test
    void eenLeegBestandIsAfgekeurd() throws IOException {
        ValidatieResultaat r = validator.valideer(bestand("", StandardCharsets.UTF_8), "BZK", 2024, ontvanger);
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).extracting(Bevinding::code).containsExactly(BevindingCode.BESTAND_LEEG);
    }

    private Path bestand(String inhoud, Charset charset) throws IOException {
        Path f = Files.createTempFile(tmp, "form", ".csv");
        return Files.write(f, inhoud.getBytes(charset));
    }
}
