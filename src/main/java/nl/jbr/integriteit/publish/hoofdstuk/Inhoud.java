package nl.jbr.integriteit.publish.hoofdstuk;

import java.util.List;

import nl.jbr.integriteit.publish.pagina.Tabelpagina;
import nl.jbr.integriteit.tabel.TableData;

/** The whole chapter as it is written: the same for the three formats (HTML page, ODT, PDF). */
record Inhoud(int jaar, String titel, String ondertitel, String vrijgave, List<String> inleiding, List<Sectie> secties,
        String bron) {

    /** The document title (PDF metadata, ODT meta, HTML title). */
    String documenttitel() {
        return titel + " " + jaar + " – " + ondertitel;
    }

    /**
     * One table in the chapter: its number on the year page, its rows, the year page's model of it ({@code pagina}, from
     * {@link nl.jbr.integriteit.publish.HtmlPage#tabel}, which the HTML and the PDF print), its chart ({@code null} when
     * it has none), whether only a reference is printed, its CSV, and its chart as a PNG (drawn once for the ODT and the
     * PDF), or {@code null}.
     */
    record Tabel(int nummer, TableData data, Tabelpagina pagina, Grafiek grafiek, boolean verwijzing, String csv,
            byte[] png) {
    }

    /** One section as it is written: heading, paragraphs of generated text, tables. */
    record Sectie(String id, String titel, List<String> alineas, List<Tabel> tabellen) {
    }
}
