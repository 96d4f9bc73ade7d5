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
     * @param bron     the mart column when it differs from {@code naam} (the mart's own {@code jaar} is the publication
     *                 year, so a table with a column {@code jaar} takes it from another mart column), or {@code null}
     */
    public record Kolom(String naam, String titel, String datatype, String eenheid, String bron) {

        public Kolom(String naam, String titel, String datatype, String eenheid) {
            this(naam, titel, datatype, eenheid, null);
        }

        /** The mart column that holds this column: {@code bron} when given (e.g. trend_jaar for jaar), else {@code naam}. */
        public String martKolom() {
            return bron == null ? naam : bron;
        }

        public boolean numeriek() {
            return "integer".equals(datatype) || "decimal".equals(datatype);
        }
    }

    /**
     * A chart of {@code waardeKolom} per {@code labelKolom}: a bar chart, or with {@code soort} {@code "lijn"} a line
     * chart (the labels along the x axis, e.g. years), one line per value of {@code reeksKolom} when given.
     */
    public record Grafiek(String labelKolom, String waardeKolom, String soort, String reeksKolom) {

        public Grafiek(String labelKolom, String waardeKolom) {
            this(labelKolom, waardeKolom, null, null);
        }

        public boolean lijn() {
            return "lijn".equals(soort);
        }

        /**
         * Small multiples ({@code "soort": "kleine-veelvouden"}): one small line chart per value of {@code reeksKolom},
         * all with the same y scale and the same years, instead of one chart whose lines cross and overlap.
         */
        public boolean kleineVeelvouden() {
            return "kleine-veelvouden".equals(soort);
        }
    }
}
