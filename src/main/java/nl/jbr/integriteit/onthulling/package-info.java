/**
 * Disclosure control (onthullingsbeheersing, contract section 8): which published counts about people are too
 * small to publish (primary suppression), which further cells must be hidden so that nobody holding every
 * published table can recompute or narrow them (secondary suppression), and the audit by linear programming
 * that proves it before a year is published.
 *
 * <p>The cells, the relations an attacker can use, and where each cell is published are SQL models
 * ({@code jobs/jaarrapportage/models/40_onthulling/}); this package only reads them, decides and records.
 */
package nl.jbr.integriteit.onthulling;
