package nl.jbr.integriteit.feedback;

import java.util.Objects;

/**
 * One finding about one input file (contract 6.2).
 *
 * @param regel   spreadsheet row number (header = 1), or 0 for the file as a whole
 * @param kolom   the column as the file names it, or empty
 * @param waarde  the offending value as read, or empty
 * @param ernst   fout (file rejected) or waarschuwing (accepted)
 * @param code    stable machine code
 * @param melding a Dutch sentence for the integrity coordinator
 */
public record Finding(long regel, String kolom, String waarde, Ernst ernst, FindingCode code, String melding) {

    public Finding {
        kolom = kolom == null ? "" : kolom;
        waarde = waarde == null ? "" : waarde;
        Objects.requireNonNull(ernst, "ernst");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(melding, "melding");
    }

    public static Finding fout(long regel, String kolom, String waarde, FindingCode code, String melding) {
        return new Finding(regel, kolom, waarde, Ernst.FOUT, code, melding);
    }

    public static Finding waarschuwing(long regel, String kolom, String waarde, FindingCode code, String melding) {
        return new Finding(regel, kolom, waarde, Ernst.WAARSCHUWING, code, melding);
    }

    /** A finding about the file as a whole. */
    public static Finding bestand(Ernst ernst, FindingCode code, String melding) {
        return new Finding(0, "", "", ernst, code, melding);
    }

    public boolean isFout() {
        return ernst == Ernst.FOUT;
    }

    /** The same finding, reported under the column name as the file writes it. */
    public Finding metKolom(String kolomInBestand) {
        return new Finding(regel, kolomInBestand, waarde, ernst, code, melding);
    }
}
