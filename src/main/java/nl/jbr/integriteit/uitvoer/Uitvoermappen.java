package nl.jbr.integriteit.uitvoer;

import java.nio.file.Path;

/**
 * The output folder split by audience (contract 6). Only {@code openbaar/} leaves the building; everything in it, in
 * every version it ever held, is public and therefore attacker knowledge:
 * <pre>
 *   openbaar/                 publishers: index.html, &lt;jaar&gt;/, formulieren/
 *   terugmelding/&lt;MIN&gt;/       one ministry's feedback per file and its overview page
 *   beheer/                   BZK: inleverstatus, all feedback at a glance, genegeerd.csv, the disclosure audit per
 *                             year, what changed since a year was vastgesteld, earlier versions of revised years
 * </pre>
 * Nothing in {@code openbaar/} links outside it.
 */
public record Uitvoermappen(Path root) {

    public static final String OPENBAAR = "openbaar";
    public static final String TERUGMELDING = "terugmelding";
    public static final String BEHEER = "beheer";

    public Path openbaar() {
        return root.resolve(OPENBAAR);
    }

    /** {@code openbaar/<jaar>/}: one published year. */
    public Path jaar(int jaar) {
        return openbaar().resolve(Integer.toString(jaar));
    }

    /** {@code openbaar/formulieren/}: the blank registratieformulier. */
    public Path formulieren() {
        return openbaar().resolve("formulieren");
    }

    public Path terugmelding() {
        return root.resolve(TERUGMELDING);
    }

    public Path beheer() {
        return root.resolve(BEHEER);
    }

    /** {@code beheer/inleverstatus/}: who delivered what, per year. */
    public Path inleverstatus() {
        return beheer().resolve("inleverstatus");
    }

    /** {@code beheer/onthulling/}: the disclosure audit report per year. */
    public Path onthulling() {
        return beheer().resolve("onthulling");
    }

    /** {@code beheer/publicatie/}: what each published year was made from, to reuse unchanged sets of tables. */
    public Path publicatie() {
        return beheer().resolve("publicatie");
    }

    /** {@code beheer/versies/<jaar>/}: the earlier published versions of a revised year. */
    public Path versies(int jaar) {
        return beheer().resolve("versies").resolve(Integer.toString(jaar));
    }
}
