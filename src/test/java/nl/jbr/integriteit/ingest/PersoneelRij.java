package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;

/** One accepted staff row, normalised: a typed view of its {@link FormulierRij} (the columns of {@code personeel_ruw}). */
public record PersoneelRij(long regel, String onderdeel, long aantalMedewerkers, BigDecimal aantalFte,
                           long aantalNevenwerkzaamheden) {
}
