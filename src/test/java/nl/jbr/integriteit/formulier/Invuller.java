package nl.jbr.integriteit.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.ingest.xlsx.Grenzen;
import nl.jbr.integriteit.ingest.xlsx.WerkmapFout;
import nl.jbr.integriteit.ingest.xlsx.XlsxReader;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;
import nl.jbr.integriteit.schema.Kolom;

/** Fills in a generated registratieformulier the way a coordinator would: only values from its own drop-downs. */
public final class Invuller {

    private Invuller() {
    }

    /** One filled-in row: list values cycle by row number, subcategories follow the row's category. */
    public static String rij(int r, List<Kolom> kolommen, int i, Map<String, List<String>> lijsten) {
        StringBuilder out = new StringBuilder("<row r=\"" + r + "\">");
        String categorie = null;
        for (int k = 0; k < kolommen.size(); k++) {
            Kolom kolom = kolommen.get(k);
            String ref = XlsxSchrijver.kolomLetters(k) + r;
            String tekst = null;
            String getal = null;
            boolean datum = false;
            switch (kolom.type()) {
                case CODELIJST -> tekst = kies(lijsten.get(kolom.codelijst()), i);
                case CATEGORIE -> {
                    tekst = kies(lijsten.get("categorie"), i);
                    categorie = tekst.substring(0, 1);
                }
                case SUBCATEGORIE -> tekst = kies(lijsten.get("Sub_" + categorie), i / 9);
                case GEHEEL_GETAL -> getal = Long.toString((kolom.minimum() == null ? 0 : kolom.minimum()) + i % 3 + 10);
                case DECIMAAL -> getal = "9.5";
                case DATUM -> {
                    getal = Long.toString(45658 + i); // 2025-01-01 onwards
                    datum = true;
                }
                case TEKST -> tekst = kolom.naam().equals("volgnummer") ? "2025-" + (1000 + i) : "Directie " + (char) ('A' + i % 26) + (i / 26);
                default -> tekst = "Afgehandeld volgens de regeling.";
            }
            if (tekst != null) {
                out.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(tekst.replace("&", "&amp;"))
                        .append("</t></is></c>");
            } else {
                out.append("<c r=\"").append(ref).append('"').append(datum ? " s=\"5\"" : "").append("><v>").append(getal).append("</v></c>");
            }
        }
        return out.append("</row>").toString();
    }

    private static String kies(List<String> waarden, int i) {
        return waarden.get(i % waarden.size());
    }

    /** The drop-down lists as the generated file holds them (hidden sheet Lijsten, one column per list). */
    public static Map<String, List<String>> lijsten(Path werkmap) throws IOException, WerkmapFout {
        Map<Integer, String> namen = new LinkedHashMap<>();
        Map<String, List<String>> lijsten = new LinkedHashMap<>();
        try (XlsxReader lezer = XlsxReader.open(werkmap, Grenzen.van(new JbrProperties.Limits(104_857_600, 100_000, 2_000_000, 200)))) {
            XlsxReader.Blad blad = lezer.bladen().stream().filter(b -> b.naam().equals(Registratieformulier.LIJSTEN)).findFirst().orElseThrow();
            assertThat(blad.verborgen()).isTrue();
            lezer.lees(blad, (rijnummer, cellen) -> {
                for (XlsxReader.Cel cel : cellen) {
                    if (rijnummer == 1) {
                        String naam = cel.tekst().substring("lijst ".length());
                        namen.put(cel.kolom(), naam);
                        lijsten.put(naam, new ArrayList<>());
                    } else {
                        lijsten.get(namen.get(cel.kolom())).add(cel.tekst());
                    }
                }
            });
        }
        return lijsten;
    }

    /** A copy of the workbook with rows added at the end of sheetData of the given sheets. */
    public static Path vulIn(Path bron, Path doel, Map<String, String> rijen) throws IOException {
        Files.createDirectories(doel.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(bron.toFile()); ZipOutputStream uit = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String inhoud = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (rijen.containsKey(entry.getName())) {
                    inhoud = inhoud.replace("</sheetData>", rijen.get(entry.getName()) + "</sheetData>");
                }
                uit.putNextEntry(new ZipEntry(entry.getName()));
                uit.write(inhoud.getBytes(StandardCharsets.UTF_8));
                uit.closeEntry();
            }
        }
        return Files.write(doel, bytes.toByteArray());
    }

}
