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
 * @param veld      the column of the form's raw warehouse table that stores the value ({@code null}: not stored,
 *                  like {@code jaar} and {@code ministerie}, which the folder says); by default {@code naam}
 * @param opslag    the SQL type of that column when it is not the type's default ({@link #sqlType()}), or {@code null}
 * @param standaard the value an empty cell gets (as written in a file), or {@code null}: empty stays empty (NULL)
 */
public record Kolom(String naam, List<String> aliassen, boolean verplicht, Kolomtype type, String codelijst,
                    Long minimum, boolean uniek, String veld, String opslag, String standaard) {

    /** A column stored under its own name with the type's default SQL type and no default value. */
    public Kolom(String naam, List<String> aliassen, boolean verplicht, Kolomtype type, String codelijst,
                 Long minimum, boolean uniek) {
        this(naam, aliassen, verplicht, type, codelijst, minimum, uniek, naam, null, null);
    }

    /** The SQL type of the raw table column ({@link #opslag} or the type's default). */
    public String sqlType() {
        if (opslag != null) {
            return opslag;
        }
        return switch (type) {
            case GEHEEL_GETAL -> "BIGINT";
            case DECIMAAL -> "DECIMAL(18, 4)";
            case DATUM -> "DATE";
            case JAAR -> "INTEGER";
            case TEKST, VRIJE_TEKST, CODELIJST, CATEGORIE, SUBCATEGORIE, MINISTERIE -> "VARCHAR";
        };
    }

    /** Whether the raw table column is NOT NULL: required, or always given a value (a default or a code list's). */
    public boolean nietLeeg() {
        return verplicht || standaard != null || type == Kolomtype.CODELIJST;
    }
}
