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

    /** A cell of a column as a person reads it: an empty number is "–", empty text stays empty, hidden is "x". */
    public static String format(Cel cel, TableDefinition.Kolom kolom) {
        return switch (cel.soort()) {
            case AANTAL -> integer(((Cel.Aantal) cel).getal());
            case DECIMAAL -> {
                String text = decimal(((Cel.Decimaal) cel).getal());
                yield "procent".equals(kolom.eenheid()) ? text + "%" : text;
            }
            case TEKST -> ((Cel.Tekst) cel).tekst();
            case VERBORGEN -> Geheim.MARK;
            case LEEG -> kolom.numeriek() ? LEEG : "";
        };
    }

    /** As {@link #format(Cel, TableDefinition.Kolom)}, for a value of the old kinds (a chart's, a workbook's). */
    public static String format(Object value, TableDefinition.Kolom kolom) {
        return format(Cel.van(value), kolom);
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
