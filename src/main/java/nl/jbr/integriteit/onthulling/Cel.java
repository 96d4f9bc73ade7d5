package nl.jbr.integriteit.onthulling;

/**
 * One logical cell of a year (model {@code onthulling_cel}).
 *
 * @param id         {@code <scope>|<dimensie>[|<sleutel>]}
 * @param waarde     the true count
 * @param ondergrens what everyone knows the count is at least, whatever is suppressed
 * @param soort      the kind of figure
 */
public record Cel(String id, long waarde, long ondergrens, Celsoort soort) {
}
