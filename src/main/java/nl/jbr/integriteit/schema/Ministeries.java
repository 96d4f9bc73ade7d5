package nl.jbr.integriteit.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ministries code list ({@code input-schemas/ministeries.csv}): codes with the years in which they are
 * valid (a ministry that existed for part of a year is valid for that year). Data, not code: a new
 * cabinet edits the file.
 */
public final class Ministeries {

    private final List<Periode> perioden;

    public Ministeries(SchemaSource schemas) {
        List<Periode> list = new ArrayList<>();
        for (Map<String, String> row : schemas.rows("ministeries.csv")) {
            list.add(new Periode(row.get("code"), row.get("naam"), jaarOfNull(row.get("geldig_van")),
                    jaarOfNull(row.get("geldig_tot"))));
        }
        this.perioden = List.copyOf(list);
    }

    /**
     * The code exactly as the list writes it, when {@code code} is a known ministry code. Only ASCII letters match
     * case-insensitively ('bzk' is BZK): Java's equalsIgnoreCase would also take 'ſZW' (long s) for SZW and
     * 'FİN' (dotted capital I) for FIN, which are other names.
     */
    public Optional<String> code(String code) {
        if (code == null || !code.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        return perioden.stream().map(Periode::code).filter(c -> c.equalsIgnoreCase(code)).findFirst();
    }

    /** Whether the ministry existed in (part of) that year. */
    public boolean geldig(String code, int jaar) {
        return perioden.stream().anyMatch(p -> p.code().equals(code) && p.omvat(jaar));
    }

    /** The name of the ministry valid in that year, or empty. */
    public Optional<String> naam(String code, int jaar) {
        return perioden.stream().filter(p -> p.code().equals(code) && p.omvat(jaar)).map(Periode::naam).findFirst();
    }

    /** The codes valid in (part of) that year, in list order. */
    public List<String> geldigeCodes(int jaar) {
        return perioden.stream().filter(p -> p.omvat(jaar)).map(Periode::code).distinct().toList();
    }

    /** Every code of the list, in list order. */
    public List<String> codes() {
        return perioden.stream().map(Periode::code).distinct().toList();
    }

    private static Integer jaarOfNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }

    /** One period of validity; bounds inclusive, {@code null} meaning open. */
    public record Periode(String code, String naam, Integer van, Integer tot) {
        boolean omvat(int jaar) {
            return (van == null || jaar >= van) && (tot == null || jaar <= tot);
        }
    }
}
