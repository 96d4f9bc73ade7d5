package nl.jbr.integriteit.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import nl.jbr.integriteit.feedback.Ernst;
import nl.jbr.integriteit.feedback.Finding;
import nl.jbr.integriteit.feedback.FindingCode;

/**
 * The findings of one file, in the order found. Keeps at most {@code maximum} of them (a hostile file
 * could have millions) and then reports how many more there were; fouten are always counted.
 */
final class Bevindingen {

    private final int maximum;
    private final List<Finding> lijst = new ArrayList<>();
    private long fouten;
    private long waarschuwingen;
    private long weggelaten;

    Bevindingen(int maximum) {
        this.maximum = maximum;
    }

    void add(Finding finding) {
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

    void addAll(List<Finding> findings) {
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
    List<Finding> lijst() {
        if (weggelaten == 0) {
            return Collections.unmodifiableList(lijst);
        }
        List<Finding> metSlot = new ArrayList<>(lijst);
        metSlot.add(Finding.bestand(fouten > 0 ? Ernst.FOUT : Ernst.WAARSCHUWING, FindingCode.LIMIET_OVERSCHREDEN,
                "Er zijn nog " + weggelaten + " bevindingen die in deze terugmelding niet zijn opgenomen; "
                        + "herstel eerst de vermelde bevindingen en lever het bestand opnieuw aan."));
        return Collections.unmodifiableList(metSlot);
    }
}
