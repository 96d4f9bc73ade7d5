package nl.jbr.integriteit.vijandig;

import java.io.IOException;
import java.nio.file.Path;

import nl.jbr.integriteit.bevinding.BevindingCode;

/**
 * One kind of bad input in the corpus: where it is dropped, how it is made, and the outcome it must have.
 *
 * @param soort        short Dutch description of the kind (test display name)
 * @param map          folder under input/, e.g. {@code BZK/2023}
 * @param bestandsnaam name of the entry in that folder
 * @param inhoud       writes the entry (a file, or for some kinds a directory or a symbolic link)
 * @param uitkomst     accepted, rejected, or ignored by the scanner (never reaches the ledger)
 * @param code         a finding that must be present (null: an accepted file must have no findings at all)
 * @param regel        the line of that finding (0 = the file as a whole), or null when not checked
 * @param kolom        the column of that finding as the file writes it, or null when not checked
 */
record Geval(String soort, String map, String bestandsnaam, Inhoud inhoud, Uitkomst uitkomst, BevindingCode code,
             Long regel, String kolom) {

    enum Uitkomst { GEACCEPTEERD, AFGEKEURD, GENEGEERD }

    @FunctionalInterface
    interface Inhoud {
        void schrijf(Path pad) throws IOException;
    }

    /** The entry's path relative to input/. */
    String weergave() {
        return map + "/" + bestandsnaam;
    }

    @Override
    public String toString() {
        return soort;
    }
}
