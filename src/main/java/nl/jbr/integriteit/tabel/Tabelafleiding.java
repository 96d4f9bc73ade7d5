package nl.jbr.integriteit.tabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.jbr.integriteit.tabel.TableDefinition.Kolom;
import nl.jbr.integriteit.tabel.TableDefinition.Rol;

/**
 * What follows from the table definitions and is therefore not written by hand: the disclosure mapping (which logical
 * cells each published cell shows or is computed from, {@code onthulling_verwijzing}) and the assertions every table
 * must meet (one row per key; RIJK is the sum where the definition says so). Adding a table folder adds its part of
 * each. The SQL is generated here and run like any model; it names only marts and their columns, which the catalogue
 * checked to be plain identifiers, and the cell expressions of the definitions.
 */
public final class Tabelafleiding {

    /** The table the disclosure mapping fills; the models of {@code 40_onthulling} read it. */
    public static final String VERWIJZING = "onthulling_verwijzing";

    private static final Pattern DEPENDS = Pattern.compile("\\A--\\s*depends:\\s*(.*)$", Pattern.MULTILINE);

    private final List<TableCatalog.Tabelmap> tabellen;

    public Tabelafleiding(List<TableCatalog.Tabelmap> tabellen) {
        this.tabellen = List.copyOf(tabellen);
    }

    /** One generated SQL file: a name to report it by and its text (starting with its {@code -- depends:} line). */
    public record Afgeleid(String naam, String sql) {
    }

    /**
     * The model that builds {@code onthulling_verwijzing}: one branch per protected column of every table (a count is
     * its cell, of {@code terug} years back; a derived figure refers to the cells of the counts it is computed from,
     * and its further cells), one per table shown row by row, then each table's own {@code onthulling.sql} for what
     * the columns cannot say (those that read the mapping itself last).
     */
    public Afgeleid onthullingVerwijzing() {
        Set<String> depends = new TreeSet<>();
        List<String> takken = new ArrayList<>();
        for (TableCatalog.Tabelmap map : tabellen) {
            TableDefinition t = map.definitie();
            for (Kolom k : t.kolommen()) {
                for (String[] cel : cellen(t, k)) {
                    takken.add("SELECT '" + t.id() + "' AS tabel, jaar, scope, sortering, '" + k.naam() + "' AS kolom, '"
                            + cel[0] + "' AS rol, jaar - " + cel[2] + " AS cel_jaar, " + cel[1] + " AS cel FROM " + t.mart());
                    depends.add(t.mart());
                }
            }
            if (t.rij() != null) {
                takken.add("SELECT '" + t.id() + "', jaar, scope, sortering, '*', 'rij', jaar, " + t.rij() + " FROM " + t.mart());
                depends.add(t.mart());
            }
        }
        List<TableCatalog.Tabelmap> eigen = new ArrayList<>(tabellen.stream().filter(m -> m.onthulling() != null).toList());
        // an own mapping that reads the mapping (the trends repeat earlier cells) runs after those that only add to it
        eigen.sort((a, b) -> Boolean.compare(leestVerwijzing(a.onthulling()), leestVerwijzing(b.onthulling())));
        StringBuilder sql = new StringBuilder();
        for (TableCatalog.Tabelmap map : eigen) {
            depends.addAll(depends(map.onthulling()));
        }
        depends.remove(VERWIJZING);
        sql.append("-- depends: ").append(String.join(", ", depends)).append('\n');
        sql.append("-- Generated from the table definitions (tabellen/*/tabel.json, see Tabelafleiding): which logical cells\n"
                + "-- (onthulling_cel) each published cell shows or is computed from. rol 'telling': the cell is that count;\n"
                + "-- 'afgeleid': a figure computed from those counts; 'rij': the whole row is withheld with that cell.\n");
        sql.append("CREATE OR REPLACE TABLE ").append(VERWIJZING)
                .append(" (tabel VARCHAR, jaar INTEGER, scope VARCHAR, sortering BIGINT, kolom VARCHAR, rol VARCHAR,"
                        + " cel_jaar INTEGER, cel VARCHAR);\n");
        if (!takken.isEmpty()) {
            sql.append("INSERT INTO ").append(VERWIJZING).append('\n').append(String.join("\nUNION ALL\n", takken)).append(";\n");
        }
        for (TableCatalog.Tabelmap map : eigen) {
            sql.append("-- ").append(map.definitie().id()).append("/onthulling.sql\n")
                    .append(zonderDepends(map.onthulling()).strip()).append('\n');
        }
        return new Afgeleid("tabellen/*/tabel.json → " + VERWIJZING, sql.toString());
    }

    /** (rol, cell expression, years back) of every cell one column refers to. */
    private static List<String[]> cellen(TableDefinition t, Kolom k) {
        List<String[]> uit = new ArrayList<>();
        if (k.rol() == Rol.TELLING && k.cel() != null) {
            uit.add(new String[] {"telling", k.cel(), Integer.toString(k.jarenTerug())});
        } else if (k.rol() == Rol.AFGELEID) {
            for (String bron : k.uit()) {
                Kolom telling = t.kolom(bron);
                if (telling.cel() != null) {
                    uit.add(new String[] {"afgeleid", telling.cel(), Integer.toString(telling.jarenTerug())});
                }
            }
            for (String cel : k.ook()) {
                uit.add(new String[] {"afgeleid", cel, "0"});
            }
        }
        return uit;
    }

