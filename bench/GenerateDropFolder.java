import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a drop folder {@code DIR/<MINISTERIE>/<jaar>/<name>.csv} in the shapes and dialects the
 * ministries really send: {@code ;} + Windows-1252 + CRLF, {@code ,} + UTF-8 (with or without BOM),
 * tabs, quoted fields with separators and line breaks, header aliases in different orders, and
 * category labels written the messy ways of contract section 4 (prefixes, older wordings, missing
 * accents, one-character typos, upper case, subcategories naming their category).
 *
 * <p>Single-file Java 17 program without dependencies:
 * <pre>
 *   java bench/GenerateDropFolder.java --rows 1000000 --years 2024,2025 --seed 1 --out bench/work/drop-1000000
 *   java bench/GenerateDropFolder.java --example --out input
 *   java bench/GenerateDropFolder.java --rows 1000000 --seed 2 --only BZK/2025/incidenten --out DIR
 * </pre>
 *
 * <p>Reproducible: every file has its own random stream derived from the seed and its path, so the
 * same arguments give the same bytes, and {@code --only} regenerates one file without the others.
 * Rows are streamed to disk; memory use does not depend on {@code --rows}.
 *
 * <p>Bench mode writes only data the pipeline must accept (the messiness is all acceptable per
 * contract section 4). {@code --example} writes the committed example folder {@code input/}, which
 * deliberately contains a few files that must be rejected and a few warnings (see input/README.md).
 */
public class GenerateDropFolder {

    // ---------------------------------------------------------------------------------------------
    // Reference data (contract sections 3, 4 and 5)

    static final String[] CAT_CODES = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
    static final String[] CAT_NAMES = {
            "Financiële schendingen",
            "Misbruik positie en belangenverstrengeling",
            "Lekken, misbruik en achterhouden van informatie",
            "Ongepaste communicatie",
            "Misbruik bevoegdheden",
            "Misbruik geweldsbevoegdheid",
            "Ongewenste omgangsvormen",
            "Misbruik bedrijfsmiddelen en overtreding interne regels",
            "Misdragingen in de privésfeer"};
    /** Official rijksbrede wording (BZK 2024) where it differs from the published label, else null. */
    static final String[] CAT_WORDINGS = {
            "Financiële schendingen (in de zakelijke sfeer)",
            null,
            "Lekken en misbruik en/of achterhouden van en/of ongeoorloofd omgaan met informatie",
            null, null, null, null,
            "Misbruik bedrijfsmiddelen en overtreding",
            "Ongepaste gedragingen in de privésfeer"};
    static final String[][] SUBCATS = {
            {"Fraude", "Diefstal-verduistering", "Overig"},
            {"Aannemen gunsten/giften/geschenken", "Afwijken inkoop, inhuur, uitbesteding", "Misbruik bedrijfsidentiteit",
                    "Niet melden nevenactiviteiten", "Verrichten nevenactiviteiten", "Omkoping (corruptie)", "Overig"},
            {"Lekken van informatie (opzet)", "Lekken van informatie (verwijtbaar)", "Misbruik van informatie",
                    "Ongeoorloofd raadplegen vertrouwelijke registers", "Onzorgvuldig gebruik informatiedragers", "Overig"},
            {"Ongepaste meningsuiting", "Ongepaste externe zakelijke contacten/communicatie", "Overig"},
            {"Overig"},
            {"Overig"},
            {"Discriminatie", "Seksuele intimidatie", "Verbale en/of non-verbale agressie, geweld en pesten", "Overig"},
            {"Niet volgen van procedures", "Slordig omgaan met bedrijfsmiddelen", "Overig"},
            {"Andere misdrijven en overtredingen", "Ongewenste omgangsvormen", "Ongewenste privécontacten", "Overig"}};
    /** Subcategories that belong to one category only and may stand in for the category label. */
    static final String[][] UNIQUE_SUBCATS = {
            {"Fraude", "Diefstal-verduistering"},
            {"Aannemen gunsten/giften/geschenken", "Omkoping (corruptie)", "Niet melden nevenactiviteiten"},
            {"Misbruik van informatie", "Ongeoorloofd raadplegen vertrouwelijke registers"},
            {"Ongepaste meningsuiting"},
            {}, {},
            {"Discriminatie", "Seksuele intimidatie"},
            {"Niet volgen van procedures", "Slordig omgaan met bedrijfsmiddelen"},
            {"Ongewenste privécontacten", "Andere misdrijven en overtredingen"}};
    /** Relative frequency per category: g and h most frequent, f rare (and only where force may be used). */
    static final double[] CAT_WEIGHTS = {5, 10, 14, 7, 2.5, 1.5, 28, 23, 9};

    static final String[] SOORT_INCIDENT = {"integriteitsschending", "onregelmatigheid", "misstand"};
    static final double[] SOORT_INCIDENT_W = {85, 12, 3};
    static final String[] ONDERZOEK = {"geen", "vooronderzoek", "intern", "extern", "strafrechtelijk", "klachtencommissie", "onbekend"};
    static final double[] ONDERZOEK_W = {20, 25, 34, 8, 4, 5, 4};
    static final String[] UITKOMST = {"aangetoond", "deels aangetoond", "niet aangetoond", "lopend", "onbekend"};
    static final double[] UITKOMST_W = {45, 10, 25, 15, 5};
    static final String[] AFDOENING = {"corrigerend gesprek", "waarschuwing", "schriftelijke berisping",
            "overige disciplinaire maatregel", "voorwaardelijk strafontslag", "strafontslag", "einde dienstverband",
            "procesmaatregel", "geen"};
    static final double[] AFDOENING_W = {30, 15, 20, 8, 4, 6, 7, 5, 5};
    static final String[] AANGIFTE = {"nee", "ja", "onbekend"};
    static final double[] AANGIFTE_W = {80, 8, 12};

