package nl.jbr.integriteit.ingest;

import java.time.LocalDate;

/** One accepted incident row, normalised: a typed view of its {@link FormulierRij} (the columns of {@code melding_ruw}). */
public record MeldingRij(long regel, String volgnummer, String onderdeel, LocalDate datumMelding,
                         String soortIncident, String categorieCode, String subcategorie, int aantalBetrokkenen,
                         String soortOnderzoek, String uitkomst, String afdoening, String aangifte,
                         String omschrijving, String toelichtingAfronding, boolean publiceerbaar,
                         boolean gevoeligeTekst) {
}
