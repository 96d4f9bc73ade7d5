package nl.jbr.integriteit.normalise;

/**
 * One of the nine categories of the rijksbrede typering (contract section 4).
 *
 * @param code 'a' .. 'i'
 * @param naam the published label
 */
public record Categorie(String code, String naam) {
}
