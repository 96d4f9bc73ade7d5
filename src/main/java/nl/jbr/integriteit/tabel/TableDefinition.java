package nl.jbr.integriteit.tabel;

import java.util.List;

/**
 * One published table, read from its folder {@code jobs/<job>/tabellen/<id>/tabel.json}, beside the SQL that computes
 * it ({@code mart_<id>.sql}). Besides how the table is presented, the definition says per column what it is (its
 * {@link Kolom#rol()}), and from that the disclosure mapping and the assertions are derived ({@link Tabelafleiding}).
 *
 * @param id            stable table id, also the CSV file name and the mart name suffix
 * @param titel         Dutch title
 * @param volgorde      position on the page
 * @param perMinisterie whether the table is part of each ministry's own set
 * @param grafiek       the chart to draw beside the table, or {@code null}
 * @param kolommen      the published columns, in CSV order
 * @param voetnoten     Dutch footnotes (definitions of the figures)
 * @param rij           for a table whose rows are shown or withheld whole (overzicht_incidenten): the SQL expression,
 *                      over a row of the mart, of the logical cell a row shows only when it is published; else null
 * @param rijkIsSom     which sums the RIJK figures are: {@code "rij"} (the RIJK row of the rijksbrede scope is the sum
 *                      of the other rows of that scope, for every count and plain number), {@code "scopes"} (each row
 *                      of the RIJK scope is the sum of the rows with the same key in the ministries' scopes)
 */
public record TableDefinition(String id, String titel, int volgorde, boolean perMinisterie, Grafiek grafiek,
        List<Kolom> kolommen, List<String> voetnoten, String rij, List<String> rijkIsSom) {

    public TableDefinition {
        kolommen = List.copyOf(kolommen);
        voetnoten = voetnoten == null ? List.of() : List.copyOf(voetnoten);
        rijkIsSom = rijkIsSom == null ? List.of() : List.copyOf(rijkIsSom);
    }

    public TableDefinition(String id, String titel, int volgorde, boolean perMinisterie, Grafiek grafiek,
            List<Kolom> kolommen, List<String> voetnoten) {
        this(id, titel, volgorde, perMinisterie, grafiek, kolommen, voetnoten, null, null);
    }

    /** The same table with one more footnote at the end. */
    public TableDefinition metVoetnoot(String voetnoot) {
        List<String> alle = new java.util.ArrayList<>(voetnoten);
        alle.add(voetnoot);
        return new TableDefinition(id, titel, volgorde, perMinisterie, grafiek, kolommen, alle, rij, rijkIsSom);
    }

    /** The mart that computes this table. */
    public String mart() {
        return "mart_" + id;
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

    public Kolom kolom(String naam) {
        return kolommen.get(kolomIndex(naam));
    }

    /** The key columns: together with the year and scope, one row. */
    public List<Kolom> sleutel() {
        return kolommen.stream().filter(k -> k.rol() == Rol.SLEUTEL).toList();
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
     * @param rol      what the column is: key, count about people to protect, figure derived from counts, plain number
     *                 (not protected), or text
     * @param cel      for a count: the SQL expression, over a row of the mart, of the logical cell it shows (e.g.
     *                 {@code ministerie_code || '|meldingen'}); null when the table's own {@code onthulling.sql} maps it
     * @param terug    for a count of an earlier year ({@code _vorig_jaar}): how many years back its cell lies
     * @param uit      for a derived figure: the count columns of the same row it is computed from
     * @param ook      for a derived figure: further cells it is computed from, as SQL expressions like {@code cel}
     */
    public record Kolom(String naam, String titel, String datatype, String eenheid, String bron, Rol rol, String cel,
            Integer terug, List<String> uit, List<String> ook) {

        public Kolom {
            uit = uit == null ? List.of() : List.copyOf(uit);
            ook = ook == null ? List.of() : List.copyOf(ook);
            rol = rol == null ? ("string".equals(datatype) ? Rol.TEKST : Rol.GETAL) : rol;
        }

        public Kolom(String naam, String titel, String datatype, String eenheid) {
            this(naam, titel, datatype, eenheid, null, null, null, null, null, null);
        }

        /** The mart column that holds this column: {@code bron} when given (e.g. trend_jaar for jaar), else {@code naam}. */
        public String martKolom() {
            return bron == null ? naam : bron;
        }

        public boolean numeriek() {
            return "integer".equals(datatype) || "decimal".equals(datatype);
        }

        /** Years back of this count's cell: 0 for the table's own year. */
        public int jarenTerug() {
            return terug == null ? 0 : terug;
        }
    }

    /** What a column is, for disclosure control and the assertions. */
    public enum Rol {
        /** Identifies the row within its year and scope (a code, a year of a trend). */
        @com.fasterxml.jackson.annotation.JsonProperty("sleutel") SLEUTEL,
        /** A count about people: protected (contract 8). */
        @com.fasterxml.jackson.annotation.JsonProperty("telling") TELLING,
        /** A percentage, rate or difference computed from counts: hidden with them. */
        @com.fasterxml.jackson.annotation.JsonProperty("afgeleid") AFGELEID,
        /** A number that is not about people (staff numbers, nevenwerkzaamheden): not protected. */
        @com.fasterxml.jackson.annotation.JsonProperty("getal") GETAL,
        /** Text: a label, a remark. */
        @com.fasterxml.jackson.annotation.JsonProperty("tekst") TEKST
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
