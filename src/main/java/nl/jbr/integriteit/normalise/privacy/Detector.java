package nl.jbr.integriteit.normalise.privacy;

/** Recognises one kind of personal data in a free text. */
interface Detector {

    Persoonsgegeven soort();

    /**
     * Looks for this kind of personal data; blanks every occurrence found in {@code text}.
     *
     * @param stats cheap character statistics of the original text, used to skip hopeless texts quickly
     * @return whether at least one occurrence was found
     */
    boolean detect(MaskedText text, TextStats stats);
}
