package nl.jbr.integriteit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Dutch spreadsheets write them: {@code 2024-03-01}, {@code 1-3-2024}, {@code 01-03-2024},
 * {@code 1/3/2024}, {@code 01.03.2024} (day first), and the ISO form with a time part that some exports
 * add ({@code 2024-03-01 00:00:00}). Two-digit years and impossible dates are refused.
 */
final class Datums {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]00:00(?::00)?)?");
    private static final Pattern DAG_EERST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");

    private Datums() {
    }

    /** The date, or {@code null} when the text is not a valid date in one of the accepted forms. */
    static LocalDate lees(String tekst) {
        String t = tekst.strip();
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher nl = DAG_EERST.matcher(t);
            if (nl.matches()) {
                return LocalDate.of(Integer.parseInt(nl.group(4)), Integer.parseInt(nl.group(3)),
                        Integer.parseInt(nl.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
