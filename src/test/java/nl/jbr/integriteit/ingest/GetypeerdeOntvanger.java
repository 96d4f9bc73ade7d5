package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Test fixture: a {@link RijOntvanger} that hands incidenten and personeel rows on as the typed views
 * {@link MeldingRij} and {@link PersoneelRij}, which the tests compare with hand-computed rows (the pipeline itself
 * stores every form's rows by column name and has no use for them).
 */
public interface GetypeerdeOntvanger extends RijOntvanger {

    @Override
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
