package nl.jbr.integriteit.ingest;

/**
 * Something in the drop folder that is not processed, with the reason in Dutch.
 *
 * @param pad   relative to the drop folder
 * @param reden Dutch sentence
 */
public record GenegeerdPad(String pad, String reden) {
}
