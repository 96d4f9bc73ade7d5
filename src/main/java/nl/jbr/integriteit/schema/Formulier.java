package nl.jbr.integriteit.schema;

import java.util.List;
import java.util.Optional;

/**
 * A registration form (contract section 3): its columns, and the column whose presence identifies it.
 */
public record Formulier(String naam, String titel, String herkenningskolom, List<Kolom> kolommen) {

    public Optional<Kolom> kolom(String naam) {
        return kolommen.stream().filter(k -> k.naam().equals(naam)).findFirst();
    }

    public List<Kolom> verplichteKolommen() {
        return kolommen.stream().filter(Kolom::verplicht).toList();
    }
}
