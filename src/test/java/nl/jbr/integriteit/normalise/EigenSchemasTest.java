package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.schema.SchemaSource;

/** Category knowledge and code lists are data: an edited schemas folder changes behaviour without a release. */
class EigenSchemasTest {

    @TempDir
    Path dir;

    private SchemaSource schemas(String categorieen, String subcategorieen, String varianten, String subVarianten)
            throws IOException {
        Files.writeString(dir.resolve("categorieen.csv"), categorieen, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("subcategorieen.csv"), subcategorieen, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("categorie-varianten.csv"), varianten, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("subcategorie-varianten.csv"), subVarianten, StandardCharsets.UTF_8);
        return new SchemaSource(new DefaultResourceLoader(), dir.toUri().toString());
    }

    @Test
    void twoCategoriesEquallyCloseToATypoAreAmbiguous() throws IOException {
        CategorieNormaliser normaliser = new CategorieNormaliser(schemas("""
                code,naam,formulering
                a,Misbruik middelen,
                b,Misbruik mildelen,
                c,Iets heel anders,
                """, "categorie_code,subcategorie\na,Overig\n", "categorie_code,label\n",
                "categorie_code,subcategorie,label\n"));
        // "misbruik midelen": one deletion from a's "middelen", one from b's "mildelen" (16 chars: tolerance 2)
        Categorisering c = normaliser.categoriseer(3, "Misbruik midelen", null);
        assertNull(c.categorieCode());
        assertEquals(BevindingCode.CATEGORIE_AMBIGU, c.bevindingen().get(0).code());
        assertEquals("Regel 3: de categorie 'Misbruik midelen' past bij meer dan één categorie: a (Misbruik middelen) "
                + "en b (Misbruik mildelen). Zet de letter van de bedoelde categorie ervoor (bijvoorbeeld "
                + "'a. Misbruik midelen'); het bestand wordt niet geaccepteerd.", c.bevindingen().get(0).melding());
        // exact names still decide; the letter always decides
        assertEquals("b", normaliser.categoriseer(3, "misbruik MILDELEN", null).categorieCode());
        assertEquals("a", normaliser.categoriseer(3, "a. Misbruik midelen", null).categorieCode());
        // only three categories: 'd' is no letter code here
        assertEquals(BevindingCode.CATEGORIE_ONBEKEND, normaliser.categoriseer(3, "d", null).bevindingen().get(0).code());
        assertEquals(3, normaliser.categorieen().size());
    }

    @Test
    void aVariantUsedForTwoCategoriesIsRefusedAtStart() throws IOException {
        SchemaSource schemas = schemas("""
                code,naam,formulering
                a,Financiële schendingen,
                b,Belangenverstrengeling,
                """, "categorie_code,subcategorie\n", "categorie_code,label\na,BELANGENVERSTRENGELING\n",
                "categorie_code,subcategorie,label\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CategorieNormaliser(schemas));
        assertTrue(e.getMessage().contains("both b and a"), e.getMessage());
    }

    @Test
    void aSubcategoryVariantMustNameAKnownSubcategory() throws IOException {
        SchemaSource schemas = schemas("code,naam,formulering\na,Financiële schendingen,\n",
                "categorie_code,subcategorie\na,Fraude\n", "categorie_code,label\n",
                "categorie_code,subcategorie,label\na,Diefstal,Verduistering\n");
        assertThrows(IllegalStateException.class, () -> new CategorieNormaliser(schemas));
    }

    @Test
    void aNewVariantIsRecognisedWithoutARelease() throws IOException {
        CategorieNormaliser normaliser = new CategorieNormaliser(schemas(
                "code,naam,formulering\na,Financiële schendingen,\nb,Misbruik positie en belangenverstrengeling,\n",
                "categorie_code,subcategorie\na,Fraude\nb,Overig\n",
                "categorie_code,label\nb,Vriendjespolitiek\n",
                "categorie_code,subcategorie,label\n"));
        Categorisering c = normaliser.categoriseer(2, "Vriendjespolitiek", null);
        assertEquals("b", c.categorieCode());
        assertEquals(List.of(), c.bevindingen());
    }

    @Test
    void codeListsAreData() throws IOException {
        Files.writeString(dir.resolve("codelijsten.csv"), """
                lijst,waarde,standaard
                aangifte,ja,nee
                aangifte,nee,nee
                aangifte,onbekend,ja
                aangifte,in voorbereiding,nee
                """, StandardCharsets.UTF_8);
        CodeLijsten lijsten = new CodeLijsten(new SchemaSource(new DefaultResourceLoader(), dir.toUri().toString()));
        List<Bevinding> bevindingen = new ArrayList<>();
        assertEquals("in voorbereiding", lijsten.normaliseer("aangifte", 2, "aangifte", "In_Voorbereiding", bevindingen));
        assertEquals("onbekend", lijsten.normaliseer("aangifte", 2, "aangifte", "", bevindingen));
        assertEquals(List.of(), bevindingen);
    }

    @Test
    void aCodeListNeedsExactlyOneDefault() throws IOException {
        Files.writeString(dir.resolve("codelijsten.csv"), "lijst,waarde,standaard\naangifte,ja,nee\naangifte,nee,nee\n",
                StandardCharsets.UTF_8);
        SchemaSource schemas = new SchemaSource(new DefaultResourceLoader(), dir.toUri().toString());
        assertThrows(IllegalStateException.class, () -> new CodeLijsten(schemas));
    }
}
