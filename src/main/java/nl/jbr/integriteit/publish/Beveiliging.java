package nl.jbr.integriteit.publish;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Disclosure control of one year as the publication shows it: the marks, the footnote that explains them, and
 * what the public manifest and BZK's audit report say about it.
 *
 * @param drempel     counts {@code 1 <= n < drempel} are hidden ({@code 1}: protection off)
 * @param primair     logical cells below the threshold
 * @param secundair   logical cells hidden to protect them
 * @param markeringen the published cells shown as {@code x} and the rows withheld
 * @param perTabel    per table id in which something is hidden, what is (queries/onthulling_per_tabel.sql)
 */
record Beveiliging(int drempel, int primair, int secundair, Markeringen markeringen,
                   Map<String, Onderdrukking> perTabel) {

    /** The audit report's entry of one table of the year (all scopes): {@link Onderdrukking} or {@link NietsOnderdrukt}. */
    sealed interface Tabelaudit permits Onderdrukking, NietsOnderdrukt {
    }

    /**
     * What disclosure control hid in a table: published count cells shown as {@code x} because they are below the
     * threshold ({@code primair}) or to protect such a cell ({@code secundair}), derived figures shown as {@code x} with
     * them, rows withheld, and the narrowest audit interval of a primary cell in the table ({@code null}: unbounded or
     * none), in the order of the query's columns.
     */
    record Onderdrukking(long primair, long secundair, long afgeleid,
                         @JsonProperty("rijen_achtergehouden") long rijenAchtergehouden,
                         @JsonProperty("smalste_interval") Double smalsteInterval) implements Tabelaudit {
    }

    /** A table in which nothing is hidden: four zeros and no interval at all (the report has no such key for it). */
    record NietsOnderdrukt(int primair, int secundair, int afgeleid,
                           @JsonProperty("rijen_achtergehouden") int rijenAchtergehouden) implements Tabelaudit {
    }

    static final NietsOnderdrukt NIETS_ONDERDRUKT = new NietsOnderdrukt(0, 0, 0, 0);

    boolean aan() {
        return drempel > 1;
    }

    /** The footnote under every table, in every format. */
    String voetnoot() {
        if (!aan()) {
            return "Onthullingsbeheersing staat uit (drempel 1): kleine aantallen zijn niet afgeschermd.";
        }
        return "x = geheim: een aantal meldingen, betrokkenen of aangetoonde schendingen van minder dan " + drempel
                + " (en meer dan 0), of een cel die is afgeschermd om zo'n aantal te beschermen; een percentage of aantal"
                + " per 1.000 medewerkers dat uit zo'n cel volgt is ook x. Een leeg vak betekent nog steeds: geen opgave.";
    }

    /**
     * What the public manifest says about disclosure control: the threshold and whether it is on, which the footnotes
     * say too. Never how many cells are primary or secondary, nor any interval: with the tables those narrow hidden
     * counts (contract 8).
     */
    Openbaar openbaar() {
        return new Openbaar(drempel, aan() ? "aan" : "uit");
    }

    /** The manifest's {@code onthulling}. */
    record Openbaar(int drempel, String beveiliging) {
    }
}
