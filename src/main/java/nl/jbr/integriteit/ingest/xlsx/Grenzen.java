package nl.jbr.integriteit.ingest.xlsx;

/**
 * The limits a workbook is read within; every one is enforced while streaming, before the data is in memory.
 *
 * @param maxBestandBytes     the file itself (as for CSV: {@code jbr.limits.max-file-bytes})
 * @param maxUitgepaktBytes   all XML parts together, uncompressed
 * @param maxVerhouding       uncompressed / compressed per part, checked once a part has given more than a megabyte
 * @param maxCellen           non-empty cells in the whole workbook
 * @param maxRijen            rows per sheet ({@code jbr.limits.max-rows})
 * @param maxKolommen         columns ({@code jbr.limits.max-fields})
 * @param maxCeltekens        characters in one cell ({@code jbr.limits.max-line-chars})
 * @param maxBladen           sheets in the workbook
 */
public record Grenzen(long maxBestandBytes, long maxUitgepaktBytes, long maxVerhouding, long maxCellen, long maxRijen,
        int maxKolommen, int maxCeltekens, int maxBladen) {

    /** Fixed limits: uncompressed at most 4 times the file limit, ratio 200, 5,000,000 cells, 50 sheets. */
    public static Grenzen van(nl.jbr.integriteit.instellingen.JbrProperties.Limits limits) {
        return new Grenzen(limits.maxFileBytes(), 4 * limits.maxFileBytes(), 200, 5_000_000, limits.maxRows(),
                limits.maxFields(), limits.maxLineChars(), 50);
    }
}
