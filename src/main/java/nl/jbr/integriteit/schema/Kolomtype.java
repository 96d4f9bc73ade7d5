package nl.jbr.integriteit.schema;

/** The type of a form column, as written in {@code input-schemas/formulieren/*.csv}. */
public enum Kolomtype {
    TEKST, VRIJE_TEKST, GEHEEL_GETAL, DECIMAAL, DATUM, CODELIJST, CATEGORIE, SUBCATEGORIE, MINISTERIE, JAAR;

    static Kolomtype of(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
