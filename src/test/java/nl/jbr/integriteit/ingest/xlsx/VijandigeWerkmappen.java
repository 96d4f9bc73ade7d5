package nl.jbr.integriteit.ingest.xlsx;

import static nl.jbr.integriteit.ingest.xlsx.TestWerkmap.rij;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hostile workbooks (issue 11 item 2), made when the test runs. Each is a complete, otherwise plausible workbook
 * with a personeel or incidenten sheet, so that only its hostile part can be the reason it is refused.
 */
public final class VijandigeWerkmappen {

    private VijandigeWerkmappen() {
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** A valid personeel sheet. */
    public static TestWerkmap personeel(String onderdeel) {
        return new TestWerkmap().blad("Personeel", rij(1, "Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"),
                rij(2, onderdeel, 120, 4));
    }

    /** 2 GiB of spaces in the first sheet: a file of about 2 MB. */
    public static TestWerkmap zipBom() {
        return personeel("Zip-bom").opvulling(2048);
    }

    /** An external entity reading /etc/passwd, used as a sheet name. */
    public static TestWerkmap xxe() {
        return new TestWerkmap().workbookProlog("<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .blad("&xxe;", rij(1, "Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"), rij(2, "XXE", 1, 0));
    }

    /** Ten levels of ten entities in the shared strings: 10^10 "lol"s if expanded. */
    public static TestWerkmap miljardLachjes() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol10;</t></si></sst>");
        return personeel("Lachjes").gedeeldXml(dtd.toString());
    }

    /** {@code bladen} sheets, the first one a valid personeel form. */
    public static TestWerkmap veelBladen(int bladen) {
        TestWerkmap werkmap = personeel("Veel bladen");
        for (int i = 2; i <= bladen; i++) {
            werkmap.blad("Blad" + i, rij(1, "leeg"));
        }
        return werkmap;
    }

    /** An incidenten sheet of {@code rijen} rows by 10 columns: {@code rijen * 10} cells. */
    public static TestWerkmap cellen(int rijen, String volgnummerVoorvoegsel) {
        StringBuilder data = new StringBuilder(rij(1, "Volgnummer", "Onderdeel", "Datum melding", "Soort incident", "Categorie",
                "Aantal betrokkenen", "Soort onderzoek", "Uitkomst", "Afdoening", "Aangifte"));
        for (int r = 2; r <= rijen + 1; r++) {
            data.append(rij(r, volgnummerVoorvoegsel + r, "Directie Cellen", "<c r=\"@\" s=\"1\"><v>45352</v></c>", "integriteitsschending",
                    "g", 1, "intern", "niet aangetoond", "geen", "nee"));
        }
        return new TestWerkmap().blad("Incidenten", data.toString());
    }

    /** A workbook with macros (.xlsm): a vbaProject.bin beside a valid sheet. */
    public static TestWerkmap metMacros() {
        return personeel("Macro").deel("xl/vbaProject.bin", "Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nEnd Sub\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A chart sheet beside a valid incidenten sheet: the chart is skipped, the form read. */
    public static TestWerkmap metGrafiek(String volgnummer) {
        return new TestWerkmap().grafiek("Grafiek 1").blad("Incidenten", rij(1, "Volgnummer", "Onderdeel", "Categorie"),
                rij(2, volgnummer, "Directie Grafiek", "g"));
    }

    /** An OLE2 compound file whose directory names the streams of an encrypted (password-protected) .xlsx. */
    public static byte[] metWachtwoord() {
        return ole2("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces");
    }

    /** An OLE2 compound file whose directory names a Workbook stream: an Excel 97-2003 .xls. */
    public static byte[] xls() {
        return ole2("Workbook", "\u0005SummaryInformation");
    }

    /** A 512-byte OLE2 header, then directory entries (128 bytes each, name in UTF-16LE) as in a real file. */
    private static byte[] ole2(String... stromen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] kop = new byte[512];
        System.arraycopy(OLE2, 0, kop, 0, 8);
        kop[0x1A] = 3; // minor/major version 3
        kop[0x1C] = (byte) 0xFE;
        kop[0x1D] = (byte) 0xFF; // little endian
        out.writeBytes(kop);
        out.writeBytes(richting("Root Entry"));
        for (String stroom : stromen) {
            out.writeBytes(richting(stroom));
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static byte[] richting(String naam) {
        byte[] entry = new byte[128];
        byte[] utf16 = (naam + "\0").getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, entry, 0, Math.min(64, utf16.length));
        entry[64] = (byte) Math.min(64, utf16.length);
        return entry;
    }
}
