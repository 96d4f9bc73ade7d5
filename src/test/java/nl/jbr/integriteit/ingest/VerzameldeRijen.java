package nl.jbr.integriteit.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test helper: a {@link RijOntvanger} that keeps every accepted incident and staff row, in the order they came. */
public final class VerzameldeRijen implements GetypeerdeOntvanger {

    public final List<MeldingRij> meldingen = new ArrayList<>();
    public final List<PersoneelRij> personeel = new ArrayList<>();

    @Override
    public void melding(MeldingRij rij) {
        meldingen.add(rij);
    }

    @Override
    public void personeel(PersoneelRij rij) {
        personeel.add(rij);
    }
}
