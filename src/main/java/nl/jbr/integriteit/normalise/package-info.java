/**
 * Normalising what ministries write (contract sections 3 and 4).
 *
 * <ul>
 * <li>{@link nl.jbr.integriteit.normalise.TextKey}: the one matching key for headers and code-list values.</li>
 * <li>{@link nl.jbr.integriteit.normalise.CodeLijsten}: code-list values ({@code input-schemas/codelijsten.csv})
 * matched exactly, with small typing errors (warning) or refused with a suggestion (fout).</li>
 * <li>{@link nl.jbr.integriteit.normalise.CategorieNormaliser}: the categorie and subcategorie of a melding onto
 * the rijksbrede typering a..i. All category knowledge is data: {@code input-schemas/categorieen.csv},
 * {@code subcategorieen.csv}, {@code categorie-varianten.csv}, {@code subcategorie-varianten.csv}.</li>
 * </ul>
 *
 * Both matchers are thread-safe and cache their results per distinct input (bounded), so a million rows with
 * few distinct values cost little.
 */
package nl.jbr.integriteit.normalise;