    /** Anonymised descriptions per category; some contain separators, quotes, line breaks, € and ’. */
    static final String[][] OMSCHRIJVINGEN = {
            {"Onjuiste declaratie van reiskosten (ca. € 250); bedrag is terugbetaald.",
                    "Vermoeden van verduistering van kasgeld bij een balie.\nAangifte gedaan bij de politie."},
            {"Medewerker heeft een geschenk van een leverancier aangenomen ter waarde van € 150.",
                    "Nevenfunctie bij een adviesbureau niet gemeld, inmiddels alsnog gemeld en getoetst."},
            {"Foto’s van vertrouwelijke stukken gedeeld in een appgroep.",
                    "Zonder zakelijke noodzaak gegevens van een bekende geraadpleegd in een registratiesysteem.",
                    "USB-stick met persoonsgegevens verloren; datalek gemeld bij de FG."},
            {"Ongepaste uitlatingen over de eigen organisatie op sociale media, met \"grappen\" over collega's."},
            {"Bevoegdheid gebruikt om een bekende voorrang te geven bij een aanvraag."},
            {"Disproportioneel geweld gebruikt bij een aanhouding; intern onderzoek gestart."},
            {"Melding van ongewenst gedrag door een leidinggevende; gesprek gevoerd met betrokkenen.",
                    "Collega maakte kwetsende opmerkingen over afkomst tijdens teamoverleg.",
                    "Seksueel getinte berichten gestuurd aan een collega.\nBetrokkene is op non-actief gesteld."},
            {"Laptop onbeheerd achtergelaten in de trein.\nGeen datalek vastgesteld.",
                    "Privégebruik van dienstauto buiten werktijd.",
                    "Toegangspas uitgeleend aan een externe, in strijd met de huisregels."},
            {"Veroordeeld voor rijden onder invloed buiten diensttijd.",
                    "Ongewenst privécontact met een gedetineerde, cliënt of leverancier."}};
    static final String[] TOELICHTINGEN = {
            "Afgedaan met een gesprek met de leidinggevende.",
            "Afgerond; maatregel opgelegd door de HR-afdeling.",
            "Onderzoek afgerond, geen verdere actie.",
            "Dossier overgedragen aan het Openbaar Ministerie."};

    // ---------------------------------------------------------------------------------------------
    // Ministries: validity (contract 5), dialect, house style, units with headcounts

    record Unit(String naam, int medewerkers) { }

    record Ministerie(String code, Integer van, Integer tot, double gewicht, int voorbeeldMeldingen,
                      char sep, Charset charset, boolean bom, String eol, boolean quoteAll, boolean trailingEmpty,
                      int headerStijl, int personeelStijl, int labelStijl, int waardeStijl, int datumStijl,
                      int nummerStijl, boolean geweld, List<Unit> units) {
        boolean geldig(int jaar) {
            return (van == null || jaar >= van) && (tot == null || jaar <= tot);
        }
    }

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset UTF8 = StandardCharsets.UTF_8;

