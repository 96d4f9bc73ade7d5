package nl.jbr.integriteit.publish.hoofdstuk;

import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.tabel.TableData;

/** The whole chapter as it is written: the same for the three formats (HTML page, ODT, PDF). */
record Inhoud(int jaar, String titel, String ondertitel, String vrijgave, List<String> inleiding, List<Sectie> secties,
        String bron) {

    /** The document title (PDF metadata, ODT meta, HTML title). */
    String documenttitel() {
        return titel + " " + jaar + " – " + ondertitel;
    }

    /**
     * One table in the chapter: its number on the year page, its rows, whether only a reference is printed, and its
     * chart as a PNG (drawn once for the ODT and the PDF), or {@code null}.
     */
    record Tabel(int nummer, TableData data, Map<String, Object> html, boolean verwijzing, String csv, byte[] png) {
    }

    /** One section as it is written: heading, paragraphs of generated text, tables. */
    record Sectie(String id, String titel, List<String> alineas, List<Tabel> tabellen) {
    }
}
