package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/** Code-list values as ministries write them (contract 3.1: matched like headers). */
class CodeLijstenTest {

    private static final CodeLijsten LIJSTEN = new CodeLijsten(SchemaSource.embedded());

    @Test
    void waardenInFileOrder() {
        assertEquals(List.of("geen", "vooronderzoek", "intern", "extern", "strafrechtelijk", "klachtencommissie",
                "onbekend"), LIJSTEN.waarden("soort_onderzoek"));
        assertEquals(List.of("aangetoond", "deels aangetoond", "niet aangetoond", "lopend", "onbekend"),
                LIJSTEN.waarden("uitkomst"));
        assertEquals(11, LIJSTEN.waarden("afdoening").size());
    }

    @ParameterizedTest(name = "[{index}] standaard {0} = {1}")
    @CsvSource({
            "soort_incident,integriteitsschending",
            "soort_onderzoek,onbekend",
            "uitkomst,onbekend",
            "afdoening,onbekend",
            "aangifte,onbekend",
            "publiceerbaar,nee",
    })
    void standaard(String lijst, String standaard) {
        assertEquals(standaard, LIJSTEN.standaard(lijst));
    }

    @Test
    void unknownListIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> LIJSTEN.waarden("bestaat_niet"));
        assertThrows(IllegalArgumentException.class,
                () -> LIJSTEN.normaliseer("bestaat_niet", 2, "x", "y", new ArrayList<>()));
    }

    @ParameterizedTest(name = "[{index}] {0}: ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // empty -> default, no finding
            "soort_incident|NULL|integriteitsschending",
            "soort_incident|''|integriteitsschending",
            "uitkomst|'   '|onbekend",
            "publiceerbaar|''|nee",
            // exact up to case, accents, spacing, '_' and '-'
            "soort_incident|Integriteitsschending|integriteitsschending",
            "soort_incident|MISSTAND|misstand",
            "soort_incident|onregelmatigheid|onregelmatigheid",
            "soort_onderzoek|Strafrechtelijk|strafrechtelijk",
            "soort_onderzoek|Klachtencommissie|klachtencommissie",
            "soort_onderzoek|Extérn|extern",
            "soort_onderzoek|' intern '|intern",
            "soort_onderzoek|geen|geen",
            "uitkomst|Deels aangetoond|deels aangetoond",
            "uitkomst|deels_aangetoond|deels aangetoond",
            "uitkomst|DEELS-AANGETOOND|deels aangetoond",
            "uitkomst|' niet   aangetoond '|niet aangetoond",
            "uitkomst|Niet aangetoond.|niet aangetoond",
            "afdoening|Schriftelijke berisping|schriftelijke berisping",
            "afdoening|schriftelijke_berisping|schriftelijke berisping",
            "afdoening|Voorwaardelijk strafontslag|voorwaardelijk strafontslag",
            "afdoening|Einde-dienstverband|einde dienstverband",
            "afdoening|Overige disciplinaire maatregel|overige disciplinaire maatregel",
            "aangifte|JA|ja",
            "aangifte|Nee|nee",
            "publiceerbaar|ja|ja",
    })
    void exact(String lijst, String waarde, String verwacht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        assertEquals(verwacht, LIJSTEN.normaliseer(lijst, 4, lijst, waarde, bevindingen));
        assertEquals(List.of(), bevindingen);
    }

    @ParameterizedTest(name = "[{index}] {0}: ''{1}'' -> {2} with warning")
    @CsvSource(delimiter = '|', value = {
            "soort_onderzoek|extrn|extern",
            "soort_onderzoek|voor onderzoek|vooronderzoek",
            "soort_onderzoek|strafrechtelik|strafrechtelijk",
            "soort_onderzoek|klachtencomissie|klachtencommissie",
            "soort_onderzoek|onbekent|onbekend",
            "uitkomst|aangetoont|aangetoond",
            "uitkomst|niet aangetood|niet aangetoond",
            "uitkomst|deels aangetond|deels aangetoond",
            "uitkomst|lopen|lopend",
            "afdoening|schriftelijke berisbing|schriftelijke berisping",
            "afdoening|waarschuwng|waarschuwing",
            "afdoening|strafonslag|strafontslag",
            "afdoening|corrigerend gespek|corrigerend gesprek",
            "afdoening|overige disciplinaire maatregelen|overige disciplinaire maatregel",
            "afdoening|proces maatregel|procesmaatregel",
            "soort_incident|integriteitschending|integriteitsschending",
            "soort_incident|onregelmatigheit|onregelmatigheid",
            "aangifte|onbeknd|onbekend",
    })
    void smallTypingErrorIsCorrected(String lijst, String waarde, String verwacht) {
        List<Bevinding> bevindingen = new ArrayList<>();
        assertEquals(verwacht, LIJSTEN.normaliseer(lijst, 4, "Kolom", waarde, bevindingen));
        assertEquals(1, bevindingen.size());
        Bevinding f = bevindingen.get(0);
        assertEquals(BevindingCode.WAARDE_GECORRIGEERD, f.code());
        assertEquals(Ernst.WAARSCHUWING, f.ernst());
        assertEquals("Regel 4: de waarde '" + waarde + "' in kolom 'Kolom' is gelezen als '" + verwacht
                + "'; controleer of dat klopt.", f.melding());
        assertEquals(4, f.regel());
        assertEquals("Kolom", f.kolom());
        assertEquals(waarde, f.waarde());
    }

    @ParameterizedTest(name = "[{index}] {0}: ''{1}'' refused, suggestion {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // containment
            "soort_onderzoek|Volledig feitenonderzoek intern|'intern'",
            "uitkomst|Aangetoond na onderzoek|'aangetoond'",
            "uitkomst|Niet aangetoond na onderzoek|'niet aangetoond'",
            "uitkomst|deels|'deels aangetoond'",
            "afdoening|geen maatregel|'geen'",
            // typing error equally close to two values
            "soort_onderzoek|ixtern|'intern' of 'extern'",
            // typing error too large for such a short value
            "aangifte|jaa|'ja'",
            "aangifte|j|'ja'",
            "publiceerbaar|J|'ja'",
            "soort_onderzoek|gene|'geen'",
            // nothing close
            "aangifte|nein|",
            "publiceerbaar|misschien|",
            "afdoening|Ontslag|",
            "soort_incident|Schending|",
    })
    void refusedWithSuggestion(String lijst, String waarde, String suggestie) {
        List<Bevinding> bevindingen = new ArrayList<>(List.of(Bevinding.bestand(Ernst.WAARSCHUWING,
                BevindingCode.KOLOM_ONBEKEND, "eerdere bevinding")));
        assertNull(LIJSTEN.normaliseer(lijst, 9, lijst, waarde, bevindingen));
        assertEquals(2, bevindingen.size(), "earlier findings are kept, one is added");
        Bevinding f = bevindingen.get(1);
        assertEquals(BevindingCode.WAARDE_ONGELDIG, f.code());
        assertEquals(Ernst.FOUT, f.ernst());
        String toegestaan = String.join(", ", LIJSTEN.waarden(lijst));
        String verwacht = "Regel 9: de waarde '" + waarde + "' in kolom '" + lijst + "' is niet toegestaan, dus het "
                + "bestand wordt niet geaccepteerd; toegestaan zijn: " + toegestaan + "."
                + (suggestie == null ? "" : " Bedoelt u " + suggestie + "?");
        assertEquals(verwacht, f.melding());
    }

    @Test
    void messageWithSuggestion() {
        List<Bevinding> bevindingen = new ArrayList<>();
        LIJSTEN.normaliseer("soort_onderzoek", 7, "Onderzoek", "Volledig feitenonderzoek intern", bevindingen);
        assertEquals("Regel 7: de waarde 'Volledig feitenonderzoek intern' in kolom 'Onderzoek' is niet toegestaan, "
                + "dus het bestand wordt niet geaccepteerd; toegestaan zijn: geen, vooronderzoek, intern, extern, "
                + "strafrechtelijk, klachtencommissie, onbekend. Bedoelt u 'intern'?", bevindingen.get(0).melding());
    }

    @Test
    void cachedResultsCarryTheirOwnRowAndColumn() {
        List<Bevinding> bevindingen = new ArrayList<>();
        LIJSTEN.normaliseer("uitkomst", 2, "uitkomst", "aangetoont", bevindingen);
        LIJSTEN.normaliseer("uitkomst", 3, "Aangetoond", "aangetoont", bevindingen);
        assertEquals(2, bevindingen.get(0).regel());
        assertEquals(3, bevindingen.get(1).regel());
        assertTrue(bevindingen.get(1).melding().startsWith("Regel 3: de waarde 'aangetoont' in kolom 'Aangetoond'"));
    }
}
