package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as Dutch spreadsheets write them. Whole numbers: digits, optionally with Dutch thousands dots
 * ({@code 1.234}, read as 1234 with a warning); decimals: {@code ,} or {@code .} as decimal mark, and
 * when both occur the last one is the decimal mark ({@code 1.234,5}). Surrounding spaces are ignored.
 * Everything else ({@code 1e3}, {@code 1,5} for a whole number, {@code -3} below a minimum) is refused.
 */
final class Getallen {

    private static final Pattern GEHEEL = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern GEHEEL_MET_PUNTEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAAL = Pattern.compile("[+-]?\\d{1,15}([.,]\\d{1,4})?");
    private static final Pattern DECIMAAL_MET_SCHEIDING = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,4})?|\\d{1,3}(,\\d{3})+(\\.\\d{1,4})?");

    private Getallen() {
    }

    /** A parsed number, or the Dutch reason it is not one. {@code gecorrigeerd}: read with thousands dots. */
    record Uitkomst<T>(T waarde, boolean gecorrigeerd, String fout) {
        static <T> Uitkomst<T> ok(T waarde, boolean gecorrigeerd) {
            return new Uitkomst<>(waarde, gecorrigeerd, null);
        }

        static <T> Uitkomst<T> fout(String reden) {
            return new Uitkomst<>(null, false, reden);
        }
    }

    static Uitkomst<Long> geheelGetal(String tekst) {
        String t = tekst.strip();
        if (GEHEEL.matcher(t).matches()) {
            return Uitkomst.ok(Long.parseLong(t.startsWith("+") ? t.substring(1) : t), false);
        }
        if (GEHEEL_MET_PUNTEN.matcher(t).matches()) {
            return Uitkomst.ok(Long.parseLong(t.replace(".", "")), true);
        }
        return Uitkomst.fout("is geen geheel getal");
    }

    static Uitkomst<BigDecimal> decimaal(String tekst) {
        String t = tekst.strip();
        if (DECIMAAL.matcher(t).matches()) {
            return Uitkomst.ok(new BigDecimal(t.replace(',', '.').replace("+", "")), false);
        }
        if (DECIMAAL_MET_SCHEIDING.matcher(t).matches()) {
            boolean kommaDecimaal = t.lastIndexOf(',') > t.lastIndexOf('.');
            String genormaliseerd = kommaDecimaal ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
            return Uitkomst.ok(new BigDecimal(genormaliseerd), false);
        }
        return Uitkomst.fout("is geen getal");
    }
}
