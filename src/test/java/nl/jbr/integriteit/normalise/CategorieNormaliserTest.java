package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The categorie column, as ministries write it. Each case: the value, the expected category code (empty:
 * none, the row has a fout) and the expected finding code (empty: no finding at all).
 */
class CategorieNormaliserTest {

    private static final CategorieNormaliser NORMALISER = new CategorieNormaliser(SchemaSource.embedded());

    private static void check(String waarde, String code, String bevinding) {
        Categorisering c = NORMALISER.categoriseer(7, waarde, null);
        String verwacht = code == null || code.isEmpty() ? null : code;
        assertEquals(verwacht, c.categorieCode(), () -> "code for '" + waarde + "': " + c.bevindingen());
        if (bevinding == null || bevinding.isEmpty()) {
            assertEquals(List.of(), c.bevindingen(), "findings for '" + waarde + "'");
        } else {
            assertEquals(1, c.bevindingen().size(), () -> "findings for '" + waarde + "': " + c.bevindingen());
            Bevinding f = c.bevindingen().get(0);
            assertEquals(BevindingCode.valueOf(bevinding), f.code(), () -> f.melding());
            assertEquals("categorie", f.kolom());
            assertEquals(7, f.regel());
            assertEquals(waarde == null ? "" : waarde, f.waarde());
            assertTrue(f.melding().startsWith("Regel 7: "), f.melding());
            assertTrue(f.melding().endsWith("."), f.melding());
            // a fout leaves the row without category; a waarschuwing keeps it
            assertEquals(f.isFout(), c.categorieCode() == null, f.melding());
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // shortened wordings a coordinator would recognise (categorie-varianten.csv)
            "Nevenwerkzaamheden|b|", "Gunsten en geschenken|b|", "Lekken|c|", "Misbruik informatie|c|",
            "Privégedrag|i|", "Strafbaar feit privé|i|",
            // published names
            "Financiële schendingen|a|",
            "Misbruik positie en belangenverstrengeling|b|",
            "Lekken, misbruik en achterhouden van informatie|c|",
            "Ongepaste communicatie|d|",
            "Misbruik bevoegdheden|e|",
            "Misbruik geweldsbevoegdheid|f|",
            "Ongewenste omgangsvormen|g|",
            "Misbruik bedrijfsmiddelen en overtreding interne regels|h|",
            "Misdragingen in de privésfeer|i|",
            // official BZK 2024 wordings
            "Financiële schendingen (in de zakelijke sfeer)|a|",
            "Lekken en misbruik en/of achterhouden van en/of ongeoorloofd omgaan met informatie|c|",
            "Misbruik bedrijfsmiddelen en overtreding|h|",
            "Ongepaste gedragingen in de privésfeer|i|",
            // case, accents, spacing, punctuation
            "FINANCIELE SCHENDINGEN|a|",
            "financiele schendingen|a|",
            "'  Ongepaste   communicatie  '|d|",
            "misbruik_bevoegdheden|e|",
            "MISDRAGINGEN IN DE PRIVESFEER|i|",
            "Misdragingen in de privé sfeer|i|",
            "Misbruik-geweldsbevoegdheid|f|",
            "lekken misbruik en achterhouden van informatie|c|",
            "Ongewenste omgangsvormen.|g|",
    })
    void exactNames(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // the bare code in every written form
            "a|a|", "A|a|", "b.|b|", "c)|c|", "c.)|c|", "(c)|c|", "c -|c|", "c:|c|", "D|d|", "e.|e|",
            "(f)|f|", "g)|g|", "H.|h|", "i|i|", "Categorie g|g|",
            // code followed by the matching text
            "C. Lekken, misbruik en achterhouden van informatie|c|",
            "c) Lekken, misbruik en achterhouden van informatie|c|",
            "c.) Lekken, misbruik en achterhouden van informatie|c|",
            "(c) Lekken, misbruik en achterhouden van informatie|c|",
            "c - Lekken, misbruik en achterhouden van informatie|c|",
            "c: Lekken, misbruik en achterhouden van informatie|c|",
            "a. Financiële schendingen|a|",
            "a. Financiele schendingen in de zakelijke sfeer|a|",
            "b) Misbruik positie en belangenverstrengeling|b|",
            "d: Ongepaste communicatie|d|",
            "e - Misbruik bevoegdheden|e|",
            "f. Misbruik geweldsbevoegdheid|f|",
            "G) ongewenste omgangsvormen|g|",
            "h.) Misbruik bedrijfsmiddelen en overtreding interne regels|h|",
            "i. Misdragingen in de privesfeer|i|",
            "Categorie g: Ongewenste omgangsvormen|g|",
            // code with shortened, older or misspelt text of the same category: the letter decides, no finding
            "c. Lekken|c|",
            "c) Lekken, misbruik|c|",
            "b. Belangenverstrengeling|b|",
            "h. Misbruik bedrijfsmiddelen|h|",
            "i) Privésfeer|i|",
            "g. Omgangsvormen|g|",
            "a. Financieel|a|",
            "a. Finacieel|a|",
            "a) Fraude|a|",
            "f. Geweld|f|",
            "c. Overig|c|",
            "e. Misbruik bevoegheden|e|",
            "c. Lekken via e-mail|c|",
            "a. a|a|",
            "c - Datalek|c|",
            "d. Ongepaste uitlatingen op sociale media|d|",
            "g.) Ongewenste omgangsvormen (seksuele intimidatie)|g|",
            "h: Misbruik bedrijfsmiddelen & overtreding interne regels|h|",
    })
    void letterCodes(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "h. Misbruik bevoegdheden|h|CATEGORIE_TEKST_WIJKT_AF",
            "e) Misbruik bedrijfsmiddelen|e|CATEGORIE_TEKST_WIJKT_AF",
            "b. Financiële schendingen|b|CATEGORIE_TEKST_WIJKT_AF",
            "d. Ongewenste omgangsvormen|d|CATEGORIE_TEKST_WIJKT_AF",
            "a) Seksuele intimidatie|a|CATEGORIE_TEKST_WIJKT_AF",
            "i. Fraude|i|CATEGORIE_TEKST_WIJKT_AF",
            "c. Xyzzy onzin|c|CATEGORIE_TEKST_WIJKT_AF",
            "g - Misbruik geweldsbevoegdheid|g|CATEGORIE_TEKST_WIJKT_AF",
            "f: Misbruik bevoegdheden|f|CATEGORIE_TEKST_WIJKT_AF",
            "(a) Belangenverstrengeling|a|CATEGORIE_TEKST_WIJKT_AF",
            "a. Fraude en belangenverstrengeling|a|CATEGORIE_TEKST_WIJKT_AF",
            "i. Ongewenst gedrag|i|CATEGORIE_TEKST_WIJKT_AF",
            "h. Diefstal van laptop|h|CATEGORIE_TEKST_WIJKT_AF",
    })
    void letterAndTextDisagree(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // subcategories (and their wordings) imply their category; words starting with a..i are no codes
            "Aannemen gunsten/giften/geschenken|b|",
            "Aannemen van geschenken|b|",
            "Afwijken inkoop, inhuur, uitbesteding|b|",
            "Fraude|a|",
            "Diefstal|a|",
            "Diefstal-verduistering|a|",
            "Discriminatie|g|",
            "Seksuele intimidatie|g|",
            "Sexuele intimidatie|g|",
            "Ongewenste intimiteiten|g|",
            "Pesten|g|",
            "Agressie|g|",
            "Corruptie|b|",
            "Omkoping|b|",
            "Niet melden nevenactiviteiten|b|",
            "Misbruik van informatie|c|",
            "Ongeoorloofd raadplegen vertrouwelijke registers|c|",
            "Ongepaste meningsuiting|d|",
            "Niet volgen van procedures|h|",
            "Slordig omgaan met bedrijfsmiddelen|h|",
            "Andere misdrijven en overtredingen|i|",
            "Ongewenste privécontacten|i|",
            "Ongewenste privé-contacten|i|",
            // older and shortened wordings
            "Financiële schendingen in de zakelijke sfeer|a|",
            "Financiële integriteitsschendingen|a|",
            "Belangenverstrengeling|b|",
            "Misbruik van positie|b|",
            "Misbruik van positie/belangenverstrengeling|b|",
            "Lekken van informatie|c|",
            "Schending geheimhoudingsplicht|c|",
            "Omgangsvormen|g|",
            "Ongewenst gedrag|g|",
            "Grensoverschrijdend gedrag|g|",
            "Misbruik bedrijfsmiddelen|h|",
            "Overtreding interne regels|h|",
            "Privésfeer|i|",
            "Misbruik van bevoegdheden|e|",
            "Machtsmisbruik|e|",
            "Misbruik van geweldsbevoegdheid|f|",
            "Geweldsbevoegdheid|f|",
            "Misbruik van geweld|f|",
            "Declaratiefraude|a|",
            "Ongepaste uitingen|d|",
    })
    void subcategoriesAndVariants(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // a slip in a short word (en, van, een) is a typing error too, found in the example drop folder
            "Misbruik bedrijfsmiddelen em overtreding interne regels|h|CATEGORIE_GECORRIGEERD",
            "Lekken, misbruik en achterhouden vann informatie|c|CATEGORIE_GECORRIGEERD",
            "Lekken, misbruik en achterhouden vam informatie|c|CATEGORIE_GECORRIGEERD",
            "Lekken, misbruik en achterhouden vn informatie|c|CATEGORIE_GECORRIGEERD",
            "Lekken, misbruik een achterhouden van informatie|c|CATEGORIE_GECORRIGEERD",
            "Misbruik positie em belangenverstrengeling|b|CATEGORIE_GECORRIGEERD",
            "Finaciële schendingen|a|CATEGORIE_GECORRIGEERD",
            "Financiele schendigen|a|CATEGORIE_GECORRIGEERD",
            "Misbruik positie en belangenverstrengelingg|b|CATEGORIE_GECORRIGEERD",
            "Lekken, misbruik en achterhouden van infromatie|c|CATEGORIE_GECORRIGEERD",
            "Ongepaste comunicatie|d|CATEGORIE_GECORRIGEERD",
            "Misbruik bevoegheden|e|CATEGORIE_GECORRIGEERD",
            "Misbruik geweldsbevoegdhied|f|CATEGORIE_GECORRIGEERD",
            "Ongewenste omgangsvromen|g|CATEGORIE_GECORRIGEERD",
            "Ongewenste omgansvormen|g|CATEGORIE_GECORRIGEERD",
            "Misbruik bedrijfsmidelen en overtreding interne regels|h|CATEGORIE_GECORRIGEERD",
            "Misdragingen in de privesfeeer|i|CATEGORIE_GECORRIGEERD",
            "Belangeverstrengeling|b|CATEGORIE_GECORRIGEERD",
            "Seksuele intimdatie|g|CATEGORIE_GECORRIGEERD",
            "Discriminatei|g|CATEGORIE_GECORRIGEERD",
            "Fraud|a|CATEGORIE_GECORRIGEERD",
            "Misbruik van bevoegdheeden|e|CATEGORIE_GECORRIGEERD",
            "Misdragingen in de privesfear|i|CATEGORIE_GECORRIGEERD",
            "Pesten en discriminatie|g|CATEGORIE_GECORRIGEERD",
            "Fraude en diefstal en verduistering|a|CATEGORIE_GECORRIGEERD",
    })
    void typingErrors(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // Overig belongs to all nine categories
            "Overig||CATEGORIE_AMBIGU",
            "overig||CATEGORIE_AMBIGU",
            "OVERIG.||CATEGORIE_AMBIGU",
            "Overige||CATEGORIE_AMBIGU",
            // labels naming two categories
            "Belangenverstrengeling en financiële fraude||CATEGORIE_AMBIGU",
            "Fraude en belangenverstrengeling||CATEGORIE_AMBIGU",
            "Misbruik bevoegdheden en bedrijfsmiddelen||CATEGORIE_AMBIGU",
            "Seksuele intimidatie en lekken van informatie||CATEGORIE_AMBIGU",
            "Diefstal / misbruik bedrijfsmiddelen||CATEGORIE_AMBIGU",
            "Misbruik van positie / lekken van informatie||CATEGORIE_AMBIGU",
            "Discriminatie en ongepaste meningsuiting||CATEGORIE_AMBIGU",
            "Corruptie en fraude||CATEGORIE_AMBIGU",
            // two letter codes
            "a/b||CATEGORIE_AMBIGU",
            "a en b||CATEGORIE_AMBIGU",
            "'a, b'||CATEGORIE_AMBIGU",
            "(a) of (b)||CATEGORIE_AMBIGU",
            "c. Lekken en h. misbruik bedrijfsmiddelen||CATEGORIE_AMBIGU",
            // nothing recognisable
            "Xyz||CATEGORIE_ONBEKEND",
            "Integriteitsschending||CATEGORIE_ONBEKEND",
            "Anders||CATEGORIE_ONBEKEND",
            "Diversen||CATEGORIE_ONBEKEND",
            "Emotioneel misbruik||CATEGORIE_ONBEKEND",
            "E-mailmisbruik||CATEGORIE_ONBEKEND",
            "j) Iets anders||CATEGORIE_ONBEKEND",
            "Geweld||CATEGORIE_ONBEKEND",
            "Ongepaste gedragingen||CATEGORIE_ONBEKEND",
            "Seksuele intimidatie door een collega||CATEGORIE_ONBEKEND",
            "1||CATEGORIE_ONBEKEND",
            // empty
            "''||WAARDE_ONTBREEKT",
            "'   '||WAARDE_ONTBREEKT",
    })
    void refused(String waarde, String code, String bevinding) {
        check(waarde, code, bevinding);
    }

    @Test
    void nullCategorieIsMissing() {
        check(null, null, "WAARDE_ONTBREEKT");
    }

    @Test
    void categorieenInOrder() {
        List<Categorie> categorieen = NORMALISER.categorieen();
        assertEquals(9, categorieen.size());
        assertEquals(new Categorie("a", "Financiële schendingen"), categorieen.get(0));
        assertEquals(new Categorie("i", "Misdragingen in de privésfeer"), categorieen.get(8));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
                categorieen.stream().map(Categorie::code).toList());
    }

    @Test
    void messages() {
        assertEquals("Regel 7: de categorie 'Finaciële schendingen' is gelezen als categorie a (Financiële schendingen); "
                        + "de regel telt mee onder a.",
                melding("Finaciële schendingen"));
        assertEquals("Regel 7: de categorie 'h. Misbruik bevoegdheden' begint met de letter h (Misbruik "
                        + "bedrijfsmiddelen en overtreding interne regels), maar de tekst lijkt op categorie e (Misbruik "
                        + "bevoegdheden); de letter beslist, dus de regel telt mee onder h.",
                melding("h. Misbruik bevoegdheden"));
        assertEquals("Regel 7: de categorie 'c. Xyzzy' begint met de letter c (Lekken, misbruik en achterhouden van "
                        + "informatie), maar de tekst past niet bij die categorie; de letter beslist, dus de regel telt "
                        + "mee onder c.",
                melding("c. Xyzzy"));
        assertEquals("Regel 7: de categorie 'Belangenverstrengeling en financiële fraude' noemt meer dan één "
                        + "categorie: a (Financiële schendingen) en b (Misbruik positie en belangenverstrengeling). "
                        + "Kies per melding één categorie; het bestand wordt niet geaccepteerd.",
                melding("Belangenverstrengeling en financiële fraude"));
        String overig = melding("Overig");
        assertTrue(overig.startsWith("Regel 7: de categorie 'Overig' past bij meer dan één categorie: a (Financiële "
                + "schendingen), b (Misbruik positie en belangenverstrengeling), "), overig);
        assertTrue(overig.endsWith("h (Misbruik bedrijfsmiddelen en overtreding interne regels) en i (Misdragingen in "
                + "de privésfeer). Zet de letter van de bedoelde categorie ervoor (bijvoorbeeld 'a. Overig'); het "
                + "bestand wordt niet geaccepteerd."), overig);
        assertEquals("Regel 7: de categorie 'Xyz' is geen bekende categorie; gebruik een van de categorieën a t/m i "
                        + "(de letter is genoeg). Het bestand wordt niet geaccepteerd.",
                melding("Xyz"));
        assertEquals("Regel 7: de categorie 'Seksuele intimidatie door een collega' is geen bekende categorie; "
                        + "bedoelt u categorie g (Ongewenste omgangsvormen)? Het bestand wordt niet geaccepteerd.",
                melding("Seksuele intimidatie door een collega"));
        assertEquals("Regel 7: de categorie 'Ongepaste gedragingen' is geen bekende categorie; bedoelt u categorie i "
                        + "(Misdragingen in de privésfeer)? Het bestand wordt niet geaccepteerd.",
                melding("Ongepaste gedragingen"));
        assertEquals("Regel 7: de categorie is niet ingevuld; elke melding moet een categorie (a t/m i) hebben, dus "
                        + "het bestand wordt niet geaccepteerd.",
                melding(""));
    }

    @Test
    void messagesForTwoCategories() {
        assertEquals("Regel 7: de categorie 'a/b' noemt meer dan één categorie: a (Financiële schendingen) en b "
                + "(Misbruik positie en belangenverstrengeling). Kies per melding één categorie; het bestand wordt "
                + "niet geaccepteerd.", melding("a/b"));
        assertEquals("Regel 7: de categorie 'a. Fraude en belangenverstrengeling' begint met de letter a (Financiële "
                + "schendingen), maar de tekst noemt ook categorie b (Misbruik positie en belangenverstrengeling); de "
                + "letter beslist, dus de regel telt mee onder a.", melding("a. Fraude en belangenverstrengeling"));
    }

    @Test
    void severities() {
        assertEquals(Ernst.FOUT, NORMALISER.categoriseer(2, "Overig", null).bevindingen().get(0).ernst());
        assertEquals(Ernst.WAARSCHUWING, NORMALISER.categoriseer(2, "Fraud", null).bevindingen().get(0).ernst());
        assertNull(NORMALISER.categoriseer(2, "Overig", "Fraude").categorieCode());
    }

    @Test
    void cachedResultsCarryTheirOwnRowNumber() {
        Bevinding eerste = NORMALISER.categoriseer(3, "Fraud", null).bevindingen().get(0);
        Bevinding tweede = NORMALISER.categoriseer(1_000_004, "Fraud", null).bevindingen().get(0);
        assertEquals(3, eerste.regel());
        assertTrue(eerste.melding().startsWith("Regel 3: "));
        assertEquals(1_000_004, tweede.regel());
        assertTrue(tweede.melding().startsWith("Regel 1000004: "));
    }

    private static String melding(String waarde) {
        return NORMALISER.categoriseer(7, waarde, null).bevindingen().get(0).melding();
    }
}
