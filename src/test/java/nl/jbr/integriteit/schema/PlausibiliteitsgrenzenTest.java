package nl.jbr.integriteit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Issue 22 item 3: every numeric column of every form in {@code input-schemas/} has an upper plausibility bound in
 * {@code plausibiliteit.csv} — a fixed number, or another column of the same row that is always filled in (required)
 * and has a fixed bound itself, times a factor. So no figure can grow without limit, and every sum over onderdelen and
 * ministries stays within what the warehouse holds (GrootsteWaardenAlleFormulierenTest publishes them all at their
 * bounds). The bounds are read from the data file, as the pipeline reads them.
 */
class PlausibiliteitsgrenzenTest {

    private final SchemaSource schemas = new SchemaSource(new DefaultResourceLoader(),
            Path.of("input-schemas").toAbsolutePath().toUri().toString());
    private final Formulieren formulieren = new Formulieren(schemas);
    private final Plausibiliteitsregels regels = new Plausibiliteitsregels(schemas, formulieren);

    @Test
    void elkeGetalkolomVanElkFormulierHeeftEenBovengrens() {
        List<String> zonder = new ArrayList<>();
        List<String> met = new ArrayList<>();
        for (Formulier f : formulieren.alle()) {
            for (Kolom k : f.kolommen()) {
                if (k.type() != Kolomtype.GEHEEL_GETAL && k.type() != Kolomtype.DECIMAAL) {
                    continue;
                }
                Optional<BigDecimal> grens = bovengrens(f, k.naam(), 0);
                (grens.isPresent() ? met : zonder).add(f.naam() + "." + k.naam() + grens.map(g -> " <= " + g.toPlainString()).orElse(""));
            }
        }
        System.out.println("PLAUSIBILITEIT " + String.join(", ", met));
        assertThat(zonder).as("numeric columns without an upper bound").isEmpty();
        assertThat(met).hasSizeGreaterThanOrEqualTo(13); // 1 incidenten + 3 personeel + 9 kengetallen
    }

    /** The smallest upper bound a value of {@code kolom} always keeps to, following bounds on required columns. */
    private Optional<BigDecimal> bovengrens(Formulier f, String kolom, int diepte) {
        if (diepte > 5) {
            return Optional.empty();
        }
        BigDecimal beste = null;
        for (Plausibiliteitsregels.Regel r : regels.van(f.naam())) {
            if (!r.kolom().equals(kolom) || r.soort() != Plausibiliteitsregels.Soort.VERGELIJKING
                    || !(r.operator().equals("<=") || r.operator().equals("<"))) {
                continue;
            }
            BigDecimal grens = null;
            if (r.andereKolom() == null) {
                grens = r.getal();
            } else if (f.kolom(r.andereKolom()).map(Kolom::verplicht).orElse(false)) {
                BigDecimal factor = r.factor() == null ? BigDecimal.ONE : r.factor();
                grens = bovengrens(f, r.andereKolom(), diepte + 1).map(g -> g.multiply(factor)).orElse(null);
            }
            if (grens != null && (beste == null || grens.compareTo(beste) < 0)) {
                beste = grens;
            }
        }
        return Optional.ofNullable(beste);
    }
}
