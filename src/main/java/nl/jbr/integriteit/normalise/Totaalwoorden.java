package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The words of {@code input-schemas/totaalwoorden.csv} that make a row a total or subtotal ("Totaal",
 * "Subtotaal", "Generaal totaal", "Total", "Som", ...). A value is a total when one of these words (or phrases)
 * occurs in it as whole words, after normalisation and look-alike folding ({@link Tekstnormalisatie#skelet}):
 * "Totaal BZK", "BZK totaal", "Totaal:" and "Sub-totaal" are totals, "Totaalbeheer Rijksvastgoed" is not.
 */
public final class Totaalwoorden {

    private final List<String[]> woorden;

    public Totaalwoorden(SchemaSource schemas) {
        List<String[]> lijst = new ArrayList<>();
        for (Map<String, String> row : schemas.rows("totaalwoorden.csv")) {
            String sleutel = Tekstnormalisatie.skelet(row.get("woord"));
            if (sleutel.isEmpty()) {
                throw new IllegalStateException("totaalwoorden.csv: empty word");
            }
            lijst.add(sleutel.split(" "));
        }
        this.woorden = List.copyOf(lijst);
    }

    /** Whether {@code tekst} reads as a total. */
    public boolean isTotaal(String tekst) {
        String sleutel = Tekstnormalisatie.skelet(tekst);
        if (sleutel.isEmpty()) {
            return false;
        }
        String[] tokens = sleutel.split(" ");
        for (String[] woord : woorden) {
            for (int i = 0; i + woord.length <= tokens.length; i++) {
                if (Arrays.equals(tokens, i, i + woord.length, woord, 0, woord.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
