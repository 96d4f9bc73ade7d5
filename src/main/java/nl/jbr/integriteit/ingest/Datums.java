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

    /** Excel counts days from 30 December 1899: 45678 is 21 January 2025. */
    private static final LocalDate EXCEL_NUL = LocalDate.of(1899, 12, 30);

    /**
     * A hint for a whole number that looks like an Excel date number (a date cell exported without its format):
     * {@code "; 45678 lijkt een datumnummer uit Excel (21-1-2025): ..."}; empty when it does not look like one.
     */
    static String excelHint(String tekst) {
        String t = tekst.strip();
        if (!t.matches("\\d{5}")) {
            return "";
        }
        long n = Long.parseLong(t);
        if (n < 20_000 || n > 80_000) { // 1954 .. 2119
            return "";
        }
        LocalDate d = EXCEL_NUL.plusDays(n);
        return "; " + t + " lijkt een datumnummer uit Excel (" + d.getDayOfMonth() + "-" + d.getMonthValue() + "-"
                + d.getYear() + "): geef de kolom in Excel de celopmaak Datum voordat u het bestand opslaat, of schrijf "
                + d;
    }

    /** The date, or {@code null} when the text is not a valid date in one of the accepted forms. */
    static LocalDate lees(String tekst) {
        String t = tekst.strip();
        try {
            // the two forms read by hand (a date on every row of every file; this is what the patterns below say)
            LocalDate snel = snel(t);
            if (snel != null) {
                return snel;
            }
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

    /**
     * {@code 2024-03-01} and {@code 1-3-2024} / {@code 01/03/2024} / {@code 1.3.2024} without a time part, read without
     * a pattern; {@code null} for anything else (the patterns decide then). Throws as {@link LocalDate#of} does for a
     * day that does not exist.
     */
    private static LocalDate snel(String t) {
        int n = t.length();
        if (n == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            int jaar = cijfers(t, 0, 4);
            int maand = cijfers(t, 5, 7);
            int dag = cijfers(t, 8, 10);
            return jaar < 0 || maand < 0 || dag < 0 ? null : LocalDate.of(jaar, maand, dag);
        }
        if (n < 8 || n > 10) {
            return null;
        }
        int eerste = 1;
        while (eerste < n && isCijfer(t.charAt(eerste))) {
            eerste++;
        }
        if (eerste > 2 || eerste >= n) {
            return null;
        }
        char scheiding = t.charAt(eerste);
        if (scheiding != '-' && scheiding != '/' && scheiding != '.') {
            return null;
        }
        int tweede = eerste + 1;
        while (tweede < n && isCijfer(t.charAt(tweede))) {
            tweede++;
        }
        if (tweede - eerste - 1 < 1 || tweede - eerste - 1 > 2 || tweede >= n || t.charAt(tweede) != scheiding
                || n - tweede - 1 != 4) {
            return null;
        }
        int dag = cijfers(t, 0, eerste);
        int maand = cijfers(t, eerste + 1, tweede);
        int jaar = cijfers(t, tweede + 1, n);
        return jaar < 0 || maand < 0 || dag < 0 ? null : LocalDate.of(jaar, maand, dag);
    }

    private static boolean isCijfer(char c) {
        return c >= '0' && c <= '9';
    }

    /** The ASCII digits {@code t[van, tot)} as a number; -1 when one of them is not a digit. */
    private static int cijfers(String t, int van, int tot) {
        int waarde = 0;
        for (int i = van; i < tot; i++) {
            char c = t.charAt(i);
            if (!isCijfer(c)) {
                return -1;
            }
            waarde = waarde * 10 + (c - '0');
        }
        return waarde;
    }
}
