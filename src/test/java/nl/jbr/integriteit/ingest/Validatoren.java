package nl.jbr.integriteit.ingest;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.normalise.CategorieNormaliser;
import nl.jbr.integriteit.normalise.CodeLijsten;
import nl.jbr.integriteit.normalise.Totaalwoorden;
import nl.jbr.integriteit.normalise.privacy.VrijeTekstScreening;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.Plausibiliteitsregels;
import nl.jbr.integriteit.schema.SchemaSource;

/** Test helper: the real form validator over the packaged {@code input-schemas/}, wired as the application wires it. */
public final class Validatoren {

    /** Limits small enough for quick tests, large enough for every fixture. */
    public static final JbrProperties.Limits TEST_LIMIETEN = new JbrProperties.Limits(10_000_000, 100_000, 1_000_000, 200);

    private Validatoren() {
    }

    public static FormulierValidator met(JbrProperties.Limits limits) {
        return met(SchemaSource.embedded(), limits);
    }

    public static FormulierValidator met(SchemaSource schemas, JbrProperties.Limits limits) {
        Formulieren formulieren = new Formulieren(schemas);
        return new FormulierValidator(formulieren, new Ministeries(schemas), new CategorieNormaliser(schemas),
                new CodeLijsten(schemas), new VrijeTekstScreening(), new Totaalwoorden(schemas),
                new Plausibiliteitsregels(schemas, formulieren), limits);
    }
}