    static List<Unit> units(Object... pairs) {
        List<Unit> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Unit((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return list;
    }

    static final List<Ministerie> MINISTERIES = List.of(
            new Ministerie("AZ", null, null, 0.4, 4, ',', UTF8, true, "\r\n", false, false, 0, 0, 4, 1, 0, 0, false,
                    units("Bestuursdepartement", 290, "Rijksvoorlichtingsdienst", 185, "Wetenschappelijke Raad voor het Regeringsbeleid", 45)),
            new Ministerie("BZ", null, null, 3, 90, ';', CP1252, false, "\r\n", false, false, 1, 1, 1, 1, 1, 1, false,
                    units("Bestuursdepartement", 2950, "Posten in het buitenland", 2380, "Directie Consulaire Zaken en Visumbeleid", 520)),
            new Ministerie("BZK", null, null, 5, 130, ',', UTF8, false, "\n", false, false, 0, 0, 0, 0, 0, 2, false,
                    units("Bestuursdepartement", 2640, "Rijksvastgoedbedrijf", 2110, "Logius", 860,
                            "Uitvoeringsorganisatie Bedrijfsvoering Rijk", 2290, "Rijksdienst voor Identiteitsgegevens", 410, "P-Direkt", 880)),
            new Ministerie("DEF", null, null, 22, 420, ';', CP1252, false, "\r\n", false, false, 2, 2, 2, 2, 2, 0, true,
                    units("Commando Landstrijdkrachten", 21400, "Commando Zeestrijdkrachten", 11100, "Commando Luchtstrijdkrachten", 8600,
                            "Koninklijke Marechaussee", 7300, "Defensie Materieel Organisatie", 5200,
                            "Defensie Ondersteuningscommando", 9800, "Bestuursstaf", 2150)),
            new Ministerie("FIN", null, null, 18, 360, ',', UTF8, true, "\r\n", false, false, 1, 1, 3, 1, 0, 0, true,
                    units("Belastingdienst", 28600, "Douane", 5650, "Dienst Toeslagen", 1900, "FIOD", 1460,
                            "Bestuursdepartement", 2300, "Domeinen Roerende Zaken", 140)),
            new Ministerie("OCW", null, null, 4, 75, ',', UTF8, true, "\r\n", false, false, 0, 0, 1, 1, 1, 2, false,
                    units("Dienst Uitvoering Onderwijs", 2720, "Inspectie van het Onderwijs", 1010, "Nationaal Archief", 330,
                            "Rijksdienst voor het Cultureel Erfgoed", 450, "Bestuursdepartement", 1830)),
            new Ministerie("SZW", null, null, 2, 55, ';', CP1252, false, "\r\n", false, true, 1, 1, 2, 1, 2, 1, false,
                    units("Bestuursdepartement", 2040, "Nederlandse Arbeidsinspectie", 1620, "Inlichtingenbureau", 60)),
            new Ministerie("VWS", null, null, 4, 95, ',', UTF8, false, "\r\n", true, false, 3, 3, 0, 2, 0, 0, false,
                    units("Rijksinstituut voor Volksgezondheid en Milieu", 2120, "Inspectie Gezondheidszorg en Jeugd", 950, "CIBG", 660,
                            "College ter Beoordeling van Geneesmiddelen", 560, "Bestuursdepartement", 2010)),
            new Ministerie("EZ", 2024, null, 5, 110, ';', UTF8, true, "\r\n", false, false, 2, 2, 1, 3, 1, 0, false,
                    units("Rijksdienst voor Ondernemend Nederland", 5150, "Rijksinspectie Digitale Infrastructuur", 420,
                            "Centraal Planbureau", 150, "Bestuursdepartement", 1720)),
            new Ministerie("EZ_OUD", null, 2017, 5, 110, ';', CP1252, false, "\r\n", false, false, 2, 2, 1, 3, 1, 0, false,
                    units("Rijksdienst voor Ondernemend Nederland", 4300, "Agentschap Telecom", 390, "Centraal Planbureau", 150, "Bestuursdepartement", 1900)),
            new Ministerie("EZK", 2017, 2024, 5, 100, ';', CP1252, false, "\r\n", false, false, 1, 1, 2, 1, 2, 2, false,
                    units("Rijksdienst voor Ondernemend Nederland", 5000, "Agentschap Telecom", 400, "Centraal Planbureau", 150,
                            "Staatstoezicht op de Mijnen", 150, "Bestuursdepartement", 2100)),
            new Ministerie("LNV", 2017, 2024, 4, 90, ';', CP1252, false, "\r\n", false, false, 2, 2, 4, 2, 1, 1, false,
                    units("Nederlandse Voedsel- en Warenautoriteit", 3650, "Dienst Landelijk Gebied", 1020, "Bestuursdepartement", 1610)),
            new Ministerie("LVVN", 2024, null, 4, 105, ',', UTF8, true, "\r\n", false, false, 0, 4, 3, 0, 0, 2, false,
                    units("Nederlandse Voedsel- en Warenautoriteit", 3700, "Dienst Landelijk Gebied", 1040, "Bestuursdepartement", 1650)),
            new Ministerie("IenM", null, 2017, 8, 200, '\t', UTF8, false, "\n", false, false, 4, 3, 0, 0, 0, 3, false,
                    units("Rijkswaterstaat", 9100, "Inspectie Leefomgeving en Transport", 1150, "KNMI", 680, "Bestuursdepartement", 2200)),
            new Ministerie("IenW", 2017, null, 8, 230, '\t', UTF8, false, "\n", false, false, 4, 3, 0, 0, 0, 3, false,
                    units("Rijkswaterstaat", 10250, "Inspectie Leefomgeving en Transport", 1210, "KNMI", 710, "Bestuursdepartement", 2120)),
            new Ministerie("VenJ", null, 2017, 20, 400, ';', CP1252, false, "\r\n", false, false, 2, 2, 2, 1, 1, 1, true,
                    units("Dienst Justitiële Inrichtingen", 17000, "Immigratie- en Naturalisatiedienst", 4200,
                            "Centraal Justitieel Incassobureau", 1450, "Raad voor de Kinderbescherming", 2600, "Bestuursdepartement", 3500)),
            new Ministerie("JenV", 2017, null, 20, 400, ';', CP1252, false, "\r\n", false, false, 2, 2, 2, 1, 1, 1, true,
                    units("Dienst Justitiële Inrichtingen", 17800, "Centraal Justitieel Incassobureau", 1520, "Justitiële Informatiedienst", 310,
                            "Nederlands Forensisch Instituut", 920, "Raad voor de Kinderbescherming", 2810, "Bestuursdepartement", 3640)),
            new Ministerie("KGG", 2024, null, 0.8, 6, ',', UTF8, true, "\r\n", false, false, 0, 0, 0, 1, 0, 2, false,
                    units("Bestuursdepartement", 960, "Staatstoezicht op de Mijnen", 165)),
            new Ministerie("VRO", 2024, null, 0.6, 5, ',', UTF8, false, "\r\n", false, false, 1, 4, 4, 1, 0, 2, false,
                    units("Bestuursdepartement", 530, "Huurcommissie", 115)),
            new Ministerie("AenM", 2024, null, 6, 160, ';', CP1252, false, "\r\n", false, false, 1, 1, 1, 0, 2, 0, false,
                    units("Immigratie- en Naturalisatiedienst", 7600, "Dienst Terugkeer en Vertrek", 910, "Bestuursdepartement", 360)));

    /** The folder code of a profile (EZ before 2017 and from 2024 share the code EZ). */
    static String folderCode(Ministerie m) {
        return m.code().equals("EZ_OUD") ? "EZ" : m.code();
    }

    // ---------------------------------------------------------------------------------------------
    // Header styles: (column key, header text) in the order written

    static final String[][][] INCIDENT_HEADERS = {
            { // 0: the form's own names
                    {"volgnummer", "volgnummer"}, {"onderdeel", "onderdeel"}, {"datum_melding", "datum_melding"},
                    {"soort_incident", "soort_incident"}, {"categorie", "categorie"}, {"subcategorie", "subcategorie"},
                    {"aantal_betrokkenen", "aantal_betrokkenen"}, {"soort_onderzoek", "soort_onderzoek"}, {"uitkomst", "uitkomst"},
                    {"afdoening", "afdoening"}, {"aangifte", "aangifte"}, {"omschrijving", "omschrijving"},
                    {"toelichting_afronding", "toelichting_afronding"}, {"publiceerbaar", "publiceerbaar"}},
            { // 1: spreadsheet titles, with ministerie and jaar
                    {"ministerie", "Ministerie"}, {"jaar", "Jaar"}, {"volgnummer", "Volgnummer"}, {"onderdeel", "Onderdeel"},
                    {"datum_melding", "Datum melding"}, {"soort_incident", "Soort incident"}, {"categorie", "Categorie"},
                    {"subcategorie", "Subcategorie"}, {"aantal_betrokkenen", "Aantal betrokkenen"},
                    {"soort_onderzoek", "Soort onderzoek"}, {"uitkomst", "Uitkomst"}, {"afdoening", "Afdoening"},
                    {"aangifte", "Aangifte"}, {"omschrijving", "Omschrijving"}, {"toelichting_afronding", "Toelichting afronding"},
                    {"publiceerbaar", "Publiceerbaar"}},
            { // 2: aliases, another order
                    {"volgnummer", "Zaaknummer"}, {"datum_melding", "Meldingsdatum"}, {"onderdeel", "Dienst"},
                    {"categorie", "Aard"}, {"subcategorie", "Betreft"}, {"soort_incident", "Soort"},
                    {"aantal_betrokkenen", "Aantal"}, {"soort_onderzoek", "Onderzoek"}, {"uitkomst", "Handhaving"},
                    {"afdoening", "Maatregel"}, {"aangifte", "Aangifte gedaan"}, {"omschrijving", "Omschrijving"},
                    {"toelichting_afronding", "Toelichting"}, {"publiceerbaar", "Publiceerbaar"}},
            { // 3: upper case, other aliases, no date
                    {"volgnummer", "KENMERK"}, {"ministerie", "DEPARTEMENT"}, {"jaar", "RAPPORTAGEJAAR"},
                    {"onderdeel", "DIENSTONDERDEEL"}, {"categorie", "TYPE SCHENDING"}, {"subcategorie", "BETREFT"},
                    {"soort_incident", "SOORT INCIDENT"}, {"aantal_betrokkenen", "AANTAL AMBTENAREN"},
                    {"soort_onderzoek", "SOORT ONDERZOEK"}, {"uitkomst", "UITKOMST"}, {"afdoening", "SANCTIE"},
                    {"aangifte", "AANGIFTE"}, {"omschrijving", "OMSCHRIJVING"}, {"toelichting_afronding", "TOELICHTING AFRONDING"},
                    {"publiceerbaar", "PUBLICEERBAAR"}},
            { // 4: minimal export, no case number, no aangifte
                    {"onderdeel", "Organisatieonderdeel"}, {"datum_melding", "Datum"}, {"categorie", "Soort schending"},
                    {"subcategorie", "Subcategorie"}, {"aantal_betrokkenen", "Aantal betrokkenen"},
                    {"soort_onderzoek", "Soort onderzoek"}, {"uitkomst", "Aangetoond"}, {"afdoening", "Afdoening"},
                    {"omschrijving", "Omschrijving"}, {"publiceerbaar", "Publiceerbaar"}}};

    static final String[][][] PERSONEEL_HEADERS = {
            {{"onderdeel", "onderdeel"}, {"aantal_medewerkers", "aantal_medewerkers"}, {"aantal_fte", "aantal_fte"},
                    {"aantal_nevenwerkzaamheden", "aantal_nevenwerkzaamheden"}},
            {{"ministerie", "Ministerie"}, {"jaar", "Jaar"}, {"onderdeel", "Onderdeel"}, {"aantal_medewerkers", "Aantal medewerkers"},
                    {"aantal_fte", "Aantal fte"}, {"aantal_nevenwerkzaamheden", "Aantal nevenwerkzaamheden"}},
            {{"onderdeel", "Dienst"}, {"aantal_medewerkers", "Personeelsomvang"}, {"aantal_fte", "FTE"},
                    {"aantal_nevenwerkzaamheden", "Gemelde nevenwerkzaamheden"}},
            {{"onderdeel", "DIENSTONDERDEEL"}, {"aantal_medewerkers", "MEDEWERKERS"}, {"aantal_nevenwerkzaamheden", "NEVENWERKZAAMHEDEN"}},
            {{"onderdeel", "Onderdeel"}, {"aantal_nevenwerkzaamheden", "Nevenwerkzaamheden"}, {"aantal_medewerkers", "Aantal personen"},
                    {"aantal_fte", "Fte"}}};

    static final String[] KENGETALLEN = {"risicofuncties", "meldingsplichtigen", "ontheffingen", "vertrouwenspersonen",
            "externe_vertrouwenspersonen", "gesprekken_vertrouwenspersonen", "klachten_ongewenste_omgangsvormen",
            "geschenken_aangeboden", "geschenken_aangenomen"};

    static final String[][][] KENGETALLEN_HEADERS = {
            {{"onderdeel", "onderdeel"}, {"risicofuncties", "risicofuncties"}, {"meldingsplichtigen", "meldingsplichtigen"},
                    {"ontheffingen", "ontheffingen"}, {"vertrouwenspersonen", "vertrouwenspersonen"},
                    {"externe_vertrouwenspersonen", "externe_vertrouwenspersonen"},
                    {"gesprekken_vertrouwenspersonen", "gesprekken_vertrouwenspersonen"},
                    {"klachten_ongewenste_omgangsvormen", "klachten_ongewenste_omgangsvormen"},
                    {"geschenken_aangeboden", "geschenken_aangeboden"}, {"geschenken_aangenomen", "geschenken_aangenomen"}},
            {{"ministerie", "Ministerie"}, {"jaar", "Jaar"}, {"onderdeel", "Onderdeel"}, {"risicofuncties", "Vastgestelde risicofuncties"},
                    {"meldingsplichtigen", "Aangewezen meldingsplichtigen"}, {"ontheffingen", "Verleende ontheffingen"},
                    {"vertrouwenspersonen", "Interne vertrouwenspersonen"}, {"externe_vertrouwenspersonen", "Externe vertrouwenspersonen"},
                    {"gesprekken_vertrouwenspersonen", "Gesprekken met vertrouwenspersonen"},
                    {"klachten_ongewenste_omgangsvormen", "Klachten klachtencommissie"},
                    {"geschenken_aangeboden", "Geschenken boven 50 euro aangeboden"},
                    {"geschenken_aangenomen", "Geschenken boven 50 euro aangenomen"}},
            {{"onderdeel", "Dienst"}, {"vertrouwenspersonen", "Vertrouwenspersonen"}, {"externe_vertrouwenspersonen", "Externe vertrouwenspersonen"},
                    {"gesprekken_vertrouwenspersonen", "Gesprekken"}, {"klachten_ongewenste_omgangsvormen", "Klachten"},
                    {"risicofuncties", "Risicofuncties"}, {"meldingsplichtigen", "Meldingsplichtigen financiële belangen"},
                    {"ontheffingen", "Ontheffingen"}, {"geschenken_aangeboden", "Geschenken aangeboden"},
                    {"geschenken_aangenomen", "Geschenken aangenomen"}},
            {{"onderdeel", "DIENSTONDERDEEL"}, {"risicofuncties", "RISICOFUNCTIES"}, {"meldingsplichtigen", "MELDINGSPLICHTIGEN"},
                    {"ontheffingen", "ONTHEFFINGEN"}, {"vertrouwenspersonen", "VERTROUWENSPERSONEN"},
                    {"externe_vertrouwenspersonen", "EXTERNE VERTROUWENSPERSONEN"}, {"gesprekken_vertrouwenspersonen", "GESPREKKEN"},
                    {"klachten_ongewenste_omgangsvormen", "KLACHTEN"}, {"geschenken_aangeboden", "GESCHENKEN AANGEBODEN"},
                    {"geschenken_aangenomen", "GESCHENKEN AANGENOMEN"}},
            {{"onderdeel", "Onderdeel"}, {"risicofuncties", "Risicofuncties"}, {"meldingsplichtigen", "Meldingsplichtigen"},
                    {"ontheffingen", "Ontheffingen"}, {"vertrouwenspersonen", "Vertrouwenspersonen"},
                    {"gesprekken_vertrouwenspersonen", "Gesprekken"}, {"klachten_ongewenste_omgangsvormen", "Klachten"},
                    {"geschenken_aangeboden", "Geschenken aangeboden"}, {"geschenken_aangenomen", "Geschenken aangenomen"}}};

    /** The example's kengetallen form exists from this year (the trend shows the years before it as without opgave). */
    static final int KENGETALLEN_VANAF = 2022;

    // ---------------------------------------------------------------------------------------------
    // Deliberate problems in the example folder (never in bench mode)

    enum Bijzonder {
        GEEN, ONBEKENDE_CATEGORIE, TWEE_CATEGORIEEN, ANDER_MINISTERIE, ALLEEN_KOP,
        KOLOM_ONTBREEKT, GEEN_GEHEEL_GETAL, WAARSCHUWING_SUBCATEGORIE, WAARSCHUWING_TIKFOUT_CODE,
        WAARSCHUWING_VRIJE_SUBCATEGORIE
    }

    /** Data row (1-based) that carries the deliberate problem; spreadsheet row = this + 1. */
    static final int PROBLEEMRIJ = 12;

    static Bijzonder bijzonder(String code, int jaar, String formulier) {
        String key = code + "/" + jaar + "/" + formulier;
        switch (key) {
            case "BZ/2024/incidenten": return Bijzonder.ONBEKENDE_CATEGORIE;
            case "SZW/2025/incidenten": return Bijzonder.TWEE_CATEGORIEEN;
            case "OCW/2025/incidenten": return Bijzonder.ANDER_MINISTERIE;
            case "KGG/2024/incidenten": return Bijzonder.ALLEEN_KOP;
            case "LVVN/2025/personeel": return Bijzonder.KOLOM_ONTBREEKT;
            case "AenM/2024/personeel": return Bijzonder.GEEN_GEHEEL_GETAL;
            case "DEF/2024/incidenten": return Bijzonder.WAARSCHUWING_SUBCATEGORIE;
            case "FIN/2025/incidenten": return Bijzonder.WAARSCHUWING_TIKFOUT_CODE;
            case "IenW/2025/incidenten": return Bijzonder.WAARSCHUWING_VRIJE_SUBCATEGORIE;
            default: return Bijzonder.GEEN;
        }
    }

    /** Real-looking file names in the example folder (bench mode uses incidenten.csv / personeel.csv). */
    static String voorbeeldNaam(Ministerie m, int jaar, String formulier) {
        int stijl = Math.floorMod(m.code().hashCode(), 4);
        if (formulier.equals("incidenten")) {
            return switch (stijl) {
                case 0 -> "incidenten";
                case 1 -> "Registratieformulier integriteit " + jaar;
                case 2 -> "integriteitsschendingen_" + jaar;
                default -> folderCode(m) + " meldingen " + jaar;
            };
        }
        if (formulier.equals("kengetallen")) {
            return switch (stijl) {
                case 0 -> "kengetallen";
                case 1 -> "Kengetallen integriteit " + jaar;
                case 2 -> "kengetallen_" + jaar;
                default -> folderCode(m) + " kengetallen " + jaar;
            };
        }
        return switch (stijl) {
            case 0 -> "personeel";
            case 1 -> "Personeelsomvang en nevenwerkzaamheden " + jaar;
            case 2 -> "nevenwerkzaamheden_" + jaar;
            default -> folderCode(m) + " personeel " + jaar;
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Command line

    long rows = 1_000_000;
    int[] years = {2024, 2025};
    long seed = 1;
    Path out;
    boolean example;
    String only;
    long maxRowsPerFile = 150_000;

    public static void main(String[] args) throws IOException {
        GenerateDropFolder g = new GenerateDropFolder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> g.rows = Long.parseLong(args[++i].replace("_", ""));
                case "--years" -> g.years = java.util.Arrays.stream(args[++i].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
                case "--seed" -> g.seed = Long.parseLong(args[++i]);
                case "--out" -> g.out = Path.of(args[++i]);
                case "--example" -> g.example = true;
                case "--only" -> g.only = args[++i];
                case "--max-rows-per-file" -> g.maxRowsPerFile = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("Usage: java bench/GenerateDropFolder.java [--rows N] [--years 2024,2025] [--seed S]"
                            + " [--out DIR] [--example] [--only MINISTERIE/jaar/formulier] [--max-rows-per-file N]");
                    System.exit(2);
                }
            }
        }
        if (g.example) {
            g.years = new int[] {2020, 2021, 2022, 2023, 2024, 2025};
            if (g.out == null) g.out = Path.of("input");
        }
        if (g.out == null) g.out = Path.of("bench", "work", "drop-" + g.rows);
        g.generate();
    }

    long filesWritten;
    long incidentRowsWritten;
    long personeelRowsWritten;
    long bytesWritten;

    void generate() throws IOException {
        Map<String, Long> allocation = allocate();
        for (int jaar : years) {
            for (Ministerie m : MINISTERIES) {
                if (!m.geldig(jaar)) continue;
                String code = folderCode(m);
                if (example && code.equals("VRO") && jaar == 2025) continue; // a valid ministry that sent nothing
                Path dir = out.resolve(code).resolve(Integer.toString(jaar));
                long n = allocation.getOrDefault(code + "/" + jaar, 0L);
                if (selected(code, jaar, "incidenten")) {
                    writeIncidenten(m, jaar, dir, n);
                }
                if (selected(code, jaar, "personeel")) {
                    writePersoneel(m, jaar, dir);
                }
                if (example && jaar >= KENGETALLEN_VANAF && selected(code, jaar, "kengetallen")) {
                    writeKengetallen(m, jaar, dir);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Wrote %d files to %s: %d incident rows, %d personeel rows, %d bytes%n",
                filesWritten, out, incidentRowsWritten, personeelRowsWritten, bytesWritten);
    }

    boolean selected(String code, int jaar, String formulier) {
        return only == null || only.equals(code + "/" + jaar + "/" + formulier) || only.equals(code + "/" + jaar);
    }

    /**
     * Incident rows per ministry and year. Bench mode: {@code --rows} split over years and valid
     * ministries by weight (largest remainder, so the total is exact). Example mode: the ministry's
     * own realistic volume, varied by the seed.
     */
    Map<String, Long> allocate() {
        Map<String, Long> result = new LinkedHashMap<>();
        if (example) {
            for (int jaar : years) {
                for (Ministerie m : MINISTERIES) {
                    if (!m.geldig(jaar)) continue;
                    SplittableRandom r = new SplittableRandom(mix(seed, "volume/" + m.code() + "/" + jaar));
                    int base = m.voorbeeldMeldingen();
                    long n = Math.max(2, Math.round(base * (0.85 + 0.3 * r.nextDouble())));
                    if (bijzonder(folderCode(m), jaar, "incidenten") == Bijzonder.ALLEEN_KOP) n = 0;
                    result.put(folderCode(m) + "/" + jaar, n);
                }
            }
            return result;
        }
        List<String> keys = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (int jaar : years) {
            for (Ministerie m : MINISTERIES) {
                if (!m.geldig(jaar)) continue;
                keys.add(folderCode(m) + "/" + jaar);
                weights.add(m.gewicht());
                total += m.gewicht();
            }
        }
        long assigned = 0;
        double[] remainders = new double[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            double exact = rows * weights.get(i) / total;
            long floor = (long) Math.floor(exact);
            remainders[i] = exact - floor;
            result.put(keys.get(i), floor);
            assigned += floor;
        }
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> remainders[y] != remainders[x]
                ? Double.compare(remainders[y], remainders[x]) : Integer.compare(x, y));
        for (int k = 0; assigned < rows; k++, assigned++) {
            String key = keys.get(order[k % order.length]);
            result.put(key, result.get(key) + 1);
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /** A CSV file in one ministry's dialect, written through a temporary file and renamed at the end. */
    final class CsvOut implements AutoCloseable {
        final Ministerie m;
        final Path target;
        final Path tmp;
        final Writer w;
        final int padding;
        final StringBuilder line = new StringBuilder(512);
        final CountingStream counter;

        CsvOut(Ministerie m, Path target) throws IOException {
            this.m = m;
            this.target = target;
            Files.createDirectories(target.getParent());
            this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
            this.counter = new CountingStream(Files.newOutputStream(tmp));
            // A fresh encoder reports unmappable characters instead of silently writing '?'.
            this.w = new BufferedWriter(new OutputStreamWriter(counter, m.charset().newEncoder()), 1 << 16);
            this.padding = m.trailingEmpty() ? 2 : 0;
            if (m.bom()) w.write('\uFEFF');
        }

        void row(List<String> fields) throws IOException {
            line.setLength(0);
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) line.append(m.sep());
                cell(fields.get(i));
            }
            for (int i = 0; i < padding; i++) line.append(m.sep()); // spreadsheet's empty trailing columns
            line.append(m.eol());
            w.write(line.toString());
        }

        void emptyRow(int columns) throws IOException {
            line.setLength(0);
            for (int i = 1; i < columns + padding; i++) line.append(m.sep());
            line.append(m.eol());
            w.write(line.toString());
        }

        private void cell(String value) {
            boolean quote = m.quoteAll() && !value.isEmpty();
            if (!quote) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == m.sep() || c == '"' || c == '\n' || c == '\r') {
                        quote = true;
                        break;
                    }
                }
            }
            if (!quote) {
                line.append(value);
                return;
            }
            line.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') line.append('"');
                line.append(c);
            }
            line.append('"');
        }

