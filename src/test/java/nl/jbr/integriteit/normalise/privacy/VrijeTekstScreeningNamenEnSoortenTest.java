package nl.jbr.integriteit.normalise.privacy;

import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EMAILADRES;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.FUNCTIE;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.GEBOORTEDATUM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.KENTEKEN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSONEELSNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSOONSNAAM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.POSTCODE_HUISNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.SOCIALE_MEDIA;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.TELEFOONNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 item 4: names without a title (from the name lists), unique functions, street addresses, obfuscated
 * e-mail addresses, dates of birth, licence plates, profile URLs and personnel numbers; and the ordinary words that
 * must not be taken for them.
 */
class VrijeTekstScreeningNamenEnSoortenTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    private void assertFinds(Persoonsgegeven expected, String text) {
        Set<Persoonsgegeven> found = screening.screen(text);
        assertTrue(found.contains(expected), () -> "text: " + text + " gave " + found);
    }

    private void assertClean(String text) {
        assertEquals(Set.of(), screening.screen(text), () -> "text: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "teamleider Pieter Jansen heeft het gemeld",
        "Marieke heeft de melding gedaan.",
        "Melding over JANSEN.",
        "Betrokkene: Jansen, J.",
        "gemeld door j. jansen",
        "collega Visser heeft het gezien",
        "Pieter Bakker heeft gefraudeerd",
        "het gesprek met De Groot verliep goed",
        "medewerker Smit is geschorst",
        "Bakker, P. heeft gedeclareerd",
        "Smeenge, J. heeft gedeclareerd",
        "melding door van der Meer",
        "gesprek met Yılmaz",
        "Gesprek met Jan\u200bsen gevoerd."})
    void namesWithoutATitle(String text) {
        assertFinds(PERSOONSNAAM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "De bakker leverde het brood te laat.",
        "Een visser meldde een incident in de haven.",
        "De groot opgezette campagne is gestopt.",
        "De smit repareerde het hek.",
        "Medewerker heeft een koster van de kerk benaderd.",
        "Het ging om een grote post op de begroting.",
        "De ploeg van de nachtdienst was onderbezet.",
        "Max. 3 dagen verlof opgenomen.",
        "Geen Roos zonder doornen, zei de leidinggevende.",
        "In alle ernst: de medewerker heeft spijt.",
        "Opmerkingen over Zwarte Piet in de appgroep.",
        "Het incident vond plaats aan de Grote Markt.",
        "Melding over de ernst van de zaak.",
        "Bos en plantsoen zijn door de gemeente onderhouden.",
        "Hij heeft van dijk tot dijk gezocht."})
    void ordinaryWordsThatAreAlsoNames(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Klacht over de directeur van de Rijksvoorlichtingsdienst.",
        "De ambassadeur in Caracas heeft giften aangenomen.",
        "de SG heeft ongepaste opmerkingen gemaakt",
        "De Minister van Justitie en Veiligheid is geïnformeerd.",
        "Onderzoek naar de directeur-generaal Rijkswaterstaat.",
        "het hoofd van de afdeling Inkoop"})
    void uniqueFunctions(String text) {
        assertFinds(FUNCTIE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Een directeur van de Belastingdienst heeft de melding ontvangen.",
        "De directeur heeft de melding in behandeling genomen.",
        "Mevrouw de Minister is geïnformeerd.",
        "Het onderdeel Rijksvoorlichtingsdienst telde twee meldingen.",
        "De vergadering van directeuren van de uitvoeringsorganisaties.",
        "Hij had hoofdpijn en ging naar huis."})
    void functionsThatAreNotOnePerson(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Lange Voorhout 9 Den Haag",
        "Turfmarkt nummer 147",
        "adres kerkstraat 12",
        "Laan van Meerdervoort 52",
        "Dorpsstraat nr. 4a"})
    void streetAddresses(String text) {
        assertFinds(POSTCODE_HUISNUMMER, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Op de arbeidsmarkt 2024 was het krap.",
        "Hij was onderweg 3 keer gestopt.",
        "De Kerkstraat 12 keer overgestoken.",
        "Tijdens de vergadering over de Turfmarkt zijn 12 punten besproken."})
    void numbersAfterStreetWordsThatAreNoAddress(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "contact via j.jansen\uff20minbzk.nl",
        "pieter.devries[at]gmail[.]com",
        "stuur naar jansen op minbzk punt nl",
        "j . jansen @ minbzk . nl",
        "j.jansen@minbzk"})
    void emailAddressesWrittenAroundTheAt(String text) {
        assertFinds(EMAILADRES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "De advertentie stond op marktplaats.nl.",
        "Het besluit staat op rijksoverheid.nl punt 4."})
    void notEmailAddresses(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bel 06.12.34.56.78", "tel. 070/123 45 67", "bel \uff10\uff16\uff0d\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18"})
    void telephoneNumbersWithOtherSeparators(String text) {
        assertFinds(TELEFOONNUMMER, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"geboren op 12-03-1985", "geb. 3 maart 1979", "DOB 12.03.1985",
        "De medewerker van 14-07-1968 is ontslagen."})
    void datesOfBirth(String text) {
        assertFinds(GEBOORTEDATUM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gemeld op 12-03-2024.", "Versie 12.5.1990 van de software", "in de jaren 1985 tot 1990"})
    void notDatesOfBirth(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto XJ-123-K", "kenteken 12-ABC-3", "kenteken: GB 123 X", "privéauto 1-KBB-23"})
    void licencePlates(String text) {
        assertFinds(KENTEKEN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COVID-19 maatregelen", "artikel 3-12-A", "zaak OM-12-34", "ISO-27001 audit"})
    void notLicencePlates(String text) {
        assertClean(text);
    }

    /** Issue 21: profiles on social networks are a kind of their own now (SOCIALE_MEDIA), other profiles stay URL. */
    @ParameterizedTest
    @ValueSource(strings = {"linkedin.com/in/pieterjansen", "https://www.facebook.com/piet.jansen.77",
        "twitter: @pjansen80", "linkedin punt com slash in slash pjansen"})
    void socialMediaProfiles(String text) {
        assertFinds(SOCIALE_MEDIA, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.example.nl/profiel/pjansen", "https://intranet.example.nl/medewerkers/pjansen",
        "www.example.nl/~pjansen"})
    void profileUrls(String text) {
        assertFinds(URL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zie www.rijksoverheid.nl/onderwerpen/integriteit", "Bericht via @rijksoverheid geplaatst"})
    void notProfileUrls(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"personeelsnummer 123456", "pers.nr. 0045123", "medewerkersnummer: AB1234",
        "gebruikersnaam jjansen01"})
    void personnelNumbers(String text) {
        assertFinds(PERSONEELSNUMMER, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zaaknummer 2024-0012", "het personeelsnummer is niet vermeld", "registratienummer 2024-118"})
    void notPersonnelNumbers(String text) {
        assertClean(text);
    }

    @Test
    void theSecretariatThatWasPublishedInMeldingenPerOnderdeel() {
        assertEquals(Set.of(TELEFOONNUMMER, PERSOONSNAAM),
                screening.screen("Secretariaat van mw. J. de Vries, tel 06-12345678"));
    }
}
