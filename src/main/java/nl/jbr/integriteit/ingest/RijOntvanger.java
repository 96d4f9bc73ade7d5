package nl.jbr.integriteit.ingest;

import nl.jbr.integriteit.schema.Formulier;

/**
 * Receives the valid rows of a file while it is validated. Rows arrive only as long as the file has
 * no {@code fout}; whether they are kept is decided when the whole file has been read.
 * <p>
 * Every form's rows arrive as a {@link FormulierRij} ({@link #rij}); the loader stores them by column name.
 */
public interface RijOntvanger {

    /**
     * The file (or a sheet of it) was recognised as {@code formulier}: its rows follow. Called before the first row of
     * that form is checked, also when none turns out to be valid.
     */
    default void formulier(Formulier formulier) {
    }

    /** One accepted row of any form, by column name (the loader stores it so). */
    void rij(FormulierRij rij);

    /** Keeps nothing: for {@code validate}. */
    RijOntvanger NIETS = new RijOntvanger() {
        @Override
        public void rij(FormulierRij rij) {
        }
    };
}
