package nl.jbr.integriteit.ingest.xlsx;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The number of a cell as a workbook stores it ({@code <v>1.5E-3</v>}), read as text with limits before any arithmetic:
 * at most {@value #MAX_CIJFERS} significant digits, and the first of them at a power of ten between
 * {@code -}{@value #MAX_EXPONENT} and {@value #MAX_EXPONENT}. Excel itself stores a double (at most 17 significant
 * digits, exponent within ±308), so every number Excel writes is read; what lies beyond is a forged or damaged cell.
 * Without these limits {@code 1E+100000000} makes BigDecimal build a number of a hundred million digits, and
 * {@code 1E-2000000000} runs out of memory.
 */
final class Excelgetal {

    static final int MAX_CIJFERS = 40;
    static final int MAX_EXPONENT = 400;

    /** What the text of a number cell is. */
    sealed interface Uitkomst permits Getal, GeenGetal, Onbruikbaar {
    }

    /** A number within the limits. */
    record Getal(BigDecimal waarde) implements Uitkomst {
    }

    /** Not a number at all ({@code NaN}, {@code 0x10}, {@code 1e}). */
    record GeenGetal() implements Uitkomst {
    }

    /** A number, but beyond the limits. */
    record Onbruikbaar() implements Uitkomst {
    }

    private Excelgetal() {
    }

    /**
     * Reads {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit before the exponent), surrounding spaces
     * ignored, in one pass over the characters; a {@link BigDecimal} is made only from at most {@value #MAX_CIJFERS}
     * digits and an exponent within the limits.
     */
    static Uitkomst lees(String tekst) {
        String t = tekst.strip();
        int n = t.length();
        int i = 0;
        boolean negatief = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negatief = t.charAt(i) == '-';
            i++;
        }
        // the mantissa: positions count digits, not characters; 'punt' is the number of digits before the point
        int cijfers = 0;
        int eersteNietNul = -1;
        int laatsteNietNul = -1;
        int punt = -1;
        int begin = i;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != '0') {
                    if (eersteNietNul < 0) {
                        eersteNietNul = cijfers;
                    }
                    laatsteNietNul = cijfers;
                }
                cijfers++;
            } else if (c == '.' && punt < 0) {
                punt = cijfers;
            } else {
                break;
            }
        }
        if (cijfers == 0) {
            return new GeenGetal();
        }
        if (punt < 0) {
            punt = cijfers;
        }
        int mantisseEinde = i;
        long exponent = 0;
        if (i < n) {
            char e = t.charAt(i);
            if (e != 'e' && e != 'E') {
                return new GeenGetal();
            }
            i++;
            boolean expNegatief = false;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                expNegatief = t.charAt(i) == '-';
                i++;
            }
            if (i == n) {
                return new GeenGetal();
            }
            boolean teGroot = false;
            for (; i < n; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return new GeenGetal();
                }
                if (!teGroot) {
                    exponent = exponent * 10 + (c - '0');
                    teGroot = exponent > 1_000_000_000L; // far beyond any limit; stop before a long could overflow
                }
            }
            if (teGroot) {
                return new Onbruikbaar();
            }
            exponent = expNegatief ? -exponent : exponent;
        }
        if (eersteNietNul < 0) {
            return new Getal(BigDecimal.ZERO);
        }
        // the value is 0.d1d2d3... x 10^(punt + exponent) over the significant digits
        long macht = exponent + punt - eersteNietNul - 1; // the power of ten of the first significant digit
        int significant = laatsteNietNul - eersteNietNul + 1;
        if (significant > MAX_CIJFERS || Math.abs(macht) > MAX_EXPONENT) {
            return new Onbruikbaar();
        }
        StringBuilder ongeschaald = new StringBuilder(significant + 1);
        if (negatief) {
            ongeschaald.append('-');
        }
        int positie = 0;
        for (int k = begin; k < mantisseEinde && positie <= laatsteNietNul; k++) {
            char c = t.charAt(k);
            if (c == '.') {
                continue;
            }
            if (positie >= eersteNietNul) {
                ongeschaald.append(c);
            }
            positie++;
        }
        // the last significant digit stands at 10^(macht - significant + 1): the scale is its negative
        int schaal = (int) -(macht - significant + 1);
        return new Getal(new BigDecimal(new BigInteger(ongeschaald.toString()), schaal));
    }
}
