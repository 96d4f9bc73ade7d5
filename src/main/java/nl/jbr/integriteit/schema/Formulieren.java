package nl.jbr.integriteit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forms of {@code input-schemas/formulieren.csv} ({@code formulier, herkenningskolom, niet_met, tabel, titel, regel})
 * with their columns from {@code formulieren/<naam>.csv}
 * ({@code kolom, aliassen, verplicht, type, codelijst, minimum, uniek, veld, opslag, standaard}). Lists inside a
 * cell are separated by {@code |}.
 */
public final class Formulieren {

    /** The value of {@code veld} for a column that is not stored (the folder gives it). */
    public static final String NIET_OPGESLAGEN = "-";

    private final List<Formulier> formulieren;

    public Formulieren(SchemaSource schemas) {
        SchemaSource packaged = SchemaSource.embedded();
        List<Map<String, String>> packagedForms = packaged.rows("formulieren.csv");
        List<Formulier> list = new ArrayList<>();
        for (Map<String, String> edited : schemas.rows("formulieren.csv")) {
            String naam = edited.get("formulier");
            // an edited folder copied before a column of the definition existed: that column as packaged
            Map<String, String> row = aangevuld(edited, packagedForms, "formulier", naam);
            List<Map<String, String>> packagedColumns = packagedForms.stream().anyMatch(r -> naam.equals(r.get("formulier")))
                    ? packaged.rows("formulieren/" + naam + ".csv") : List.of();
            List<Kolom> kolommen = schemas.rowsOrPackaged("formulieren/" + naam + ".csv").stream()
                    .map(r -> kolom(aangevuld(r, packagedColumns, "kolom", r.get("kolom")))).toList();
            List<String> herkenning = lijst(row.get("herkenningskolom"));
            for (String h : herkenning) {
                if (kolommen.stream().noneMatch(k -> k.naam().equals(h))) {
                    throw new IllegalStateException("formulieren.csv: form '" + naam + "' has no column '" + h + "'");
                }
            }
            String tabel = row.getOrDefault("tabel", "");
            if (!tabel.matches("[a-z_]+")) {
                throw new IllegalStateException("formulieren.csv: form '" + naam + "' needs a raw table name (tabel)");
            }
            list.add(new Formulier(naam, row.get("titel"), herkenning, lijst(row.getOrDefault("niet_met", "")), tabel,
                    kolommen, row.getOrDefault("regel", "")));
        }
        this.formulieren = List.copyOf(list);
    }

    public List<Formulier> alle() {
        return formulieren;
    }

    public Optional<Formulier> formulier(String naam) {
        return formulieren.stream().filter(f -> f.naam().equals(naam)).findFirst();
    }

    /** {@code row} with the cells its file has no column for taken from the packaged row with the same key, if any. */
    private static Map<String, String> aangevuld(Map<String, String> row, List<Map<String, String>> packaged, String sleutel,
                                                 String waarde) {
        Map<String, String> p = packaged.stream().filter(r -> java.util.Objects.equals(waarde, r.get(sleutel))).findFirst().orElse(null);
        if (p == null) {
            return row;
        }
        Map<String, String> result = new java.util.LinkedHashMap<>(p);
        result.putAll(row);
        return result;
    }

    private static List<String> lijst(String cel) {
        return cel == null || cel.isBlank() ? List.of()
                : Arrays.stream(cel.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Kolom kolom(Map<String, String> row) {
        String minimum = row.getOrDefault("minimum", "");
        String naam = row.get("kolom");
        String veld = row.getOrDefault("veld", "").trim();
        String opslag = row.getOrDefault("opslag", "").trim();
        String standaard = row.getOrDefault("standaard", "").trim();
        if (!veld.isEmpty() && !veld.equals(NIET_OPGESLAGEN) && !veld.matches("[a-z_]+")) {
            throw new IllegalStateException("form column '" + naam + "': invalid veld '" + veld + "'");
        }
        if (!opslag.isEmpty() && !opslag.matches("BIGINT|INTEGER|BOOLEAN|VARCHAR|DATE|DECIMAL\\(18, ?4\\)")) {
            throw new IllegalStateException("form column '" + naam + "': unsupported opslag '" + opslag + "'");
        }
        return new Kolom(
                naam,
                lijst(row.getOrDefault("aliassen", "")),
                "ja".equalsIgnoreCase(row.get("verplicht")),
                Kolomtype.of(row.get("type")),
                row.getOrDefault("codelijst", ""),
                minimum.isBlank() ? null : Long.valueOf(minimum.trim()),
                "ja".equalsIgnoreCase(row.get("uniek")),
                veld.equals(NIET_OPGESLAGEN) ? null : veld.isEmpty() ? naam : veld,
                opslag.isEmpty() ? null : opslag,
                standaard.isEmpty() ? null : standaard);
    }
}