    /**
     * The assertions derived from the definitions, each a query that returns the rows that break it: every mart has one
     * row per (jaar, scope, sortering) and per (jaar, scope, key columns); where {@code rijkIsSom} says so, RIJK is the
     * sum of the ministries, for every count of the table's own year and every plain whole number.
     */
    public List<Afgeleid> asserties() {
        List<String> uniek = new ArrayList<>();
        List<String> som = new ArrayList<>();
        for (TableCatalog.Tabelmap map : tabellen) {
            TableDefinition t = map.definitie();
            uniek.add("SELECT '" + t.id() + "' AS tabel, jaar, scope, CAST(sortering AS VARCHAR) AS rij FROM " + t.mart()
                    + " GROUP BY jaar, scope, sortering HAVING count(*) > 1");
            List<Kolom> sleutel = t.sleutel();
            if (!sleutel.isEmpty()) {
                String kolommen = sleutel.stream().map(Kolom::martKolom).collect(Collectors.joining(", "));
                String tekst = sleutel.stream().map(k -> "CAST(" + k.martKolom() + " AS VARCHAR)")
                        .collect(Collectors.joining(" || '|' || "));
                uniek.add("SELECT '" + t.id() + "', jaar, scope, " + tekst + " FROM " + t.mart() + " GROUP BY jaar, scope, "
                        + kolommen + " HAVING count(*) > 1");
            }
            List<Kolom> sommen = t.kolommen().stream().filter(Tabelafleiding::isSom).toList();
            if (sommen.isEmpty() || sleutel.isEmpty()) {
                continue;
            }
            if (t.rijkIsSom().contains("rij")) {
                String code = sleutel.get(0).martKolom();
                String verschil = sommen.stream().map(k -> "r." + k.martKolom() + " IS DISTINCT FROM m." + k.martKolom())
                        .collect(Collectors.joining(" OR "));
                som.add("SELECT '" + t.id() + "' AS tabel, r.jaar, 'RIJK' AS rij FROM " + t.mart() + " r JOIN (SELECT jaar, "
                        + sommen.stream().map(k -> "sum(" + k.martKolom() + ") AS " + k.martKolom()).collect(Collectors.joining(", "))
                        + " FROM " + t.mart() + " WHERE scope = 'RIJK' AND " + code + " <> 'RIJK' GROUP BY jaar) m ON m.jaar = r.jaar"
                        + " WHERE r.scope = 'RIJK' AND r." + code + " = 'RIJK' AND (" + verschil + ")");
            }
            if (t.rijkIsSom().contains("scopes")) {
                String kolommen = sleutel.stream().map(Kolom::martKolom).collect(Collectors.joining(", "));
                String aan = sleutel.stream().map(k -> "m." + k.martKolom() + " = r." + k.martKolom())
                        .collect(Collectors.joining(" AND "));
                String verschil = sommen.stream().map(k -> "r." + k.martKolom() + " IS DISTINCT FROM m." + k.martKolom())
                        .collect(Collectors.joining(" OR "));
                som.add("SELECT '" + t.id() + "', r.jaar, CAST(r." + sleutel.get(0).martKolom() + " AS VARCHAR) FROM " + t.mart()
                        + " r JOIN (SELECT jaar, " + kolommen + ", "
                        + sommen.stream().map(k -> "sum(" + k.martKolom() + ") AS " + k.martKolom()).collect(Collectors.joining(", "))
                        + " FROM " + t.mart() + " WHERE scope <> 'RIJK' GROUP BY jaar, " + kolommen + ") m ON m.jaar = r.jaar AND "
                        + aan + " WHERE r.scope = 'RIJK' AND (" + verschil + ")");
            }
        }
        List<Afgeleid> uit = new ArrayList<>();
        uit.add(new Afgeleid("tabellen/*/tabel.json → unieke_sleutel", String.join("\nUNION ALL\n", uniek)));
        if (!som.isEmpty()) {
            uit.add(new Afgeleid("tabellen/*/tabel.json → rijk_is_som", String.join("\nUNION ALL\n", som)));
        }
        return uit;
    }

    /** A count of the table's own year, or a plain whole number: what a sum row adds up. */
    private static boolean isSom(Kolom k) {
        return "integer".equals(k.datatype()) && (k.rol() == Rol.GETAL || k.rol() == Rol.TELLING && k.jarenTerug() == 0);
    }

    private static boolean leestVerwijzing(String sql) {
        return Pattern.compile("\\b(FROM|JOIN)\\s+" + VERWIJZING + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find();
    }

    private static Set<String> depends(String sql) {
        Matcher m = DEPENDS.matcher(sql);
        if (!m.find()) {
            throw new IllegalStateException("onthulling.sql does not start with '-- depends: ...'");
        }
        Set<String> namen = new TreeSet<>();
        for (String naam : m.group(1).split(",")) {
            if (!naam.isBlank()) {
                namen.add(naam.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return namen;
    }

    private static String zonderDepends(String sql) {
        return DEPENDS.matcher(sql).replaceFirst("");
    }
}
