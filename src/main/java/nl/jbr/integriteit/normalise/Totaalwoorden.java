package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The words of {@code input-schemas/totaalwoorden.csv} that make a row a total or subtotal ("Totaal",
 * "Subtotaal", "Generaal totaal", "Total", "Som", ...). A value is a total when it begins or ends with one of these
 * words (or phrases) as whole words, after normalisation and look-alike folding ({@link Tekstnormalisatie#skelet}):
 * "Totaal BZK", "BZK totaal", "Totaal:", "Tоtaal" (Cyrillic о) and "Sub-totaal" are totals; "Totaalbeheer
 * Rijksvastgoed" (not a whole word) and "Team Som en Telling" (not at the begin or end) are not.
 */
public final class Totaalwoorden {

    /** The words and phrases as keys (words separated by one space). */
    private final List<String> woorden;

    public Totaalwoorden(SchemaSource schemas) {
        List<String> lijst = new ArrayList<>();
        for (Map<String, String> row : schemas.rowsOrPackaged("totaalwoorden.csv")) {
            String sleutel = Tekstnormalisatie.skelet(row.get("woord"));
            if (sleutel.isEmpty()) {
                throw new IllegalStateException("totaalwoorden.csv: empty word");
            }
            lijst.add(sleutel);
        }
        this.woorden = List.copyOf(lijst);
    }

    /** Whether {@code tekst} reads as a total. */
    public boolean isTotaal(String tekst) {
        return isTotaalSleutel(Tekstnormalisatie.skelet(tekst));
    }

    /** As {@link #isTotaal}, for a text's look-alike key ({@link Tekstnormalisatie#skelet}) already worked out. */
    public boolean isTotaalSleutel(String sleutel) {
        if (sleutel.isEmpty()) {
            return false;
        }
        // the key's words are separated by single spaces: a phrase is a whole-word prefix or suffix
        int n = sleutel.length();
        for (String woord : woorden) {
            int w = woord.length();
            if (w <= n && ((sleutel.startsWith(woord) && (w == n || sleutel.charAt(w) == ' '))
                    || (sleutel.endsWith(woord) && (w == n || sleutel.charAt(n - w - 1) == ' ')))) {
                return true;
            }
        }
        return false;
    }
}
