package nl.jbr.integriteit.ingest;

import java.util.List;

/**
 * What one ingestion found: files seen, how many were new or unchanged, accepted or rejected, rows
 * loaded, and what in the drop folder was ignored.
 */
public record InnameSamenvatting(int gezien, int nieuw, int ongewijzigd, int geaccepteerd, int afgekeurd,
                                 long geladenRegels, List<GenegeerdPad> genegeerd) {

    @Override
    public String toString() {
        return "files seen=" + gezien + ", new=" + nieuw + ", unchanged=" + ongewijzigd + ", accepted=" + geaccepteerd
                + ", rejected=" + afgekeurd + ", rows loaded=" + geladenRegels + ", ignored paths=" + genegeerd.size();
    }
}
