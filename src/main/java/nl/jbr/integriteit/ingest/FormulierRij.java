package nl.jbr.integriteit.ingest;

import java.util.Map;

import nl.jbr.integriteit.schema.Formulier;

/**
 * One accepted row of any form, normalised: the values by the name of their column in the form's raw table
 * ({@link nl.jbr.integriteit.schema.Kolom#veld()}; plus {@code gevoelige_tekst} for forms with free text). An empty
 * cell without a default is absent (loaded as NULL, never 0). Values are {@code String}, {@code Long},
 * {@code BigDecimal}, {@code LocalDate} or {@code Boolean}, as the column type reads them.
 */
public record FormulierRij(Formulier formulier, long regel, Map<String, Object> velden) {

    /** The row takes the map over (no copy per row of a million): whoever builds it hands it on and lets go. */
    public FormulierRij {
        velden = java.util.Collections.unmodifiableMap(velden);
    }

    public String tekst(String veld) {
        Object v = velden.get(veld);
        return v == null ? null : v.toString();
    }

    public Long getal(String veld) {
        return (Long) velden.get(veld);
    }
}
