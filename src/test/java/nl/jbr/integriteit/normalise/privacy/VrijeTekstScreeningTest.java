package nl.jbr.integriteit.normalise.privacy;

import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.BSN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EMAILADRES;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.EXCEL_CODERING;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.FUNCTIE;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.GEBOORTEDATUM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.IBAN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.IDENTITEITSBEWIJS;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.KENTEKEN;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSONEELSNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.PERSOONSNAAM;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.POSTCODE;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.POSTCODE_HUISNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.SOCIALE_MEDIA;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.TELEFOONNUMMER;
import static nl.jbr.integriteit.normalise.privacy.Persoonsgegeven.URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VrijeTekstScreeningTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    private void assertOnly(Persoonsgegeven expected, String text) {
        assertEquals(Set.of(expected), screening.screen(text), () -> "text: " + text);
    }

    private void assertClean(String text) {
        assertEquals(Set.of(), screening.screen(text), () -> "text: " + text);
    }

    // ---------------------------------------------------------------- e-mail

    @ParameterizedTest
    @ValueSource(strings = {
        "Melder j.jansen@minbzk.nl heeft contact opgenomen",
        "Mail van J.Jansen@Minbzk.NL ontvangen.",
        "Zie info@rijksoverheid.nl.",
        "adres: piet_de-vries+werk@mail.example.com",
        "bereikbaar via jansen @ minbzk.nl",
        "j.jansen [at] minbzk.nl",
        "j.jansen(at)minbzk(punt)nl",
        "j.jansen [at] minbzk [dot] nl",
        "mail naar jansen {apenstaartje} minbzk.nl",
        "mail naar jansen apenstaartje minbzk.nl",
        "mail naar j.jansen at minbzk.nl graag",
        "mail naar j.jansen(a)minbzk.nl",
        "mail naar j.jansen at minbzk punt nl",
        "mail naar J.JANSEN [AT] MINBZK.NL"})
    void emailAddresses(String text) {
        assertOnly(EMAILADRES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hij at vervolgens zijn lunch in de vergaderzaal.",
        "Bericht geplaatst via @rijksoverheid op sociale media",
        "De afspraak @ 10 uur is verzet.",
        "E-mail verstuurd aan de leidinggevende.",
        "Hij at brood.De volgende dag meldde hij zich ziek.",
        "Op dit punt at hij niets meer (a) volgens de collega's"})
    void notEmailAddresses(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- telephone

    @ParameterizedTest
    @ValueSource(strings = {
        "bel 06-12345678",
        "bel 06 1234 5678 na vijven",
        "bel 06 12 34 56 78",
        "bel 06-12-34-56-78",
        "bel +31 6 12345678",
        "bel +31 (0)6 12345678",
        "bel +31612345678",
        "bel 0031612345678",
        "bel 0031 6 1234 5678",
        "tel. 070-1234567",
        "tel.070-1234567",
        "tel: 010 123 45 67",
        "tel (070) 123 45 67",
        "bel 0111-123456 of mail",
        "nummer 0612345678.",
        "Telefoon 085-1234567 (servicedesk)",
        "Telefonisch contact met 070 - 123 4567.",
        "Nummer: +32 2 123 45 67",
        "Duits nummer +49 30 12345678"})
    void telephoneNumbers(String text) {
        assertOnly(TELEFOONNUMMER, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "zaak 2024-0012",
        "zaak 2024-00123 is afgesloten",
        "in 2024 en 2025",
        "schade van € 1.250,00",
        "schade van 1250000 euro",
        "op 01-03-2024 gemeld",
        "op 01-03-2024 12:00 gemeld",
        "op 01-03-2024 1234 bestanden gekopieerd",
        "op 01 03 2024 10 keer ingelogd",
        "van 01-03-24-1234",
        "bel 0612345",
        "0,123456789 procent",
        "tussen 09.00-17.00 uur",
        "nummer 06-123456789 bestaat niet",
        "Zaaknummer 0123456789",
        "zaak nr. 0123456789 is gesloten",
        "factuurnummer: 0612345678",
        "Bellen naar 0800-0543 is gratis.",
        "Bel 112 bij nood.",
        "Een sms naar 06 is verstuurd.",
        "groei van + 5 procent"})
    void notTelephoneNumbers(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- IBAN

    @ParameterizedTest
    @ValueSource(strings = {
        "overgemaakt naar NL91ABNA0417164300",
        "overgemaakt naar NL91 ABNA 0417 1643 00 op 1 maart",
        "rekening nl91abna0417164300",
        "rekening NL02ABNA0123456789.",
        "Duitse rekening DE89 3704 0044 0532 0130 00",
        "GB29NWBK60161331926819",
        "Belgische rekening BE68 5390 0754 7034, bedrag onbekend",
        "FR14 2004 1010 0505 0001 3M02 606",
        "rekening NL91\u00a0ABNA\u00a00417\u00a01643\u00a000",
        "NL91 ABN A0417 1643 00",                       // issue 9: IBANs in other groupings too
        "IBAN: NL91-ABNA-0417-1643-00",
        "iban nl91.abna.0417.1643.00"})
    void ibans(String text) {
        assertOnly(IBAN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "overgemaakt naar NL91ABNA0417164301",          // last digit changed
        "overgemaakt naar NL91 ABNA 0417 1643 01",
        "rekening NL92ABNA0417164300",                  // check digit changed
        "DE89370400440532013001",
        "NL91ABNA04171643001",                           // one character too long for NL
        "XX91ABNA0417164300",                            // no such country
        "Code AB12 van de kast",
        "NL91 ABN A0417 1643 01",                        // regrouped, and the last digit changed
        "de 12 maart 2024 belde hij"})                   // "de" is Germany's code only in a compact IBAN
    void notIbans(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- BSN

    @ParameterizedTest
    @ValueSource(strings = {
        "BSN 123456782",          // 156 - 2 = 154 = 14*11
        "bsn: 111222333",         // 69 - 3 = 66 = 6*11
        "BSN-111111110",          // 44 - 0 = 44 = 4*11
        "burgerservicenummer 1234.56.782",
        "burgerservicenummer 1234 56 782",
        "burgerservicenummer 123 456 782",
        "BSN 12345672 (zonder voorloopnul)", // 012345672: 112 - 2 = 110 = 10*11
        "sofinummer 100000009."})  // 9 - 9 = 0
    void bsns(String text) {
        assertOnly(BSN, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nummer 123456789",       // 156 - 9 = 147 = 13*11 + 4
        "nummer 123456783",       // 156 - 3 = 153 = 13*11 + 10
        "nummer 999999999",       // 387 = 35*11 + 2
        "nummer 000000000",       // all zeros
        "nummer 1234.56.789",     // as 123456789
        "nummer 12345678",        // 012345678: 112 - 8 = 104 = 9*11 + 5
        "datum 20240314",         // 020240314: 16+12+20+9+2-4 = 55 = 5*11, but it is 14 March 2024
        "schade € 123456782",     // an amount, not a number about a person
        "schade 123456782 euro",
        "bedrag 123.456.782",     // thousands separators
        "zaak 2024-123456782",
        "nummer 1234567820"})     // ten digits
    void notBsns(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- address

    @ParameterizedTest
    @ValueSource(strings = {
        "woont op 2511 AB 12",
        "adres 2511AB, 12",
        "adres 2511ab 12",
        "adres 2511 AB nr. 12a",
        "Kerkstraat 12, 2511 AB",
        "woont aan de Kerkstraat 12 in Den Haag",
        "Prinses Beatrixlaan 2a",
        "adres Dorpsweg 3-5",
        "Turfmarkt 147, 2511 DP Den Haag",
        "woont op nummer 12, 2511 AB"})
    void addresses(String text) {
        assertOnly(POSTCODE_HUISNUMMER, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "adres 2511 SA 12",       // SA, SD and SS are never used
        "adres 2511 SS 12",
        "In 2024 zijn 12 meldingen gedaan",
        "de Kerkstraat in Den Haag",
        "over de snelweg 12 kilometer",
        "Postbus 20011, 2500 EA Den Haag"})
    void notAddresses(String text) {
        assertClean(text);
    }

    /** Issue 21: a postcode without a house number was not flagged before; now it is, as a kind of its own. */
    @ParameterizedTest
    @ValueSource(strings = {
        "postcodegebied 2511 AB",
        "2511 AB Den Haag"})
    void postcodesWithoutAHouseNumber(String text) {
        assertOnly(POSTCODE, text);
    }

    // ---------------------------------------------------------------- names

    @ParameterizedTest
    @ValueSource(strings = {
        "gesprek met dhr. Jansen",
        "gesprek met dhr Jansen",
        "gesprek met Dhr.Jansen",
        "gesprek met mevrouw De Vries",
        "gesprek met mevrouw de Vries",
        "gesprek met mw. El Amrani",
        "gesprek met de heer Bakker",
        "De heer Van der Berg is gehoord",
        "advies van mr. drs. J. van Dijk",
        "gesprek met mevr. O'Neill",
        "J.P. de Vries heeft gemeld",
        "gemeld door J.P. Jansen",
        "gemeld door J. P. Jansen",
        "gemeld door A. van den Berg",
        "gemeld door J. Jansen",
        "gemeld door Th. Bakker",
        "gemeld door prof. Smit-Visser",
        "gesprek gevoerd met Mw. Jansen-Bakker en dhr. P. de Groot",
        "Door Prof. Dr. Ir. Van den Berg.",
        "Zij heeft contact gehad met Van der Meer over de zaak.",
        "gesproken met Ter Horst, die het bevestigde",
        "De Vries heeft gemeld dat hij werd bedreigd.",
        "Op 12 maart heeft de Jong het gemeld.",
        "Collega's hebben samen met van Dijk een plan gemaakt.",
        "melding van van den Berg ontvangen"})
    void names(String text) {
        assertOnly(PERSOONSNAAM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "gesprek met dhr. X over het incident",
        "mevrouw Y heeft het gemeld",
        "De heer heeft het gemeld bij de vertrouwenspersoon",
        "Gemeld door medewerker A. Daarna is een onderzoek gestart.",
        "Zie bijlage B. Hierin staat de tijdlijn.",
        "Valt onder categorie C. Lekken van informatie.",
        "N.B. Medewerker heeft spijt betuigd.",
        "Een mevrouw van Financiën belde de servicedesk.",
        "mevrouw de Minister is geïnformeerd",
        "De leidinggevende heeft betrokkene aangesproken.",
        "Betrokkene is door de Belastingdienst B.V. benaderd",
        "Het rapport van Deloitte B.V. Amsterdam is ontvangen.",
        "Afdeling P.O. Box heeft het gemeld.",
        "Het ministerie van Defensie heeft een onderzoek ingesteld.",
        "Advies van de Raad van State is gevolgd.",
        "Het aanmeldcentrum Ter Apel meldde een incident.",
        "Het rapport van De Nederlandsche Bank is betrokken.",
        "In De Telegraaf verscheen een artikel.",
        "De vergadering vond plaats in het Van Gogh Museum.",
        "Het incident vond plaats op de Lange Voorhout.",
        "Op de Dam werd gedemonstreerd.",
        "Van de medewerkers heeft 10% de training gevolgd.",
        "Mevrouw de Voorzitter opende de vergadering.",
        "De heer W. heeft het gemeld.",
        "Gesprek met dhr. A. op 12-03-2024.",
        "De medewerker (M., 45 jaar) is ontslagen."})
    void notNames(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- ordinary descriptions

    @ParameterizedTest
    @ValueSource(strings = {
        "Medewerker heeft in 2024 vertrouwelijke stukken gedeeld",
        "schade van € 1.250,00",
        "zaak 2024-00123",
        "artikel 125ter Ambtenarenwet",
        "Op 1-3-2024 is de melding ontvangen.",
        "Gemeld op 2024-03-01, afgerond op 15 april 2024.",
        "Ongeveer 12,5% van de declaraties was onjuist.",
        "Het percentage steeg met 3,4 procentpunt.",
        "Betrokkene heeft zonder toestemming het dossier geraadpleegd.",
        "Na onderzoek door Bureau Integriteit is een schriftelijke berisping opgelegd.",
        "Medewerker A heeft medewerker B uitgescholden tijdens een overleg.",
        "Een leidinggevende heeft gunsten aangenomen van een leverancier (waarde circa € 500).",
        "De melding is doorgestuurd naar het OM; aangifte is gedaan op 12 mei.",
        "Melding via de vertrouwenspersoon, anoniem.",
        "Laptop met gevoelige gegevens verloren in de trein, 3 juni 2024 om 17:45.",
        "Tussen 2019 en 2023 zijn 48 uren onterecht gedeclareerd.",
        "Schorsing voor 14 dagen; daarna strafontslag per 01-09-2024.",
        "Nevenwerkzaamheden niet gemeld (ca. 8 uur per week).",
        "Ongewenste omgangsvormen op de afdeling, 2e verdieping.",
        "Misbruik van dienstauto: 1.234 km privé gereden.",
        "Kosten: EUR 12.345,67, terugbetaald in 6 termijnen.",
        "Zie artikel 6:162 BW en art. 8 lid 2 ARAR.",
        "Versie 2.1 van het protocol is niet gevolgd.",
        "Het Openbaar Ministerie heeft de zaak geseponeerd.",
        "Besproken in het MT van 12-02-2024; uitkomst: waarschuwing.",
        "Meldnummer 2023/0456, interne referentie INT-2023-17.",
        "Medewerker heeft 250 dossiers bekeken zonder zakelijke noodzaak.",
        "De heer des huizes werd niet aangetroffen.",
        "Rond 10.30 uur is de politie gebeld.",
        "In week 12 van 2024 zijn 3 incidenten gemeld.",
        "Schade geschat op 100.000 tot 150.000 euro.",
        "Het gaat om 0,5 fte gedurende 18 maanden.",
        "Hij at tijdens de dienst een broodje en liet de balie onbemand."})
    void ordinaryIncidentDescriptionsAreNotFlagged(String text) {
        assertClean(text);
    }

    // ---------------------------------------------------------------- the whole

    @Test
    void nullAndBlankGiveAnEmptySet() {
        assertEquals(Set.of(), screening.screen(null));
        assertEquals(Set.of(), screening.screen(""));
        assertEquals(Set.of(), screening.screen("   \t\r\n "));
    }

    @Test
    void allKindsAreReportedInEnumOrder() {
        String text = "Mevrouw De Vries (m.devries@example.nl, 06-12345678, BSN 123456782) woont op "
                + "2511 AB 12 (vroeger in 3722 GP) en heeft rekening NL91 ABNA 0417 1643 00; geboren 12-03-1985, "
                + "auto XJ-123-K, paspoort NXC3K1P72, https://www.example.nl/profiel/mdevries, "
                + "linkedin.com/in/mdevries, personeelsnummer 123456, secretaresse van de SG._x000D_";
        Set<Persoonsgegeven> found = screening.screen(text);
        assertEquals(EnumSet.allOf(Persoonsgegeven.class), found);
        assertEquals(List.of(EMAILADRES, TELEFOONNUMMER, IBAN, BSN, POSTCODE_HUISNUMMER, POSTCODE, PERSOONSNAAM,
                        GEBOORTEDATUM, KENTEKEN, IDENTITEITSBEWIJS, URL, SOCIALE_MEDIA, PERSONEELSNUMMER, FUNCTIE,
                        EXCEL_CODERING),
                List.copyOf(found));
    }

    @Test
    void partsOfOneKindAreNotReportedAsAnother() {
        // the account number inside a spaced IBAN is 0417 1643 00 = 0 + nine digits, shaped like a phone number
        assertEquals(Set.of(IBAN), screening.screen("NL91 ABNA 0417 1643 00"));
        // the initial and surname in an e-mail address are not a name on their own
        assertEquals(Set.of(EMAILADRES), screening.screen("J.Jansen@minbzk.nl"));
        // a street address followed by a telephone number
        assertEquals(Set.of(POSTCODE_HUISNUMMER, TELEFOONNUMMER),
                screening.screen("Kerkstraat 12, tel. 070-1234567"));
    }

    @Test
    void theResultCannotBeChanged() {
        Set<Persoonsgegeven> found = screening.screen("bel 06-12345678");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> found.add(BSN));
    }

    @Test
    void everyKindHasADutchLabel() {
        assertEquals("e-mailadres", EMAILADRES.omschrijving());
        for (Persoonsgegeven p : Persoonsgegeven.values()) {
            assertTrue(!p.omschrijving().isBlank() && p.omschrijving().equals(p.omschrijving().strip()));
        }
    }
}
