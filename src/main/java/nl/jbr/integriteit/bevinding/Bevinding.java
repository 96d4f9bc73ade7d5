package nl.jbr.integriteit.bevinding;

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
 * @param blad    the sheet of a workbook the finding is about (contract 3.4), or empty (CSV files, whole workbook)
 */
public record Bevinding(long regel, String kolom, String waarde, Ernst ernst, BevindingCode code, String melding,
        String blad) {

    /** Characters of a long value (or column name) that a finding keeps; the rest is replaced by a marker. */
    static final int KORT = 200;
    /** Values up to this length are kept whole (so a shortened value, with its marker, is never shortened again). */
    static final int MAX_WAARDE = 240;
    /** Longest melding kept. */
    static final int MAX_MELDING = 2_000;

    /**
     * Hostile input can put 100,000 characters in one cell; a finding quotes it in {@code waarde} and usually in
     * {@code melding} too. Long values and column names are therefore shortened, also where the melding quotes them,
     * and a melding is cut at {@value #MAX_MELDING} characters, so feedback stays readable and small.
     */
    public Bevinding {
        kolom = kolom == null ? "" : kolom;
        blad = blad == null ? "" : blad;
        waarde = waarde == null ? "" : waarde;
        Objects.requireNonNull(ernst, "ernst");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(melding, "melding");
        String korteWaarde = kort(waarde);
        if (korteWaarde != waarde) {
            melding = melding.replace(waarde, korteWaarde);
            waarde = korteWaarde;
        }
        String korteKolom = kort(kolom);
        if (korteKolom != kolom) {
            melding = melding.replace(kolom, korteKolom);
            kolom = korteKolom;
        }
        if (melding.length() > MAX_MELDING) {
            melding = melding.substring(0, snijpunt(melding, MAX_MELDING)) + "…";
        }
    }

    /** A finding not about one sheet of a workbook. */
    public Bevinding(long regel, String kolom, String waarde, Ernst ernst, BevindingCode code, String melding) {
        this(regel, kolom, waarde, ernst, code, melding, "");
    }

    /** The same finding, about a sheet of a workbook, with {@code melding} replacing the sentence. */
    public Bevinding opBlad(String bladnaam, String nieuweMelding) {
        return new Bevinding(regel, kolom, waarde, ernst, code, nieuweMelding, bladnaam);
    }

    /** The text itself when short enough, else its first {@value #KORT} characters and a Dutch marker. */
    private static String kort(String tekst) {
        if (tekst.length() <= MAX_WAARDE) {
            return tekst;
        }
        return tekst.substring(0, snijpunt(tekst, KORT)) + "… (ingekort, " + tekst.length() + " tekens)";
    }

    /** {@code n}, or one less when that would split a surrogate pair. */
    private static int snijpunt(String tekst, int n) {
        return Character.isHighSurrogate(tekst.charAt(n - 1)) ? n - 1 : n;
    }

    public static Bevinding fout(long regel, String kolom, String waarde, BevindingCode code, String melding) {
        return new Bevinding(regel, kolom, waarde, Ernst.FOUT, code, melding);
    }

    public static Bevinding waarschuwing(long regel, String kolom, String waarde, BevindingCode code, String melding) {
        return new Bevinding(regel, kolom, waarde, Ernst.WAARSCHUWING, code, melding);
    }

    /**
     * {@code BESTAND_DUBBEL}: the same content as {@code origineel} in the same folder (stg_bestand_kandidaat decides
     * it; the feedback reports it).
     */
    public static Bevinding dubbel(String origineel) {
        return bestand(Ernst.FOUT, BevindingCode.BESTAND_DUBBEL, "Dit bestand is precies gelijk aan '" + origineel
                + "' in dezelfde map. Het telt daarom niet nog eens mee; verwijder een van beide.");
    }

    /**
     * {@code BESTAND_ELDERS_INGELEVERD}: the same content was delivered by another ministry or for another year
     * (contract 2: one file, one ministry), decided and reported like {@link #dubbel}.
     */
    public static Bevinding elders(String eigenaarMinisterie, int eigenaarJaar, String eigenaarBestand, String ministerie,
            int jaar) {
        return bestand(Ernst.FOUT, BevindingCode.BESTAND_ELDERS_INGELEVERD, "Dit bestand is al ingeleverd door "
                + eigenaarMinisterie + " voor " + eigenaarJaar + " ('" + eigenaarBestand + "', precies dezelfde inhoud). "
                + "Het telt daar en niet nog eens voor " + ministerie + " " + jaar + "; lever alleen de eigen gegevens van "
                + ministerie + " over " + jaar + " aan.");
    }

    /** A finding about the file as a whole. */
    public static Bevinding bestand(Ernst ernst, BevindingCode code, String melding) {
        return new Bevinding(0, "", "", ernst, code, melding);
    }

    public boolean isFout() {
        return ernst == Ernst.FOUT;
    }

    /** The same finding, reported under the column name as the file writes it. */
    public Bevinding metKolom(String kolomInBestand) {
        return new Bevinding(regel, kolomInBestand, waarde, ernst, code, melding, blad);
    }
}
