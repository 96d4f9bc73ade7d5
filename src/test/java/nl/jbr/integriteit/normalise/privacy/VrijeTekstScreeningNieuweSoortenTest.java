package nl.jbr.integriteit.normalise.privacy;

import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.BSN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EMAILADRES;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.GEBOORTEDATUM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.IBAN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.IDENTITEITSBEWIJS;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSONEELSNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSOONSNAAM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.POSTCODE;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.POSTCODE_HUISNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.SOCIALE_MEDIA;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.TELEFOONNUMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21 item 5: the new kinds (postcode, identity document, social media), the extended ones (personnel numbers,
 * dates of birth), and disguises read by the normalisation and the spoken variant; each positive case here was not
 * found before, and each negative case is an ordinary text that must stay clean.
 */
class VrijeTekstScreeningNieuweSoortenTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    private void assertFinds(Persoonsgegeven expected, String text) {
        Set<Persoonsgegeven> found = screening.screen(text);
        assertTrue(found.contains(expected), () -> "text: " + text + " gave " + found);
    }

    private void assertClean(String text) {
        assertEquals(Set.of(), screening.screen(text), () -> "text: " + text);
    }

    // ---------------------------------------------------------------- postcode

    @ParameterizedTest
    @ValueSource(strings = {
        "woont in 2511 DP",
        "postcode 2511dp",
        "Betrokkene woont in 2511 dp (Den Haag).",   // "dp" is no Dutch word
        "PC 1012AB",
        "postcode: 2511-DP",                         // a hyphen only after a label
        "postcode 2511 D P",                         // letters apart only after a label
        "pakketje bezorgd op 1017CE",
        "Inwoner van 4811 XJ Breda benaderd.",
        "2511 AB Den Haag"})
    void postcodes(String text) {
        assertEquals(Set.of(POSTCODE), screening.screen(text), () -> "text: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2024 op 12 locaties gecontroleerd.",     // "op" is a word
        "Melding van 2025 op 14 april ontvangen.",
        "In 2024 en 2025 samen 17 meldingen.",
        "In 2024 EU-subsidie ten onrechte aangevraagd.",   // a year and an abbreviation
        "Sinds 2023 OM-breed afgesproken.",
        "In 2024 AZ en BZ geïnformeerd.",            // abbreviations of ministries (organisaties.csv)
        "Er is 3000 MB aan bestanden gekopieerd.",   // a unit
        "Gemiddeld 2100 km per maand gedeclareerd.",
        "Postbus 20011, 2500 EA Den Haag",           // an organisation's P.O. box
        "adres 2511 SA",                             // SA, SD and SS are never used
        "zaak 2024-AB is gesloten",                  // a hyphen without a label
        "Rapportage over 2024 Q3 vertraagd.",
        "bedrag 0123 AB"})                            // a postcode never starts with 0
    void notPostcodes(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- identity documents

    @ParameterizedTest
    @ValueSource(strings = {
        "paspoort NXC3K1P72",
        "ID-kaart nummer IR8F2D4K1",
        "kopie van identiteitsbewijs (documentnummer SPECI2014) op de printer",
        "rijbewijsnummer 5123456789",
        "rijbewijs nr. 4012345678 gevonden",
        "documentnummer nxc3k1p72",
        "Het paspoort (NXC 3K1 P72) lag op de kopieermachine.",
        "verblijfsdocument V-nummer 1234567890",
        "Medewerker heeft kopie NXC3K1P72 gemaakt."})  // no label: the shape of a Dutch document number
    void identityDocuments(String text) {
        assertFinds(IDENTITEITSBEWIJS, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Documentnummer 2025-0012345 in het DMS.",   // an archive's document number
        "Zijn paspoort was verlopen in 2024.",
        "Rijbewijs 5 jaar ingetrokken.",
        "Kopie van het identiteitsbewijs is vernietigd.",
        "Norm ISO270012 is van toepassing.",          // nine characters, but not mixed
        "Ticket INC0012345 aangemaakt."})
    void notIdentityDocuments(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- social media

    @ParameterizedTest
    @ValueSource(strings = {
        "@jansen_j plaatste berichten over collega's",
        "Berichten van @PJansen1980 op X",
        "instagram: pjansen1980",
        "instagram: mariekedv",                       // alone after a colon
        "account op Instagram: marieke_dv",
        "tiktok-account marieke.dv83",
        "snapchat pietj80",
        "youtube-kanaal PietJansenVlogt",
        "twitter.com/pjansen80",
        "x.com/jansen_j",
        "https://www.tiktok.com/@mariekedv"})
    void socialMedia(String text) {
        assertFinds(SOCIALE_MEDIA, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bericht geplaatst via @rijksoverheid en @Belastingdienst.",
        "Het account @politie heeft een waarschuwing verspreid.",
        "Vragen via @DUO_nl beantwoord.",
        "Via Instagram zijn foto's van het kantoor gedeeld.",
        "Op X (voorheen Twitter) verscheen een bericht.",
        "Hij gebruikte WhatsApp en Signal voor werkberichten.",
        "Filmpje op TikTok is 12.000 keer bekeken.",
        "De afspraak @ 10 uur is verzet.",
        "@SUM(1+1)*cmd|' /C calc'!A0",                 // a spreadsheet formula (VijandigeInvoerTest)
        "\uff20Apenstaart(1)"})
    void notSocialMedia(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- personnel numbers and dates of birth

    @ParameterizedTest
    @ValueSource(strings = {"pnr 123456", "PNR: 998877", "personeelsnummer: 0045123", "medewerkersnummer 778899",
        "P-nummer P123456", "P-nr 123456", "P-nr.: 445566", "UBR nummer 778899", "werknemersnummer 5566778"})
    void personnelNumbers(String text) {
        assertFinds(PERSONEELSNUMMER, text);
    }

    @Test
    void aSofinummerIsABsn() {
        assertEquals(Set.of(BSN), screening.screen("sofinummer 123456782"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"geb. 3-4-1978", "geboren op 3 april 1978", "geboren op de 3e april 1978",
        "geboortedatum 03041978", "geboren in '81", "° 1978", "medewerker X (1982) is ontslagen",
        "collega S. (1978) heeft gescholden", "medewerkster (1990) heeft gefraudeerd"})
    void datesOfBirth(String text) {
        assertFinds(GEBOORTEDATUM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"De Ambtenarenwet (1929) is vervangen.", "Het rapport (2023) is openbaar.",
        "Zaak (2024) is gesloten.", "Sinds de reorganisatie (2019) is het rustig."})
    void yearsInBracketsThatAreNoBirthYears(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- disguises

    @Test
    void lookAlikeLettersAndCombiningMarks() {
        assertFinds(PERSOONSNAAM, "Gesprek met \u0408\u0430ns\u0435n gevoerd.");          // Cyrillic J, a, e
        assertFinds(IBAN, "rekening \u039dL91\u0391\u0392\u039d\u03910417164300");        // Greek N, A, B
        assertFinds(PERSOONSNAAM, "J\u0332a\u0332n\u0332s\u0332e\u0332n\u0332 heeft gefraudeerd");
        assertFinds(TELEFOONNUMMER, "bel \u039f6-12345678");                               // Greek O for 0
        assertClean("Gesprek met de coördinator over de geïnformeerde collega's van Justitiële Inrichtingen.");
    }

    @Test
    void spokenNumbersAndSpacedLetters() {
        assertFinds(TELEFOONNUMMER, "nul zes een twee drie vier vijf zes zeven acht");
        assertFinds(TELEFOONNUMMER, "bel 0 6 - 1 2 3 4 5 6 7 8");
        assertFinds(PERSOONSNAAM, "Gesprek met J A N S E N gevoerd.");
        assertFinds(EMAILADRES, "j . j a n s e n @ m i n b z k . n l");
        assertClean("Van de twintig medewerkers hebben er achttien de training gevolgd.");
        assertClean("De letters V O G staan voor verklaring omtrent het gedrag.");
    }

    @Test
    void anAbbreviatedStreet() {
        assertFinds(POSTCODE_HUISNUMMER, "adres: Kerkstr. 12");
        assertClean("Het gebeurde in de Kerkstraat. 12 collega's zagen het.");
    }
}
