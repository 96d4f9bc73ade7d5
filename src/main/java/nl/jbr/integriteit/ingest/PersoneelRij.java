package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;

/** One accepted staff row, normalised (the columns of {@code personeel_ruw}). */
public record PersoneelRij(long regel, String onderdeel, long aantalMedewerkers, BigDecimal aantalFte,
                           long aantalNevenwerkzaamheden) {
}
