package nl.jbr.integriteit.publish;

import java.util.HashSet;
import java.util.Set;

/**
 * The cells of one year to publish as {@link Geheim#X}, and the rows to withhold, as decided by disclosure
 * control ({@code queries/onthulling_gemarkeerd.sql}).
 */
public final class Markeringen {

    /** The column name that withholds a whole row. */
    static final String HELE_RIJ = "*";

    private final Set<String> cellen = new HashSet<>();

    /** No cell is marked: protection off, or nothing to protect. */
    public static Markeringen geen() {
        return new Markeringen();
    }

    void markeer(String tabel, String scope, long sortering, String kolom) {
        cellen.add(sleutel(tabel, scope, sortering, kolom));
    }

    boolean geheim(String tabel, String scope, long sortering, String kolom) {
        return cellen.contains(sleutel(tabel, scope, sortering, kolom));
    }

    boolean rijAchtergehouden(String tabel, String scope, long sortering) {
        return geheim(tabel, scope, sortering, HELE_RIJ);
    }

    private static String sleutel(String tabel, String scope, long sortering, String kolom) {
        return tabel + '\u0000' + scope + '\u0000' + sortering + '\u0000' + kolom;
    }
}
