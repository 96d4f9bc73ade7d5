package nl.jbr.integriteit.normalise;

import java.util.List;

import nl.jbr.integriteit.bevinding.Bevinding;

/**
 * The outcome for one row.
 *
 * @param categorieCode 'a'..'i', or null when the row has a fout
 * @param subcategorie  canonical subcategory label, or trimmed free text, or null
 * @param bevindingen   findings about the columns "categorie" / "subcategorie"
 */
public record Categorisering(String categorieCode, String subcategorie, List<Bevinding> bevindingen) {

    public Categorisering {
        bevindingen = List.copyOf(bevindingen);
    }
}
