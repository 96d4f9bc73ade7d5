package nl.jbr.integriteit.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns table data into the model of {@code templates/index.ftlh}: every cell already formatted the
 * Dutch way, and the bar charts laid out (coordinates are whole pixels, so the SVG is reproducible).
 * The template only arranges; all text it prints is escaped by FreeMarker.
 */
public final class HtmlPage {

    static final int GRAFIEK_BREEDTE = 560;
    static final int BALK_MAX = 480;
    static final int RIJ_HOOGTE = 38;

    /** The model of one table on the page. */
    public Map<String, Object> tabel(TableData data, String csvBestand) {
        TableDefinition table = data.definitie();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", table.id());
        model.put("titel", table.titel());
        model.put("voetnoten", table.voetnoten());
        model.put("csv", csvBestand);
        List<Map<String, Object>> kolommen = new ArrayList<>();
        for (TableDefinition.Kolom kolom : table.kolommen()) {
            kolommen.add(Map.of("titel", kolom.titel(), "numeriek", kolom.numeriek()));
        }
        model.put("kolommen", kolommen);
        List<List<Map<String, Object>>> rijen = new ArrayList<>();
        for (List<Object> row : data.rijen()) {
            List<Map<String, Object>> cellen = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                TableDefinition.Kolom kolom = table.kolommen().get(i);
                cellen.add(Map.of("tekst", DutchNumbers.format(row.get(i), kolom),
                        "numeriek", kolom.numeriek(), "leeg", row.get(i) == null));
            }
            rijen.add(cellen);
        }
        model.put("rijen", rijen);
        model.put("grafiek", table.grafiek() == null ? null : grafiek(data));
        return model;
    }

    private static Map<String, Object> grafiek(TableData data) {
        TableDefinition table = data.definitie();
        int label = table.kolomIndex(table.grafiek().labelKolom());
        int waarde = table.kolomIndex(table.grafiek().waardeKolom());
        TableDefinition.Kolom waardeKolom = table.kolommen().get(waarde);
        long max = 0;
        for (List<Object> row : data.rijen()) {
            if (row.get(waarde) instanceof Long value) {
                max = Math.max(max, value);
            }
        }
        if (max == 0) {
            return null; // nothing to draw: no opgave, or only zeros (the table says so)
        }
        List<Map<String, Object>> balken = new ArrayList<>();
        StringBuilder beschrijving = new StringBuilder("Staafdiagram van " + waardeKolom.titel().toLowerCase()
                + " per " + table.kolommen().get(label).titel().toLowerCase() + ": ");
        int y = 0;
        for (List<Object> row : data.rijen()) {
            long value = row.get(waarde) instanceof Long v ? v : 0;
            int breedte = (int) (value * BALK_MAX / max);
            String labelTekst = String.valueOf(row.get(label));
            String waardeTekst = DutchNumbers.format(row.get(waarde), waardeKolom);
            Map<String, Object> balk = new LinkedHashMap<>();
            balk.put("label", labelTekst);
            balk.put("waarde", waardeTekst);
            balk.put("labelY", y + 13);
            balk.put("balkY", y + 18);
            balk.put("waardeY", y + 31);
            balk.put("breedte", breedte);
            balk.put("waardeX", breedte + 6);
            balken.add(balk);
            beschrijving.append(labelTekst).append(' ').append(waardeTekst).append("; ");
            y += RIJ_HOOGTE;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("titel", table.titel());
        model.put("beschrijving", beschrijving.substring(0, beschrijving.length() - 2) + ".");
        model.put("balken", balken);
        model.put("breedte", GRAFIEK_BREEDTE);
        model.put("hoogte", y + 4);
        return model;
    }
}
