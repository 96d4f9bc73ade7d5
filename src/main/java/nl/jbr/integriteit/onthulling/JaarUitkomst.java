package nl.jbr.integriteit.onthulling;

/**
 * Disclosure control of one year, as recorded for the publication, {@code status} and the manifest.
 *
 * @param jaar      the year
 * @param drempel   the threshold ({@code 1}: protection off)
 * @param geslaagd  the audit protected every primary cell: the year may be published
 * @param reden     why not (Dutch), or {@code null}
 * @param primair   logical cells below the threshold
 * @param secundair logical cells hidden to protect them
 */
public record JaarUitkomst(int jaar, int drempel, boolean geslaagd, String reden, int primair, int secundair) {

    public boolean uit() {
        return drempel <= 1;
    }
}
