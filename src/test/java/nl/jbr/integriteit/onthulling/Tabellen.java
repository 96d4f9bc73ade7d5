package nl.jbr.integriteit.onthulling;

/**
 * Small linked tables for the disclosure tests: ministries (rows) by categories (columns), with each
 * ministry's total, each category's rijksbrede total and the RIJK grand total, linked as the published tables
 * link them ({@code 402_onthulling_relatie.sql}): a ministry's total is the sum of its row, a RIJK cell the sum
 * of its column, RIJK's total the sum of the ministries' totals and of the RIJK categories.
 */
final class Tabellen {

    private Tabellen() {
    }

    /** {@code waarden[i][j]}: the meldingen of ministry {@code M<i>} in category {@code c<j>}. */
    static Celmodel ministeriesMaalCategorieen(long[][] waarden) {
        int rijen = waarden.length;
        int kolommen = waarden[0].length;
        Celmodel.Builder b = new Celmodel.Builder(2024);
        long totaal = 0;
        long[] kolomTotaal = new long[kolommen];
        for (int i = 0; i < rijen; i++) {
            long rij = 0;
            for (int j = 0; j < kolommen; j++) {
                b.cel(cel(i, j), waarden[i][j], 0, Celsoort.BINNEN);
                rij += waarden[i][j];
                kolomTotaal[j] += waarden[i][j];
            }
            b.cel(totaal(i), rij, 0, Celsoort.MINISTERIE_TOTAAL);
            totaal += rij;
        }
        for (int j = 0; j < kolommen; j++) {
            b.cel(rijk(j), kolomTotaal[j], 0, Celsoort.RIJK);
        }
        b.cel("RIJK|meldingen", totaal, 0, Celsoort.RIJK_TOTAAL);
        for (int i = 0; i < rijen; i++) {
            b.term("M" + i + "|meldingen=categorie", true, totaal(i), 1);
            for (int j = 0; j < kolommen; j++) {
                b.term("M" + i + "|meldingen=categorie", true, cel(i, j), -1);
            }
        }
        b.term("RIJK|meldingen=categorie", true, "RIJK|meldingen", 1);
        for (int j = 0; j < kolommen; j++) {
            b.term("RIJK|meldingen=categorie", true, rijk(j), -1);
            b.term("RIJK=som|categorie|c" + j, true, rijk(j), 1);
            for (int i = 0; i < rijen; i++) {
                b.term("RIJK=som|categorie|c" + j, true, cel(i, j), -1);
            }
        }
        b.term("RIJK=som|meldingen", true, "RIJK|meldingen", 1);
        for (int i = 0; i < rijen; i++) {
            b.term("RIJK=som|meldingen", true, totaal(i), -1);
        }
        return b.build();
    }

    static String cel(int ministerie, int categorie) {
        return "M" + ministerie + "|categorie|c" + categorie;
    }

    static String totaal(int ministerie) {
        return "M" + ministerie + "|meldingen";
    }

    static String rijk(int categorie) {
        return "RIJK|categorie|c" + categorie;
    }
}
