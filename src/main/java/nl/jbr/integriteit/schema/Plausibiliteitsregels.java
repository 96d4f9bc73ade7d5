package nl.jbr.integriteit.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;

/**
 * The plausibility rules of {@code input-schemas/plausibiliteit.csv}, beside the form definitions: per form a
 * column, a bound, the severity, a stable finding code and the Dutch message. Data, not code: BZK tightens or
 * loosens a bound by editing the file. A bound is one of
 * <ul>
 *   <li>{@code <= 1000000} (also {@code <}, {@code >=}, {@code >}): a fixed number;</li>
 *   <li>{@code <= aantal_medewerkers} or {@code <= aantal_medewerkers * 1.5}: another column of the same row,
 *       optionally times a factor;</li>
 *   <li>{@code in rapportagejaar}: a date within the year of the folder.</li>
 * </ul>
 * The message may use {@code {waarde}} (the value as written), {@code {grens}} (the bound for this row) and
 * {@code {jaar}}. A rule naming an unknown form, column or code stops the application at start-up.
 */
public final class Plausibiliteitsregels {

    private static final Pattern VERGELIJKING = Pattern.compile(
            "(<=|>=|<|>)\\s*(?:(-?\\d+(?:\\.\\d+)?)|([a-z_]+)(?:\\s*\\*\\s*(\\d+(?:\\.\\d+)?))?)");

    private final List<Regel> regels;

    public Plausibiliteitsregels(SchemaSource schemas, Formulieren formulieren) {
        List<Regel> lijst = new ArrayList<>();
        for (Map<String, String> row : schemas.rowsOrPackaged("plausibiliteit.csv")) {
            lijst.add(regel(row, formulieren));
        }
        this.regels = List.copyOf(lijst);
    }

    /** The rules of one form, in file order. */
    public List<Regel> van(String formulier) {
        return regels.stream().filter(r -> r.formulier().equals(formulier)).toList();
    }

    /** How a value is bounded. */
    public enum Soort { VERGELIJKING, IN_RAPPORTAGEJAAR }

    /**
     * One rule. For {@link Soort#VERGELIJKING}: {@code waarde operator (getal | andereKolom * factor)}.
     */
    public record Regel(String formulier, BevindingCode code, String kolom, Soort soort, String operator, BigDecimal getal,
                        String andereKolom, BigDecimal factor, Ernst ernst, String melding) {

        /**
         * The bound for a row, given the row's value of {@link #andereKolom} (ignored when the bound is a fixed number);
         * {@code null} when it depends on a column that is empty in that row.
         */
        public BigDecimal grens(Object ander) {
            if (andereKolom == null) {
                return getal;
            }
            if (ander == null) {
                return null;
            }
            BigDecimal basis = ander instanceof BigDecimal b ? b : new BigDecimal(ander.toString());
            return factor == null ? basis : basis.multiply(factor);
        }

        /** Whether {@code waarde} keeps to the bound. */
        public boolean voldoet(BigDecimal waarde, BigDecimal grens) {
            int c = waarde.compareTo(grens);
            return switch (operator) {
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                default -> c > 0;
            };
        }
    }

    private static Regel regel(Map<String, String> row, Formulieren formulieren) {
        String formulier = row.get("formulier");
        String kolom = row.get("kolom");
        String grens = row.getOrDefault("grens", "").trim();
        Formulier f = formulieren.formulier(formulier)
                .orElseThrow(() -> new IllegalStateException("plausibiliteit.csv: unknown form '" + formulier + "'"));
        bestaat(f, kolom);
        BevindingCode code = BevindingCode.valueOf(row.get("code"));
        Ernst ernst = Ernst.fromLabel(row.get("ernst"));
        String melding = row.get("melding");
        if ("in rapportagejaar".equals(grens)) {
            return new Regel(formulier, code, kolom, Soort.IN_RAPPORTAGEJAAR, null, null, null, null, ernst, melding);
        }
        Matcher m = VERGELIJKING.matcher(grens);
        if (!m.matches()) {
            throw new IllegalStateException("plausibiliteit.csv: cannot read bound '" + grens + "' of " + formulier + "." + kolom);
        }
        if (m.group(3) != null) {
            bestaat(f, m.group(3));
        }
        return new Regel(formulier, code, kolom, Soort.VERGELIJKING, m.group(1),
                m.group(2) == null ? null : new BigDecimal(m.group(2)), m.group(3),
                m.group(4) == null ? null : new BigDecimal(m.group(4)), ernst, melding);
    }

    private static void bestaat(Formulier f, String kolom) {
        if (f.kolommen().stream().noneMatch(k -> k.naam().equals(kolom))) {
            throw new IllegalStateException("plausibiliteit.csv: form '" + f.naam() + "' has no column '" + kolom + "'");
        }
    }
}
