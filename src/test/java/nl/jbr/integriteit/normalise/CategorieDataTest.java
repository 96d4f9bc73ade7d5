package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.normalise.CategorieCatalogus.Label;
import nl.jbr.integriteit.schema.SchemaSource;

/** The category data files in input-schemas/ themselves. */
class CategorieDataTest {

    private final SchemaSource schemas = SchemaSource.embedded();

    @Test
    void categorieenHasTheContractColumnsAndRowsAToI() {
        List<Map<String, String>> rows = schemas.rows("categorieen.csv");
        assertEquals(List.of("code", "naam", "formulering"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
                rows.stream().map(r -> r.get("code")).toList());
        assertEquals("Lekken, misbruik en achterhouden van informatie", rows.get(2).get("naam"));
        assertEquals("Financiële schendingen (in de zakelijke sfeer)", rows.get(0).get("formulering"));
        assertEquals("", rows.get(1).get("formulering"));
        assertEquals("Ongepaste gedragingen in de privésfeer", rows.get(8).get("formulering"));
    }

    @Test
    void subcategorieenAreThoseOfTheContract() {
        List<Map<String, String>> rows = schemas.rows("subcategorieen.csv");
        // contract section 4: 3 + 7 + 6 + 3 + 1 + 1 + 4 + 3 + 4 = 32 subcategories, every category has Overig
        assertEquals(32, rows.size());
        for (String code : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            assertTrue(rows.stream().anyMatch(r -> r.get("categorie_code").equals(code)
                    && r.get("subcategorie").equals("Overig")), code);
        }
        assertTrue(rows.contains(Map.of("categorie_code", "i", "subcategorie", "Ongewenste omgangsvormen")));
        assertTrue(rows.contains(Map.of("categorie_code", "b", "subcategorie", "Omkoping (corruptie)")));
    }

    /**
     * No text can be a small typing error of labels of two categories at once: for two labels of different
     * categories, distance > tolerance(one) + tolerance(other) (triangle inequality). Labels shared by all
     * (Overig) and subcategory labels hidden behind another category's own label are exempt by design.
     */
    @Test
    void noVariantMakesTwoCategoriesCompete() {
        CategorieCatalogus catalogus = new CategorieCatalogus(schemas);
        List<Label> labels = catalogus.zoekbareLabels().stream()
                .filter(l -> !l.key().equals(CategorieCatalogus.OVERIG)).toList();
        List<String> conflicten = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Label x = labels.get(i);
                Label y = labels.get(j);
                if (x.code().equals(y.code())) {
                    continue;
                }
                int grens = Afstand.tolerantie(x.key().length()) + Afstand.tolerantie(y.key().length());
                if (Afstand.tussen(x.key(), y.key(), grens) <= grens) {
                    conflicten.add(x + " ~ " + y);
                }
            }
        }
        assertEquals(List.of(), conflicten);
    }

    @Test
    void catalogueReadsEveryFile() {
        CategorieCatalogus catalogus = new CategorieCatalogus(schemas);
        assertEquals(9, catalogus.categorieen().size());
        assertEquals("g", catalogus.categorieLabel("ongewenste omgangsvormen").code());
        assertEquals("i", catalogus.subLabelsVan("i").get("ongewenste omgangsvormen").code());
        assertEquals("Omkoping (corruptie)", catalogus.subLabelsVan("b").get("corruptie").subcategorie());
        assertEquals(9, catalogus.subLabels("overig").size());
        // the i-subcategory with g's name is not searchable as a category label
        assertTrue(catalogus.zoekbareLabels().stream()
                .noneMatch(l -> l.code().equals("i") && l.key().equals("ongewenste omgangsvormen")));
    }
}