        @Override
        public void close() throws IOException {
            w.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            filesWritten++;
            bytesWritten += counter.count;
        }
    }

    static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    void writeIncidenten(Ministerie m, int jaar, Path dir, long n) throws IOException {
        String code = folderCode(m);
        Bijzonder b = example ? bijzonder(code, jaar, "incidenten") : Bijzonder.GEEN;
        int stijl = b == Bijzonder.ANDER_MINISTERIE ? 1 : m.headerStijl();
        String[][] header = INCIDENT_HEADERS[stijl];
        long files = example ? 1 : Math.max(1, (n + maxRowsPerFile - 1) / maxRowsPerFile);
        long seq = 0;
        for (long f = 0; f < files; f++) {
            String name = example ? voorbeeldNaam(m, jaar, "incidenten") : (f == 0 ? "incidenten" : "incidenten-" + (f + 1));
            long count = n / files + (f < n % files ? 1 : 0);
            SplittableRandom r = new SplittableRandom(mix(seed, code + "/" + jaar + "/" + name));
            try (CsvOut csv = new CsvOut(m, dir.resolve(name + ".csv"))) {
                List<String> fields = new ArrayList<>(header.length);
                for (String[] h : header) fields.add(h[1]);
                csv.row(fields);
                for (long k = 1; k <= count; k++) {
                    Map<String, String> v = incident(m, jaar, ++seq, r);
                    if (k == PROBLEEMRIJ || (k == count && count < PROBLEEMRIJ)) applyProblem(b, v, r);
                    if (b == Bijzonder.ANDER_MINISTERIE) v.put("ministerie", "VWS");
                    fields.clear();
                    for (String[] h : header) fields.add(v.getOrDefault(h[0], ""));
                    csv.row(fields);
                }
                if (m.trailingEmpty()) { // what a spreadsheet leaves below the data
                    csv.emptyRow(header.length);
                    csv.emptyRow(header.length);
                }
                incidentRowsWritten += count;
            }
        }
    }

    void applyProblem(Bijzonder b, Map<String, String> v, SplittableRandom r) {
        switch (b) {
            case ONBEKENDE_CATEGORIE -> v.put("categorie", "Overige zaken");
            case TWEE_CATEGORIEEN -> v.put("categorie", "Belangenverstrengeling en financiële fraude");
            case WAARSCHUWING_SUBCATEGORIE -> {
                v.put("categorie", "h. Misbruik bedrijfsmiddelen en overtreding");
                v.put("subcategorie", "c.) Overig");
            }
            case WAARSCHUWING_TIKFOUT_CODE -> {
                v.put("uitkomst", "aangetoond");
                v.put("afdoening", "schriftelijke berispng");
            }
            case WAARSCHUWING_VRIJE_SUBCATEGORIE -> {
                v.put("categorie", "Misbruik bedrijfsmiddelen en overtreding interne regels");
                v.put("subcategorie", "Onjuist gebruik tankpas");
            }
            default -> { }
        }
    }

    /** One valid incident row, as the ministry would write it. */
    Map<String, String> incident(Ministerie m, int jaar, long seq, SplittableRandom r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ministerie", folderCode(m));
        v.put("jaar", Integer.toString(jaar));
        v.put("volgnummer", volgnummer(m, jaar, seq));
        v.put("onderdeel", onderdeelVoorMelding(m, r));
        v.put("datum_melding", datum(m, jaar, r));
        int cat = pickCategory(m, r);
        String sub = null;
        if (r.nextDouble() < 0.8) {
            String[] subs = SUBCATS[cat];
            sub = subs[r.nextInt(subs.length)];
        }
        String label = categoryLabel(m, cat, r);
        if (label.startsWith("=")) { // a subcategory written in the category column: it implies the category
            label = label.substring(1);
            sub = label;
        }
        v.put("categorie", label);
        v.put("subcategorie", sub == null ? "" : subcategoryLabel(m, cat, sub, r));
        v.put("soort_incident", r.nextDouble() < 0.1 ? "" : value(m, pick(SOORT_INCIDENT, SOORT_INCIDENT_W, r), r));
        double a = r.nextDouble();
        v.put("aantal_betrokkenen", a < 0.05 ? "" : a < 0.85 ? "1" : a < 0.95 ? "2" : Integer.toString(3 + r.nextInt(3)));
        v.put("soort_onderzoek", value(m, pick(ONDERZOEK, ONDERZOEK_W, r), r));
        String uitkomst = pick(UITKOMST, UITKOMST_W, r);
        v.put("uitkomst", value(m, uitkomst, r));
        String afdoening = switch (uitkomst) {
            case "niet aangetoond" -> "geen";
            case "lopend" -> "lopend";
            case "onbekend" -> r.nextBoolean() ? "onbekend" : "";
            default -> pick(AFDOENING, AFDOENING_W, r);
        };
        v.put("afdoening", afdoening.isEmpty() ? "" : value(m, afdoening, r));
        double[] aangifteW = (cat == 0 || cat == 5) ? new double[] {50, 40, 10} : AANGIFTE_W;
        v.put("aangifte", value(m, pick(AANGIFTE, aangifteW, r), r));
        String omschrijving = "";
        if (r.nextDouble() < 0.4) {
            String[] texts = OMSCHRIJVINGEN[cat];
            omschrijving = texts[r.nextInt(texts.length)];
        }
        v.put("omschrijving", omschrijving);
        v.put("toelichting_afronding", !uitkomst.equals("lopend") && r.nextDouble() < 0.25
                ? TOELICHTINGEN[r.nextInt(TOELICHTINGEN.length)] : "");
        String publiceerbaar = "";
        if (!omschrijving.isEmpty()) {
            publiceerbaar = r.nextDouble() < 0.12 ? "ja" : "nee";
        } else if (r.nextDouble() < 0.5) {
            publiceerbaar = "nee";
        }
        v.put("publiceerbaar", publiceerbaar.isEmpty() ? "" : value(m, publiceerbaar, r));
        return v;
    }

    void writePersoneel(Ministerie m, int jaar, Path dir) throws IOException {
        String code = folderCode(m);
        Bijzonder b = example ? bijzonder(code, jaar, "personeel") : Bijzonder.GEEN;
        String name = example ? voorbeeldNaam(m, jaar, "personeel") : "personeel";
        String[][] header = PERSONEEL_HEADERS[m.personeelStijl()];
        if (b == Bijzonder.KOLOM_ONTBREEKT) {
            header = java.util.Arrays.stream(header).filter(h -> !h[0].equals("aantal_nevenwerkzaamheden")).toArray(String[][]::new);
        }
        SplittableRandom r = new SplittableRandom(mix(seed, code + "/" + jaar + "/" + name));
        try (CsvOut csv = new CsvOut(m, dir.resolve(name + ".csv"))) {
            List<String> fields = new ArrayList<>();
            for (String[] h : header) fields.add(h[1]);
            csv.row(fields);
            int k = 0;
            for (Unit u : m.units()) {
                k++;
                // Headcount drifts a few percent per year; nevenwerkzaamheden are 2-6 % of headcount.
                long medewerkers = Math.round(u.medewerkers() * (1 + 0.015 * (jaar - 2024)) * (0.97 + 0.06 * r.nextDouble()));
                long neven = Math.round(medewerkers * (0.02 + 0.04 * r.nextDouble()));
                double fte = medewerkers * (0.88 + 0.08 * r.nextDouble());
                Map<String, String> v = new LinkedHashMap<>();
                v.put("ministerie", code);
                v.put("jaar", Integer.toString(jaar));
                v.put("onderdeel", u.naam());
                v.put("aantal_medewerkers", Long.toString(medewerkers));
                v.put("aantal_nevenwerkzaamheden", Long.toString(neven));
                String fteText = String.format(Locale.ROOT, "%.1f", fte);
                v.put("aantal_fte", m.sep() == ',' ? fteText : fteText.replace('.', ','));
                if (b == Bijzonder.GEEN_GEHEEL_GETAL && k == 1) {
                    v.put("aantal_medewerkers", "ca. " + (medewerkers / 50 * 50));
                }
                fields.clear();
                for (String[] h : header) fields.add(v.getOrDefault(h[0], ""));
                csv.row(fields);
                personeelRowsWritten++;
            }
            if (m.trailingEmpty()) csv.emptyRow(header.length);
        }
    }

    /**
     * The kengetallen form (example mode only): one row per onderdeel, figures in proportion to its headcount; as real
     * ones do, some onderdelen leave some figures empty (no opgave, never 0): about one in eight the financial interests
     * (meldingsplichtigen, ontheffingen), one in ten the gesprekken, one in ten the gifts.
     */
    void writeKengetallen(Ministerie m, int jaar, Path dir) throws IOException {
        String code = folderCode(m);
        String name = voorbeeldNaam(m, jaar, "kengetallen");
        String[][] header = KENGETALLEN_HEADERS[m.personeelStijl()];
        SplittableRandom r = new SplittableRandom(mix(seed, code + "/" + jaar + "/" + name));
        try (CsvOut csv = new CsvOut(m, dir.resolve(name + ".csv"))) {
            List<String> fields = new ArrayList<>();
            for (String[] h : header) fields.add(h[1]);
            csv.row(fields);
            for (Unit u : m.units()) {
                double groei = 1 + 0.04 * (jaar - 2024); // conversations with vertrouwenspersonen grow a few percent a year
                long medewerkers = Math.round(u.medewerkers() * (1 + 0.015 * (jaar - 2024)));
                long risico = Math.round(medewerkers * (0.04 + 0.06 * r.nextDouble()));
                long plichtig = Math.round(risico * (0.5 + 0.4 * r.nextDouble()));
                long ontheffing = r.nextInt((int) Math.max(1, plichtig / 60) + 1);
                long vp = Math.max(1, Math.round(medewerkers / 450.0 * (0.8 + 0.4 * r.nextDouble())));
                long extern = r.nextInt(3);
                long gesprekken = Math.round(vp * (2 + 6 * r.nextDouble()) * groei);
                long klachten = Math.round(medewerkers / 1500.0 * 2 * r.nextDouble());
                long aangeboden = Math.round(medewerkers / 250.0 * (0.5 + r.nextDouble()));
                long aangenomen = Math.round(aangeboden * (0.2 + 0.4 * r.nextDouble()));
                Map<String, String> v = new LinkedHashMap<>();
                v.put("ministerie", code);
                v.put("jaar", Integer.toString(jaar));
                v.put("onderdeel", u.naam());
                v.put("risicofuncties", Long.toString(risico));
                v.put("meldingsplichtigen", Long.toString(plichtig));
                v.put("ontheffingen", Long.toString(ontheffing));
                v.put("vertrouwenspersonen", Long.toString(vp));
                v.put("externe_vertrouwenspersonen", Long.toString(extern));
                v.put("gesprekken_vertrouwenspersonen", Long.toString(gesprekken));
                v.put("klachten_ongewenste_omgangsvormen", Long.toString(klachten));
                v.put("geschenken_aangeboden", Long.toString(aangeboden));
                v.put("geschenken_aangenomen", Long.toString(aangenomen));
                double leeg = r.nextDouble();
                if (leeg < 0.125) {
                    v.put("meldingsplichtigen", "");
                    v.put("ontheffingen", "");
                } else if (leeg < 0.225) {
                    v.put("gesprekken_vertrouwenspersonen", "");
                } else if (leeg < 0.325) {
                    v.put("geschenken_aangeboden", "");
                    v.put("geschenken_aangenomen", "");
                }
                fields.clear();
                for (String[] h : header) fields.add(v.getOrDefault(h[0], ""));
                csv.row(fields);
            }
            if (m.trailingEmpty()) csv.emptyRow(header.length);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Values in the ministries' own styles

    String volgnummer(Ministerie m, int jaar, long seq) {
        return switch (m.nummerStijl()) {
            case 0 -> folderCode(m) + "-" + jaar + "-" + String.format(Locale.ROOT, "%05d", seq);
            case 1 -> jaar + "/" + seq;
            case 2 -> "INT-" + String.format(Locale.ROOT, "%06d", seq);
            default -> Long.toString(seq);
        };
    }

    String onderdeelVoorMelding(Ministerie m, SplittableRandom r) {
        // Incidents roughly proportional to headcount.
        long total = 0;
        for (Unit u : m.units()) total += u.medewerkers();
        long x = r.nextLong(total);
        for (Unit u : m.units()) {
            x -= u.medewerkers();
            if (x < 0) return u.naam();
        }
        return m.units().get(0).naam();
    }

    String datum(Ministerie m, int jaar, SplittableRandom r) {
        java.time.LocalDate d = java.time.LocalDate.of(jaar, 1, 1).plusDays(r.nextInt(java.time.Year.of(jaar).length()));
        return switch (m.datumStijl()) {
            case 0 -> d.toString();
            case 1 -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + jaar;
            default -> String.format(Locale.ROOT, "%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), jaar);
        };
    }

    int pickCategory(Ministerie m, SplittableRandom r) {
        double[] w = CAT_WEIGHTS.clone();
        if (!m.geweld()) w[5] = 0; // only organisations with a use-of-force mandate register category f
        return pickIndex(w, r);
    }

    /**
     * The category label as this ministry writes it. Each ministry has a house style (85 % of its
     * rows); the rest is a random other style. A label starting with '=' is a subcategory standing
     * in for the category (the caller strips the marker).
     */
    String categoryLabel(Ministerie m, int cat, SplittableRandom r) {
        int stijl = r.nextDouble() < 0.85 ? m.labelStijl() : r.nextInt(5);
        String letter = CAT_CODES[cat];
        String name = CAT_NAMES[cat];
        String wording = CAT_WORDINGS[cat];
        double x = r.nextDouble();
        return switch (stijl) {
            case 0 -> { // letter prefix in one of its forms + published name or official wording
                String[] prefixes = {letter + ". ", letter + ") ", letter + ".) ", letter.toUpperCase(Locale.ROOT) + ". ", letter + "."};
                String text = wording != null && x < 0.3 ? wording : name;
                yield prefixes[r.nextInt(prefixes.length)] + text;
            }
            case 1 -> { // no letter: name, wording, missing accents, or a known subcategory
                if (x < 0.45) yield name;
                if (x < 0.65 && wording != null) yield wording;
                if (x < 0.85) yield stripAccents(name);
                String[] unique = UNIQUE_SUBCATS[cat];
                yield unique.length == 0 ? name : "=" + unique[r.nextInt(unique.length)];
            }
            case 2 -> { // bare letter, sometimes upper case
                yield x < 0.7 ? letter : letter.toUpperCase(Locale.ROOT);
            }
            case 3 -> { // upper case, sometimes prefixed
                String text = name.toUpperCase(Locale.forLanguageTag("nl"));
                yield x < 0.5 ? letter.toUpperCase(Locale.ROOT) + ". " + text : text;
            }
            default -> { // typed by hand: one-character typo, or lower case without accents
                // No typo in g's name: i has a subcategory of exactly those words, so a typo would be
                // one character from both, which a normaliser may rightly call ambiguous.
                yield x < 0.6 && cat != 6 ? typo(name, r) : stripAccents(name).toLowerCase(Locale.ROOT);
            }
        };
    }

    /** The subcategory as written: canonical, lower case, without accents, or "c.) Overig". */
    String subcategoryLabel(Ministerie m, int cat, String sub, SplittableRandom r) {
        if (sub.equals("Overig") && r.nextDouble() < 0.5) {
            String[] forms = {".) ", ") ", ". "};
            return CAT_CODES[cat] + forms[r.nextInt(forms.length)] + sub;
        }
        double x = r.nextDouble();
        if (x < 0.15) return sub.toLowerCase(Locale.ROOT);
        if (x < 0.25) return stripAccents(sub);
        return sub;
    }

    /** A code-list value in the ministry's style: as listed, Capitalised, UPPER, or with underscores. */
    String value(Ministerie m, String canonical, SplittableRandom r) {
        int stijl = r.nextDouble() < 0.9 ? m.waardeStijl() : r.nextInt(4);
        return switch (stijl) {
            case 0 -> canonical;
            case 1 -> Character.toUpperCase(canonical.charAt(0)) + canonical.substring(1);
            case 2 -> canonical.toUpperCase(Locale.ROOT);
            default -> canonical.replace(' ', '_');
        };
    }

    /**
     * Exactly one character changed (Levenshtein distance 1): a letter dropped, doubled or replaced,
     * never the first letter, never inside the first word's first three letters.
     */
    static String typo(String s, SplittableRandom r) {
        int pos;
        do {
            pos = 3 + r.nextInt(s.length() - 4);
        } while (!Character.isLetter(s.charAt(pos)));
        char c = s.charAt(pos);
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, pos) + s.substring(pos + 1);
            case 1 -> s.substring(0, pos) + c + s.substring(pos);
            default -> {
                char repl = "aeiou".indexOf(Character.toLowerCase(c)) >= 0 ? (c == 'e' ? 'a' : 'e') : (c == 'n' ? 'm' : 'n');
                yield s.substring(0, pos) + repl + s.substring(pos + 1);
            }
        };
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static String pick(String[] values, double[] weights, SplittableRandom r) {
        return values[pickIndex(weights, r)];
    }

    static int pickIndex(double[] weights, SplittableRandom r) {
        double total = 0;
        for (double w : weights) total += w;
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0 && weights[i] > 0) return i;
        }
        for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
        return 0;
    }

    /** A stable 64-bit seed for one file: String.hashCode is specified, so this is reproducible. */
    static long mix(long seed, String key) {
        long h = seed * 0x9E3779B97F4A7C15L + key.hashCode();
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= (h >>> 33);
        return h;
    }
}
