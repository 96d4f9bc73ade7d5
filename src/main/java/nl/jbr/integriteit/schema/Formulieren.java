package nl.jbr.integriteit.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forms of {@code input-schemas/formulieren.csv} with their columns from {@code formulieren/<naam>.csv}. */
public final class Formulieren {

    private final List<Formulier> formulieren;

    public Formulieren(SchemaSource schemas) {
        List<Formulier> list = new ArrayList<>();
        for (Map<String, String> row : schemas.rows("formulieren.csv")) {
            String naam = row.get("formulier");
            List<Kolom> kolommen = schemas.rows("formulieren/" + naam + ".csv").stream().map(Formulieren::kolom).toList();
            list.add(new Formulier(naam, row.get("titel"), row.get("herkenningskolom"), kolommen));
        }
        this.formulieren = List.copyOf(list);
    }

    public List<Formulier> alle() {
        return formulieren;
    }

    public Optional<Formulier> formulier(String naam) {
        return formulieren.stream().filter(f -> f.naam().equals(naam)).findFirst();
    }

    private static Kolom kolom(Map<String, String> row) {
        String aliassen = row.getOrDefault("aliassen", "");
        String minimum = row.getOrDefault("minimum", "");
        return new Kolom(
                row.get("kolom"),
                aliassen.isBlank() ? List.of() : Arrays.stream(aliassen.split("\\|")).map(String::trim).toList(),
                "ja".equalsIgnoreCase(row.get("verplicht")),
                Kolomtype.of(row.get("type")),
                row.getOrDefault("codelijst", ""),
                minimum.isBlank() ? null : Long.valueOf(minimum.trim()),
                "ja".equalsIgnoreCase(row.get("uniek")));
    }
}
