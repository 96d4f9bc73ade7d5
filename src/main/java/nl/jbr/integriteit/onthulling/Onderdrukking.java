package nl.jbr.integriteit.onthulling;

import java.util.BitSet;
import java.util.Map;

/**
 * The suppression pattern of one year and its audit.
 *
 * @param model      the year's cells and relations
 * @param primair    cells below the threshold
 * @param onderdrukt all hidden cells (primary and secondary)
 * @param intervallen the audit interval of every primary cell
 * @param onveilig   the primary cells whose interval does not protect them (empty: the year may be published)
 */
public record Onderdrukking(Celmodel model, BitSet primair, BitSet onderdrukt, Map<Integer, Interval> intervallen,
                            BitSet onveilig) {

    public int aantalPrimair() {
        return primair.cardinality();
    }

    public int aantalSecundair() {
        return onderdrukt.cardinality() - primair.cardinality();
    }

    public boolean geslaagd() {
        return onveilig.isEmpty();
    }
}
