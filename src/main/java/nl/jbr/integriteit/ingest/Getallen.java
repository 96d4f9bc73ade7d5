package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Numbers as Dutch spreadsheets write them. Whole numbers: digits, optionally with Dutch thousands dots
 * ({@code 1.234}, read as 1234 with a warning); decimals: {@code ,} or {@code .} as decimal mark, and
 * when both occur the last one is the decimal mark ({@code 1.234,5}). Surrounding spaces are ignored.
 * Everything else ({@code 1e3}, {@code 1,5} for a whole number, {@code -3} below a minimum) is refused.
 * A number is read whole (any number of digits) and then checked against the width the warehouse stores:
 * {@code BIGINT} for whole numbers, {@code DECIMAL(18, 4)} for decimals; a larger one is refused as
 * {@code teGroot}, never truncated or wrapped. The digits are counted before any of that: a text with more than
 * {@value #MAX_CIJFERS} significant digits is no usable number at all and is refused without making a BigInteger of it
 * (a million digits would take seconds).
 */
final class Getallen {

    private static final Pattern GEHEEL = Pattern.compile("[+-]?\\d+");
    private static final Pattern GEHEEL_MET_PUNTEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAAL = Pattern.compile("[+-]?\\d+([.,]\\d{1,4})?");
    private static final Pattern DECIMAAL_MET_SCHEIDING = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,4})?|\\d{1,3}(,\\d{3})+(\\.\\d{1,4})?");

    private Getallen() {
    }

    /** Significant digits a number may have before it is read at all (leading zeros do not count). */
    static final int MAX_CIJFERS = 40;

    static final String ONBRUIKBAAR = "is geen bruikbaar getal (meer dan " + MAX_CIJFERS + " cijfers)";

    /** Decimals are stored as DECIMAL(18, 4): at most 14 digits before the decimal mark. */
    static final BigDecimal DECIMAAL_GRENS = BigDecimal.TEN.pow(14);

    /**
     * A parsed number, or the Dutch reason it is not one. {@code gecorrigeerd}: read with thousands dots;
     * {@code teGroot}: a number, but larger than the warehouse stores.
     */
    record Uitkomst<T>(T waarde, boolean gecorrigeerd, String fout, boolean teGroot) {
        static <T> Uitkomst<T> ok(T waarde, boolean gecorrigeerd) {
            return new Uitkomst<>(waarde, gecorrigeerd, null, false);
        }

        static <T> Uitkomst<T> fout(String reden) {
            return new Uitkomst<>(null, false, reden, false);
        }

        static <T> Uitkomst<T> teGroot(String reden) {
            return new Uitkomst<>(null, false, reden, true);
        }
    }

    static Uitkomst<Long> geheelGetal(String tekst) {
        String t = tekst.strip();
        if (alleenCijfers(t)) {
            return Uitkomst.ok(Long.parseLong(t), false); // the common case: up to 18 digits always fit in a long
        }
        return geheelGetalAlgemeen(t);
    }

    /** 1 to 18 ASCII digits and nothing else: what {@link #GEHEEL} matches and {@link Long#parseLong} reads exactly. */
    private static boolean alleenCijfers(String t) {
        int n = t.length();
        if (n == 0 || n > 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #geheelGetal} without the shortcut for plain digits ({@code t} stripped). */
    static Uitkomst<Long> geheelGetalAlgemeen(String t) {
        if (teVeelCijfers(t)) {
            return Uitkomst.fout(ONBRUIKBAAR);
        }
        if (GEHEEL.matcher(t).matches()) {
            return binnenBreedte(new BigInteger(t.startsWith("+") ? t.substring(1) : t), false);
        }
        if (GEHEEL_MET_PUNTEN.matcher(t).matches()) {
            return binnenBreedte(new BigInteger(t.replace(".", "")), true);
        }
        return Uitkomst.fout("is geen geheel getal");
    }

    private static Uitkomst<Long> binnenBreedte(BigInteger getal, boolean gecorrigeerd) {
        if (getal.bitLength() > 63) {
            return Uitkomst.teGroot("is groter dan het grootste getal dat wij kunnen opslaan (" + Long.MAX_VALUE + ")");
        }
        return Uitkomst.ok(getal.longValueExact(), gecorrigeerd);
    }

    static Uitkomst<BigDecimal> decimaal(String tekst) {
        String t = tekst.strip();
        if (teVeelCijfers(t)) {
            return Uitkomst.fout(ONBRUIKBAAR);
        }
        BigDecimal getal;
        if (DECIMAAL.matcher(t).matches()) {
            getal = new BigDecimal(t.replace(',', '.').replace("+", ""));
        } else if (DECIMAAL_MET_SCHEIDING.matcher(t).matches()) {
            boolean kommaDecimaal = t.lastIndexOf(',') > t.lastIndexOf('.');
            String genormaliseerd = kommaDecimaal ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
            getal = new BigDecimal(genormaliseerd);
        } else {
            return Uitkomst.fout("is geen getal");
        }
        if (getal.abs().compareTo(DECIMAAL_GRENS) >= 0) {
            return Uitkomst.teGroot("heeft meer dan 14 cijfers voor de komma; zo'n groot getal kunnen wij niet opslaan");
        }
        return Uitkomst.ok(getal, false);
    }

    /** Whether the text has more than {@link #MAX_CIJFERS} ASCII digits from its first non-zero digit on (one pass). */
    static boolean teVeelCijfers(String t) {
        int significant = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' && (significant > 0 || c != '0') && ++significant > MAX_CIJFERS) {
                return true;
            }
        }
        return false;
    }
}
