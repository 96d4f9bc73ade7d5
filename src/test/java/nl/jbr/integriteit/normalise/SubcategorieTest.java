package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The subcategorie column next to a categorie. Each case: categorie, subcategorie, expected category code,
 * expected subcategorie (empty: null), expected finding codes joined by '+' (empty: none).
 */
class SubcategorieTest {

    private static final CategorieNormaliser NORMALISER = new CategorieNormaliser(SchemaSource.embedded());

    @ParameterizedTest(name = "[{index}] ''{0}'' / ''{1}'' -> {2} ''{3}'' {4}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            // empty
            "c|NULL|c||",
            "c|''|c||",
            "c|'   '|c||",
            // known subcategories of the row's category, any spelling of case, accents, punctuation
            "a|Fraude|a|Fraude|",
            "a|fraude|a|Fraude|",
            "a|' FRAUDE '|a|Fraude|",
            "a|Diefstal/verduistering|a|Diefstal-verduistering|",
            "a|Diefstal|a|Diefstal-verduistering|",
            "a|Verduistering|a|Diefstal-verduistering|",
            "b|Corruptie|b|Omkoping (corruptie)|",
            "b|omkoping corruptie|b|Omkoping (corruptie)|",
            "b|Aannemen van gunsten, giften of geschenken|b|Aannemen gunsten/giften/geschenken|",
            "b|b) Omkoping (corruptie)|b|Omkoping (corruptie)|",
            "c|Lekken van informatie (opzet)|c|Lekken van informatie (opzet)|",
            "c|lekken van informatie - verwijtbaar|c|Lekken van informatie (verwijtbaar)|",
            "d|Ongepaste uitlatingen|d|Ongepaste meningsuiting|",
            "g|Verbale en non-verbale agressie|g|Verbale en/of non-verbale agressie, geweld en pesten|",
            "g|Pesten|g|Verbale en/of non-verbale agressie, geweld en pesten|",
            "h|Niet volgen procedures|h|Niet volgen van procedures|",
            "i|Ongewenste omgangsvormen|i|Ongewenste omgangsvormen|",
            "i|Ongewenste prive contacten|i|Ongewenste privécontacten|",
            // Overig: without letter the row's own, with letter of the row's category fine too
            "c|Overig|c|Overig|",
            "e|overig|e|Overig|",
            "h|Overig|h|Overig|",
            "c|c.) Overig|c|Overig|",
            "f|f. Overig|f|Overig|",
            "Ongepaste communicatie|(d) overig|d|Overig|",
            // subcategorie only repeats the category: nothing to add
            "c|c|c||",
            "c|c.)|c||",
            "h|c.)|h|c.)|SUBCATEGORIE_ANDERE_CATEGORIE",
            "g|Ongewenste omgangsvormen|g||",
            "Misbruik bevoegdheden|Misbruik bevoegdheden|e||",
            // small typing errors
            "a|Fraud|a|Fraude|SUBCATEGORIE_GECORRIGEERD",
            "g|Discrimminatie|g|Discriminatie|SUBCATEGORIE_GECORRIGEERD",
            "h|Slordig omgaan met bedrijfsmidelen|h|Slordig omgaan met bedrijfsmiddelen|SUBCATEGORIE_GECORRIGEERD",
            // subcategory of another category: warning, counted under the row's categorie, text kept
            "h|c.) Overig|h|c.) Overig|SUBCATEGORIE_ANDERE_CATEGORIE",
            "h|Fraude|h|Fraude|SUBCATEGORIE_ANDERE_CATEGORIE",
            "h|Fraud|h|Fraud|SUBCATEGORIE_ANDERE_CATEGORIE",
            "a|Seksuele intimidatie|a|Seksuele intimidatie|SUBCATEGORIE_ANDERE_CATEGORIE",
            "Misbruik bedrijfsmiddelen|Corruptie|h|Corruptie|SUBCATEGORIE_ANDERE_CATEGORIE",
            "g|i. Ongewenste omgangsvormen|g|i. Ongewenste omgangsvormen|SUBCATEGORIE_ANDERE_CATEGORIE",
            "b|c) Iets over informatie|b|c) Iets over informatie|SUBCATEGORIE_ANDERE_CATEGORIE",
            "d|Ongewenste privécontacten|d|Ongewenste privécontacten|SUBCATEGORIE_ANDERE_CATEGORIE",
            "h|Financiële schendingen|h|Financiële schendingen|SUBCATEGORIE_ANDERE_CATEGORIE",
            // unknown: free text, trimmed
            "d|Uitlatingen op Twitter|d|Uitlatingen op Twitter|SUBCATEGORIE_ONBEKEND",
            "h|'  Privé gebruik dienstauto  '|h|Privé gebruik dienstauto|SUBCATEGORIE_ONBEKEND",
            "c|Lekken van informatie - opzettelijk|c|Lekken van informatie - opzettelijk|SUBCATEGORIE_ONBEKEND",
            "g|Discriminatie op grond van afkomst|g|Discriminatie op grond van afkomst|SUBCATEGORIE_ONBEKEND",
            "h|e-mail misbruik|h|e-mail misbruik|SUBCATEGORIE_ONBEKEND",
            "b|Nevenwerkzaamheden niet gemeld|b|Nevenwerkzaamheden niet gemeld|SUBCATEGORIE_ONBEKEND",
            // a subcategory written as categorie implies the category and fills an empty subcategorie
            "Fraude|NULL|a|Fraude|",
            "Diefstal|''|a|Diefstal-verduistering|",
            "Corruptie|NULL|b|Omkoping (corruptie)|",
            "a) Fraude|NULL|a|Fraude|",
            "c. Overig|NULL|c|Overig|",
            "Seksuele intimidatie|NULL|g|Seksuele intimidatie|",
            "Fraude|Overig|a|Overig|",
            // g's own name wins over i's subcategory of the same words: no subcategory implied
            "Ongewenste omgangsvormen|NULL|g||",
            "i. Ongewenste omgangsvormen|NULL|i|Ongewenste omgangsvormen|",
            "Pesten en discriminatie|NULL|g||CATEGORIE_GECORRIGEERD",
            // categorie in error: the subcategorie is still read, findings of both columns at once
            "Overig|Fraude||Fraude|CATEGORIE_AMBIGU",
            "Xyz|Iets||Iets|CATEGORIE_ONBEKEND+SUBCATEGORIE_ONBEKEND",
            "''|c. Overig||Overig|WAARDE_ONTBREEKT",
            // letter/text disagreement and a mismatching subcategorie: two warnings
            "h. Misbruik bevoegdheden|Fraude|h|Fraude|CATEGORIE_TEKST_WIJKT_AF+SUBCATEGORIE_ANDERE_CATEGORIE",
    })
    void subcategorie(String categorie, String subcategorie, String code, String verwacht, String bevindingen) {
        Categorisering c = NORMALISER.categoriseer(5, categorie, subcategorie);
        assertEquals(code == null || code.isEmpty() ? null : code, c.categorieCode(), () -> c.bevindingen().toString());
        assertEquals(verwacht == null || verwacht.isEmpty() ? null : verwacht, c.subcategorie(),
                () -> c.bevindingen().toString());
        List<String> codes = bevindingen == null || bevindingen.isEmpty() ? List.of() : Arrays.asList(bevindingen.split("\\+"));
        assertEquals(codes, c.bevindingen().stream().map(f -> f.code().name()).toList(), () -> c.bevindingen().toString());
        for (Bevinding f : c.bevindingen()) {
            assertTrue(f.melding().startsWith("Regel 5: "), f.melding());
            assertEquals(f.code().name().startsWith("SUBCATEGORIE") ? "subcategorie" : "categorie", f.kolom());
            if (f.code().name().startsWith("SUBCATEGORIE")) {
                assertEquals(Ernst.WAARSCHUWING, f.ernst());
                assertEquals(subcategorie, f.waarde());
            }
        }
    }

    @Test
    void messageForSubcategoryOfAnotherCategory() {
        Bevinding f = NORMALISER.categoriseer(5, "h", "c.) Overig").bevindingen().get(0);
        assertEquals("Regel 5: de subcategorie 'c.) Overig' hoort bij categorie c, maar de regel staat onder "
                + "categorie h; de regel telt mee onder h.", f.melding());
        Bevinding fraude = NORMALISER.categoriseer(12, "Misbruik bedrijfsmiddelen", "Fraude").bevindingen().get(0);
        assertEquals("Regel 12: de subcategorie 'Fraude' hoort bij categorie a, maar de regel staat onder "
                + "categorie h; de regel telt mee onder h.", fraude.melding());
    }

    @Test
    void messageForUnknownAndCorrectedSubcategory() {
        assertEquals("Regel 5: de subcategorie 'Uitlatingen op Twitter' is geen bekende subcategorie van categorie d "
                        + "(Ongepaste communicatie); de tekst wordt als vrije tekst overgenomen en de regel telt mee "
                        + "onder d.",
                NORMALISER.categoriseer(5, "d", " Uitlatingen op Twitter ").bevindingen().get(0).melding());
        assertEquals("Regel 5: de subcategorie 'Fraud' is gelezen als 'Fraude' (categorie a).",
                NORMALISER.categoriseer(5, "a", "Fraud").bevindingen().get(0).melding());
        assertEquals("Regel 5: de subcategorie 'Iets' is geen bekende subcategorie; de tekst wordt als vrije tekst "
                        + "overgenomen.",
                NORMALISER.categoriseer(5, "Xyz", "Iets").bevindingen().get(1).melding());
    }
}
