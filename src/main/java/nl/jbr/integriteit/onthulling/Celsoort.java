package nl.jbr.integriteit.onthulling;

import java.util.Locale;

/** What kind of figure a logical cell is; decides whether and at what cost it may protect another cell. */
public enum Celsoort {
    /** RIJK meldingen, betrokkenen, aangetoond: never suppressed to protect another cell. */
    RIJK_TOTAAL,
    /** A ministry's meldingen, betrokkenen, aangetoond: only when nothing else can protect. */
    MINISTERIE_TOTAAL,
    /** A rijksbrede breakdown cell (per category, per code-list value). */
    RIJK,
    /** A cell inside a ministry's tables. */
    BINNEN;

    static Celsoort of(String sqlValue) {
        return valueOf(sqlValue.toUpperCase(Locale.ROOT));
    }
}
