package nl.jbr.integriteit.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.schema.SchemaSource;

/** A registration form as a ministry writes it, read from disk row by row through both normalisers. */
class RegistratieBestandTest {

    @TempDir
    Path dir;

    @Test
    void tallyOfARealLookingFile() throws IOException {
        Path bestand = dir.resolve("incidenten.csv");
        Files.writeString(bestand, """
                Onderdeel;Aard;Betreft;Onderzoek;Aangetoond
                Belastingdienst;a. Financiële schendingen;Fraude;Intern;Aangetoond
                Belastingdienst;Financiele schendingen;diefstal/verduistering;intern;niet aangetoond
                Toeslagen;Fraude;;extern;Deels aangetoond
                Toeslagen;b) Misbruik positie en belangenverstrengeling;Niet melden nevenactiviteiten;;
                Douane;Belangenverstrengeling;Corruptie;strafrechtelijk;lopend
                Douane;c.) Lekken, misbruik en achterhouden van informatie;c.) Overig;Extrn;
                Douane;"Lekken, misbruik en achterhouden van infromatie";Misbruik van informatie;vooronderzoek;
                Dienst Toeslagen;g;Seksuele intimidatie;klachtencommissie;aangetoond
                Dienst Toeslagen;Ongewenste omgangsvormen;Pesten;Geen;
                Dienst Toeslagen;h. Misbruik bedrijfsmiddelen;c.) Overig;;
                FIOD;i) Misdragingen in de privésfeer;Ongewenste omgangsvormen;onbekend;onbekend
                FIOD;Overig;;;
                FIOD;Belangenverstrengeling en fraude;;Volledig feitenonderzoek intern;
                FIOD;;;;
                """, StandardCharsets.UTF_8);
        CategorieNormaliser categorieen = new CategorieNormaliser(SchemaSource.embedded());
        CodeLijsten codeLijsten = new CodeLijsten(SchemaSource.embedded());
        Map<String, Integer> perCategorie = new TreeMap<>();
        Map<String, Integer> perOnderzoek = new TreeMap<>();
        List<Bevinding> bevindingen = new ArrayList<>();
        List<String> subcategorieen = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(bestand, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                long regel = record.getRecordNumber() + 1; // header is line 1
                Categorisering c = categorieen.categoriseer(regel, record.get("Aard"), record.get("Betreft"));
                c.bevindingen().forEach(f -> bevindingen.add(f.metKolom(
                        f.kolom().equals("categorie") ? "Aard" : "Betreft")));
                if (c.categorieCode() != null) {
                    perCategorie.merge(c.categorieCode(), 1, Integer::sum);
                }
                subcategorieen.add(c.subcategorie());
                String onderzoek = codeLijsten.normaliseer("soort_onderzoek", regel, "Onderzoek", record.get("Onderzoek"),
                        bevindingen);
                if (onderzoek != null) {
                    perOnderzoek.merge(onderzoek, 1, Integer::sum);
                }
            }
        }
        // categories by hand: a = lines 2, 3, 4 (Fraude implies a); b = lines 5, 6; c = lines 7, 8;
        // g = lines 9, 10; h = line 11; i = line 12; lines 13 (Overig), 14 (two categories), 15 (empty): none
        assertEquals(Map.of("a", 3, "b", 2, "c", 2, "g", 2, "h", 1, "i", 1), perCategorie);
        // soort_onderzoek: intern 2, extern 2 (line 7 'Extrn' corrected), strafrechtelijk 1, vooronderzoek 1,
        // klachtencommissie 1, geen 1, onbekend 5 (lines 5, 11, 13, 15 empty -> default; line 12 written);
        // total 13 = 14 data rows (lines 2..15) - line 14 refused
        assertEquals(Map.of("intern", 2, "extern", 2, "strafrechtelijk", 1, "vooronderzoek", 1, "klachtencommissie", 1,
                "geen", 1, "onbekend", 5), perOnderzoek);
        assertEquals(java.util.Arrays.asList("Fraude", "Diefstal-verduistering", "Fraude",
                "Niet melden nevenactiviteiten", "Omkoping (corruptie)", "Overig", "Misbruik van informatie",
                "Seksuele intimidatie", "Verbale en/of non-verbale agressie, geweld en pesten", "c.) Overig",
                "Ongewenste omgangsvormen", null, null, null), subcategorieen);
        List<String> gevonden = bevindingen.stream()
                .map(f -> f.regel() + " " + f.kolom() + " " + f.ernst().label() + " " + f.code()).toList();
        // line 3 'Financiele schendingen' is the name without accent: an exact match, no finding
        assertEquals(List.of(
                "7 Onderzoek waarschuwing WAARDE_GECORRIGEERD",
                "8 Aard waarschuwing CATEGORIE_GECORRIGEERD",
                "11 Betreft waarschuwing SUBCATEGORIE_ANDERE_CATEGORIE",
                "13 Aard fout CATEGORIE_AMBIGU",
                "14 Aard fout CATEGORIE_AMBIGU",
                "14 Onderzoek fout WAARDE_ONGELDIG",
                "15 Aard fout WAARDE_ONTBREEKT"), gevonden);
    }
}
