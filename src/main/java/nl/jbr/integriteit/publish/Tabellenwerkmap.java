package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.DutchNumbers;
import nl.jbr.integriteit.tabel.Geheim;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Rij;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Stijl;
import nl.jbr.integriteit.uitvoer.werkmap.OdsSchrijver;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;

/**
 * The tables of one year and scope as one workbook, in Excel ({@code .xlsx}) and OpenDocument ({@code .ods}) form
 * (contract 6): a sheet {@code Inhoud}, then one sheet per table with its title, the header row, the rows and the
 * footnotes below. Counts and percentages are numeric cells; a protected cell is the text {@code x}, an empty
 * figure the text {@code –}, exactly as on the HTML page, aligned right as the numbers are. A sheet holds the rows of
 * the table's CSV and no others: an empty table says so in a line below it, not in a row of the table. The Inhoud
 * sheet links to every table's sheet; each table sheet repeats its title and header on every printed page.
 */
public final class Tabellenwerkmap {

    /** Widest column, in characters. */
    static final int MAX_BREEDTE = 60;
    /** The header row of a table sheet (1-based): title, scope, empty, header. */
    public static final int KOPREGEL = 4;

    private final XlsxSchrijver xlsx = new XlsxSchrijver();
    private final OdsSchrijver ods = new OdsSchrijver();

    /** The file name (without extension) of a scope's workbook: {@code tabellen-integriteit-2025[-BZK]}. */
    public static String bestandsnaam(int jaar, String scope) {
        return "tabellen-integriteit-" + jaar + (scope == null ? "" : "-" + scope);
    }

    /**
     * Writes {@code <dir>/<naam>.xlsx} and {@code <dir>/<naam>.ods}; returns both file names.
     *
     * @param naam  e.g. "Rijksoverheid" or the ministry's name, shown under each title
     * @param bron  the source line printed under every table
     */
    public List<String> schrijf(Path dir, String bestandsnaam, int jaar, String naam, String bron, List<TableData> tabellen)
            throws IOException {
        List<Werkblad> bladen = bladen(jaar, naam, bron, tabellen);
        xlsx.schrijf(dir.resolve(bestandsnaam + ".xlsx"), bladen);
        ods.schrijf(dir.resolve(bestandsnaam + ".ods"), bladen);
        return List.of(bestandsnaam + ".xlsx", bestandsnaam + ".ods");
    }

    static List<Werkblad> bladen(int jaar, String naam, String bron, List<TableData> tabellen) {
        Set<String> gebruikt = new HashSet<>();
        String inhoudNaam = Werkblad.bladnaam("Inhoud", gebruikt);
        List<Werkblad> tabelBladen = new ArrayList<>();
        List<Rij> inhoud = new ArrayList<>();
        inhoud.add(Rij.van(Stijl.TITEL, "Integriteit " + jaar + " – " + naam));
        inhoud.add(Rij.van(Stijl.GEWOON, "Jaarrapportage Bedrijfsvoering Rijk " + jaar
                + ": de tabellen over meldingen van (vermoedelijke) integriteitsschendingen en nevenwerkzaamheden."));
        inhoud.add(Rij.van(Stijl.GEWOON));
        inhoud.add(Rij.van(Stijl.KOP, "Tabel", "Blad", "Titel"));
        int nummer = 0;
        for (TableData data : tabellen) {
            nummer++;
            TableDefinition table = data.definitie();
            String bladnaam = Werkblad.bladnaam(table.id(), gebruikt);
            inhoud.add(Rij.van(Stijl.GEWOON, (long) nummer, new Werkblad.Verwijzing(bladnaam, bladnaam), table.titel()));
            tabelBladen.add(tabelblad(bladnaam, nummer, jaar, naam, bron, data));
        }
        inhoud.add(Rij.van(Stijl.GEWOON));
        inhoud.add(Rij.van(Stijl.VOETNOOT, "x: geheim (een klein aantal, afgeschermd om personen te beschermen); "
                + "–: geen cijfer (geen opgave, of een noemer van 0). Getallen zijn getallen: ze kunnen worden opgeteld."));
        inhoud.add(Rij.van(Stijl.VOETNOOT, bron));
        List<Werkblad> bladen = new ArrayList<>();
        bladen.add(new Werkblad(inhoudNaam, inhoud, List.of(8, 34, 90), 0));
        bladen.addAll(tabelBladen);
        return bladen;
    }

    private static Werkblad tabelblad(String bladnaam, int nummer, int jaar, String naam, String bron, TableData data) {
        TableDefinition table = data.definitie();
        List<Rij> rijen = new ArrayList<>();
        rijen.add(Rij.van(Stijl.TITEL, "Tabel " + nummer + ". " + table.titel() + ", " + jaar));
        rijen.add(Rij.van(Stijl.GEWOON, naam));
        rijen.add(Rij.van(Stijl.GEWOON));
        rijen.add(new Rij(Stijl.KOP, table.kolommen().stream().map(k -> (Object) k.titel()).toList()));
        for (List<Cel> row : data.rijen()) {
            List<Object> cellen = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cellen.add(cel(row.get(i), table.kolommen().get(i)));
            }
            rijen.add(new Rij(Stijl.GEWOON, cellen));
        }
        rijen.add(Rij.van(Stijl.GEWOON));
        if (data.rijen().isEmpty()) {
            // below the table, as on the HTML page: the table itself holds the rows of the CSV, none
            rijen.add(Rij.van(Stijl.VOETNOOT, geenGegevens(jaar)));
        }
        int n = 0;
        for (String voetnoot : table.voetnoten()) {
            rijen.add(Rij.van(Stijl.VOETNOOT, ++n + ". " + voetnoot));
        }
        rijen.add(Rij.van(Stijl.VOETNOOT, bron));
        return new Werkblad(bladnaam, rijen, Werkblad.breedtes(rijen, MAX_BREEDTE), KOPREGEL);
    }

    /** The line an empty table gets below it, in the workbook and on the HTML page. */
    public static String geenGegevens(int jaar) {
        return "Geen gegevens over " + jaar + ": de tabel heeft geen rijen.";
    }

    /** A published cell as a workbook cell: numbers stay numbers; x and – are text, aligned right as numbers are. */
    static Object cel(Cel cel, TableDefinition.Kolom kolom) {
        return switch (cel.soort()) {
            case AANTAL -> ((Cel.Aantal) cel).getal();
            case DECIMAAL -> ((Cel.Decimaal) cel).getal();
            case TEKST -> ((Cel.Tekst) cel).tekst();
            case VERBORGEN -> new Werkblad.Rechts(Geheim.MARK);
            case LEEG -> kolom.numeriek() ? new Werkblad.Rechts(DutchNumbers.LEEG) : null;
        };
    }
}
