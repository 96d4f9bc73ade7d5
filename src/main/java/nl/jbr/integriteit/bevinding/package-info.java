/**
 * Findings (bevindingen): what the checks of a file report, line by line, with their stable codes and severity. A
 * package of its own, so the readers ({@code ingest/csv}, {@code ingest/xlsx}), the normalisers and the checks do not
 * depend on how feedback is written ({@code feedback}).
 */
package nl.jbr.integriteit.bevinding;
