package nl.jbr.integriteit.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Disclosure control of one year as the publication shows it: the marks, the footnote that explains them, and
 * what the public manifest and BZK's audit report say about it.
 *
 * @param drempel     counts {@code 1 <= n < drempel} are hidden ({@code 1}: protection off)
 * @param primair     logical cells below the threshold
 * @param secundair   logical cells hidden to protect them
 * @param markeringen the published cells shown as {@code x} and the rows withheld
 * @param perTabel    per table id: {@code primair}, {@code secundair}, {@code afgeleid}, {@code rijen_achtergehouden},
 *                    {@code smalste_interval} (queries/onthulling_per_tabel.sql)
 */
record Beveiliging(int drempel, int primair, int secundair, Markeringen markeringen,
                   Map<String, Map<String, Object>> perTabel) {

    /**
     * The audit report's entry of a table in which nothing is hidden, its counts in the order of the query's columns
     * (an immutable {@code Map.of} iterates in an order that changes from one JVM to the next).
     */
    static final Map<String, Object> NIETS_ONDERDRUKT = nietsOnderdrukt();

    private static Map<String, Object> nietsOnderdrukt() {
        Map<String, Object> tellingen = new LinkedHashMap<>();
        for (String telling : new String[] {"primair", "secundair", "afgeleid", "rijen_achtergehouden"}) {
            tellingen.put(telling, 0);
        }
        return Collections.unmodifiableMap(tellingen);
    }

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
    Map<String, Object> openbaar() {
        Map<String, Object> openbaar = new LinkedHashMap<>();
        openbaar.put("drempel", drempel);
        openbaar.put("beveiliging", aan() ? "aan" : "uit");
        return openbaar;
    }

    /** BZK's summary of disclosure control for the year (beheer/, never public). */
    Map<String, Object> samenvatting() {
        Map<String, Object> samenvatting = new LinkedHashMap<>();
        samenvatting.put("drempel", drempel);
        samenvatting.put("beveiliging", aan() ? "aan" : "uit");
        samenvatting.put("audit", "geslaagd");
        samenvatting.put("cellen_primair", primair);
        samenvatting.put("cellen_secundair", secundair);
        return samenvatting;
    }
}
