package nl.jbr.integriteit.tabel;

import java.math.BigDecimal;

import nl.jbr.integriteit.tabel.TableDefinition;

/**
 * Dutch number formatting for people ({@code 12.550}, {@code 38,4}, {@code 38,4%}), written out by
 * hand so that it never depends on the JVM's locale data.
 */
public final class DutchNumbers {

    /** Shown for an empty cell. */
    public static final String LEEG = "–";

    private DutchNumbers() {
    }

    /** A cell value of a column as a person reads it: an empty number is "–", empty text stays empty. */
    public static String format(Object value, TableDefinition.Kolom kolom) {
        if (value == null) {
            return kolom.numeriek() ? LEEG : "";
        }
        if (value instanceof Long number) {
            return integer(number);
        }
        if (value instanceof BigDecimal decimal) {
            String text = decimal(decimal);
            return "procent".equals(kolom.eenheid()) ? text + "%" : text;
        }
        return value.toString();
    }

    /** {@code 12550} -> {@code 12.550}. */
    public static String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        return (value < 0 ? "-" : "") + group(digits);
    }

    /** {@code 1234.5} -> {@code 1.234,5}: the scale of the value is kept. */
    public static String decimal(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        return (value.signum() < 0 ? "-" : "") + group(whole) + fraction;
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
