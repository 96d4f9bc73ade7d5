package nl.jbr.integriteit.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;

/**
 * The findings of one file, in the order found. Keeps at most {@code maximum} of them (a hostile file
 * could have millions) and then reports how many more there were; fouten are always counted.
 */
final class Bevindingen {

    /** The findings one file may have before the rest are summed up. */
    static final int MAXIMUM = 5_000;

    private final int maximum;
    private final List<Bevinding> lijst = new ArrayList<>();
    private long fouten;
    private long waarschuwingen;
    private long weggelaten;

    Bevindingen(int maximum) {
        this.maximum = maximum;
    }

    void add(Bevinding finding) {
        if (finding.isFout()) {
            fouten++;
        } else {
            waarschuwingen++;
        }
        if (lijst.size() < maximum) {
            lijst.add(finding);
        } else {
            weggelaten++;
        }
    }

    void addAll(List<Bevinding> findings) {
        findings.forEach(this::add);
    }

    boolean heeftFout() {
        return fouten > 0;
    }

    long fouten() {
        return fouten;
    }

    long waarschuwingen() {
        return waarschuwingen;
    }

    /** The findings, with a closing one when some were left out. */
    List<Bevinding> lijst() {
        if (weggelaten == 0) {
            return Collections.unmodifiableList(lijst);
        }
        List<Bevinding> metSlot = new ArrayList<>(lijst);
        metSlot.add(Bevinding.bestand(fouten > 0 ? Ernst.FOUT : Ernst.WAARSCHUWING, BevindingCode.LIMIET_OVERSCHREDEN,
                "Er zijn nog " + weggelaten + " bevindingen die in deze terugmelding niet zijn opgenomen; "
                        + "herstel eerst de vermelde bevindingen en lever het bestand opnieuw aan."));
        return Collections.unmodifiableList(metSlot);
    }
}
