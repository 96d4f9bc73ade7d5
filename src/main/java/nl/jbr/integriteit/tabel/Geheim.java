package nl.jbr.integriteit.tabel;

/**
 * A protected cell (contract 8): published as {@code x} ("geheim", as CBS writes it) in every format. The count
 * is too small to publish, or hiding it is needed so that such a count cannot be recomputed.
 */
public enum Geheim {
    X;

    /** The mark in CSV, HTML and workbooks. */
    public static final String MARK = "x";

    @Override
    public String toString() {
        return MARK;
    }
}
