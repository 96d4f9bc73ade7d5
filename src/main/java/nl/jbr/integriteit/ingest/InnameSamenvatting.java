package nl.jbr.integriteit.ingest;

import java.util.List;

/**
 * What one ingestion found: files seen, how many were new or unchanged, rows loaded, and what in the drop folder was
 * ignored. Which files count is not the ingestion's to say: {@code warehouse.Bestandentelling} counts it once the
 * staging models have decided.
 */
public record InnameSamenvatting(int gezien, int nieuw, int ongewijzigd, long geladenRegels, List<GenegeerdPad> genegeerd) {

    @Override
    public String toString() {
        return "files seen=" + gezien + ", new=" + nieuw + ", unchanged=" + ongewijzigd
                + ", rows loaded=" + geladenRegels + ", ignored paths=" + genegeerd.size();
    }
}
