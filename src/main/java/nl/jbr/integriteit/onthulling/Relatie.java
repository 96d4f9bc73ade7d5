package nl.jbr.integriteit.onthulling;

/**
 * One published relation between logical cells: {@code sum(coefficienten[i] x cellen[i]) = 0} ({@code gelijk})
 * or {@code <= 0}.
 *
 * @param naam          the relation's name within its year (model {@code onthulling_relatie})
 * @param gelijk        equality ({@code true}) or at most ({@code false})
 * @param cellen        indexes into the year's cells
 * @param coefficienten one per cell
 */
public record Relatie(String naam, boolean gelijk, int[] cellen, long[] coefficienten) {
}
