package nl.jbr.integriteit.schema;

import java.util.List;

/**
 * One column of a form.
 *
 * @param naam      canonical name (contract section 3)
 * @param aliassen  other accepted header names
 * @param verplicht whether the column must be present (and its values non-empty)
 * @param type      value type
 * @param codelijst code list for {@link Kolomtype#CODELIJST}, else empty
 * @param minimum   smallest allowed value for numbers, or {@code null}
 * @param uniek     whether values must be unique within the file
 */
public record Kolom(String naam, List<String> aliassen, boolean verplicht, Kolomtype type, String codelijst,
                    Long minimum, boolean uniek) {
}
