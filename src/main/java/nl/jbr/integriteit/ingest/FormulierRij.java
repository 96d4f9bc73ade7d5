package nl.jbr.integriteit.ingest;

import java.util.List;

import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Kolom;

/**
 * One accepted row of any form, normalised: the value of each stored column of the form, in the order of
 * {@link Formulier#opgeslagen()} (stored in the raw table under {@link Kolom#veld()}), and for forms with free text
 * whether screening found personal data ({@code gevoelige_tekst}; {@code null} for other forms). An empty cell without
 * a default is {@code null} (loaded as NULL, never 0). Values are {@code String}, {@code Long}, {@code BigDecimal} or
 * {@code LocalDate}, as the column type reads them.
 * <p>
 * Positional rather than a map per row: a million rows would otherwise each build and hash a map; whoever needs a
 * value by name ({@link #waarde}) pays a look-up in the form's column list instead.
 */
public record FormulierRij(Formulier formulier, long regel, Object[] waarden, Boolean gevoeligeTekst) {

    /** The value stored under {@code veld}, or null (empty, or no such stored column). */
    public Object waarde(String veld) {
        if ("gevoelige_tekst".equals(veld)) {
            return gevoeligeTekst;
        }
        int i = positie(formulier.opgeslagen(), veld);
        return i < 0 ? null : waarden[i];
    }

    /** The position in {@link #waarden()} of the value stored under {@code veld}, or -1: no such stored column. */
    static int positie(List<Kolom> opgeslagen, String veld) {
        for (int i = 0; i < opgeslagen.size(); i++) {
            if (opgeslagen.get(i).veld().equals(veld)) {
                return i;
            }
        }
        return -1;
    }

    public String tekst(String veld) {
        Object v = waarde(veld);
        return v == null ? null : v.toString();
    }

    public Long getal(String veld) {
        return (Long) waarde(veld);
    }
}
