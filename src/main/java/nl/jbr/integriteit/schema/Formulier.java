package nl.jbr.integriteit.schema;

import java.util.List;
import java.util.Optional;

/**
 * A registration form (contract section 3): its columns, how a header row is recognised as this form, and the raw
 * warehouse table its accepted rows are loaded into (created from this definition, filled by column name).
 *
 * @param herkenning the columns whose presence (any one of them) identifies the form
 * @param nietMet    columns (of other forms) whose presence means the file is not this form
 * @param tabel      the raw table in the warehouse, e.g. {@code kengetallen_ruw}
 * @param regel      what one row of the form is, in Dutch ({@code melding}, {@code organisatieonderdeel}), or empty
 */
public record Formulier(String naam, String titel, List<String> herkenning, List<String> nietMet, String tabel,
                        List<Kolom> kolommen, String regel) {

    public Formulier {
        regel = regel == null ? "" : regel.strip();
    }

    /** The first recognising column (for messages). */
    public String herkenningskolom() {
        return herkenning.get(0);
    }

    public Optional<Kolom> kolom(String naam) {
        return kolommen.stream().filter(k -> k.naam().equals(naam)).findFirst();
    }

    public List<Kolom> verplichteKolommen() {
        return kolommen.stream().filter(Kolom::verplicht).toList();
    }

    /** The columns stored in the raw table, in definition order. */
    public List<Kolom> opgeslagen() {
        return kolommen.stream().filter(k -> k.veld() != null).toList();
    }

    /**
     * Whether the raw table has the derived column {@code gevoelige_tekst} (free text screening found personal
     * data): forms with a free-text column.
     */
    public boolean heeftVrijeTekst() {
        return kolommen.stream().anyMatch(k -> k.type() == Kolomtype.VRIJE_TEKST);
    }
}
