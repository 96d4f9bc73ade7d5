package nl.jbr.integriteit.publish;

import java.util.List;

/**
 * Metadata of one published table, read from {@code jobs/<job>/tables/<id>.json} beside the SQL
 * that computes it ({@code mart_<id>}).
 *
 * @param id            stable table id, also the CSV file name and the mart name suffix
 * @param titel         Dutch title
 * @param volgorde      position on the page
 * @param perMinisterie whether the table is part of each ministry's own set
 * @param grafiek       the bar chart to draw beside the table, or {@code null}
 * @param kolommen      the published columns, in CSV order
 * @param voetnoten     Dutch footnotes (definitions of the figures)
 */
public record TableDefinition(String id, String titel, int volgorde, boolean perMinisterie, Grafiek grafiek,
        List<Kolom> kolommen, List<String> voetnoten) {

    public TableDefinition {
        kolommen = List.copyOf(kolommen);
        voetnoten = voetnoten == null ? List.of() : List.copyOf(voetnoten);
    }

    /** The same table with one more footnote at the end. */
    public TableDefinition metVoetnoot(String voetnoot) {
        List<String> alle = new java.util.ArrayList<>(voetnoten);
        alle.add(voetnoot);
        return new TableDefinition(id, titel, volgorde, perMinisterie, grafiek, kolommen, alle);
    }

    public List<String> kolomNamen() {
        return kolommen.stream().map(Kolom::naam).toList();
    }

    public int kolomIndex(String naam) {
        for (int i = 0; i < kolommen.size(); i++) {
            if (kolommen.get(i).naam().equals(naam)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + naam);
    }

    /**
     * One column.
     *
     * @param naam     CSV column name (contract 6.1)
     * @param titel    Dutch column title
     * @param datatype {@code string}, {@code integer} or {@code decimal}
     * @param eenheid  unit ({@code procent}, {@code aantal}, ...), or {@code null}
     */
    public record Kolom(String naam, String titel, String datatype, String eenheid) {
        public boolean numeriek() {
            return "integer".equals(datatype) || "decimal".equals(datatype);
        }
    }

    /** A bar chart of {@code waardeKolom} per {@code labelKolom}. */
    public record Grafiek(String labelKolom, String waardeKolom) {
    }
}
