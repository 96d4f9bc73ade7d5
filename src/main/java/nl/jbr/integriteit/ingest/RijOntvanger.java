package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.jbr.integriteit.schema.Formulier;

/**
 * Receives the valid rows of a file while it is validated. Rows arrive only as long as the file has
 * no {@code fout}; whether they are kept is decided when the whole file has been read.
 * <p>
 * Every form's rows arrive as a {@link FormulierRij} ({@link #rij}); the loader stores them by column name. The
 * typed views {@link MeldingRij} and {@link PersoneelRij} of the first two forms are a convenience for callers that
 * want them ({@link #rij} hands them to {@link #melding} and {@link #personeel} unless overridden).
 */
public interface RijOntvanger {

    /**
     * The file (or a sheet of it) was recognised as {@code formulier}: its rows follow. Called before the first row of
     * that form is checked, also when none turns out to be valid.
     */
    default void formulier(Formulier formulier) {
    }

    /** One accepted row of any form. By default: the typed view of an incidenten or personeel row, others ignored. */
    default void rij(FormulierRij rij) {
        switch (rij.formulier().naam()) {
            case "incidenten" -> melding(alsMelding(rij));
            case "personeel" -> personeel(alsPersoneel(rij));
            default -> {
            }
        }
    }

    default void melding(MeldingRij rij) {
    }

    default void personeel(PersoneelRij rij) {
    }

    /** Keeps nothing: for {@code validate}. */
    RijOntvanger NIETS = new RijOntvanger() {
        @Override
        public void rij(FormulierRij rij) {
        }
    };

    static MeldingRij alsMelding(FormulierRij r) {
        return new MeldingRij(r.regel(), r.tekst("volgnummer"), r.tekst("onderdeel"), (LocalDate) r.waarde("datum_melding"),
                r.tekst("soort_incident"), r.tekst("categorie_code"), r.tekst("subcategorie"),
                Math.toIntExact(r.getal("aantal_betrokkenen")), r.tekst("soort_onderzoek"), r.tekst("uitkomst"),
                r.tekst("afdoening"), r.tekst("aangifte"), r.tekst("omschrijving"), r.tekst("toelichting_afronding"),
                "ja".equals(r.tekst("publiceerbaar")), Boolean.TRUE.equals(r.gevoeligeTekst()));
    }

    static PersoneelRij alsPersoneel(FormulierRij r) {
        return new PersoneelRij(r.regel(), r.tekst("onderdeel"), r.getal("aantal_medewerkers"),
                (BigDecimal) r.waarde("aantal_fte"), r.getal("aantal_nevenwerkzaamheden"));
    }
}
