package nl.jbr.integriteit.opdracht;

import java.nio.file.Path;
import java.sql.SQLException;

import nl.jbr.integriteit.bevinding.Machinefout;

/**
 * One Dutch sentence for an operator error or fault (full disk, read-only or damaged data directory, a job
 * repository held by another process), never the raw exception text: the log file keeps the exception itself.
 */
public final class Foutmelding {

    private Foutmelding() {
    }

    /** Thrown where the pipeline itself knows the sentence: its message is for the operator (Dutch). */
    public static final class Zin extends RuntimeException {
        public Zin(String zin, Throwable oorzaak) {
            super(zin, oorzaak);
        }
    }

    /** The sentence for {@code fout}; {@code data} names where the log file is. */
    public static String zin(Throwable fout, Path data) {
        String logboek = data.toAbsolutePath().resolve("logs").resolve("jbr-integriteit.log").toString();
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Zin || t instanceof nl.jbr.integriteit.uitvoer.GeweigerdPad
                    || t instanceof nl.jbr.integriteit.uitvoer.Uitvoerfout
                    || t instanceof nl.jbr.integriteit.vaststelling.VaststellingFout) {
                return t.getMessage();
            }
        }
        String alles = keten(fout);
        if (Machinefout.schijfVol(fout)) {
            return "schijf vol: schrijven mislukte (details in " + logboek + "); maak ruimte en start de run opnieuw. "
                    + "Wat nog niet gepubliceerd was, is niet gepubliceerd: de vorige publicatie blijft.";
        }
        if (Machinefout.nietBeschrijfbaar(fout)) {
            return "de datamap " + data.toAbsolutePath() + " is niet beschrijfbaar (alleen-lezen of geen rechten); "
                    + "geef de dienstgebruiker schrijfrechten en start opnieuw.";
        }
        Integer h2 = h2Code(fout);
        if (h2 != null && h2 == 90020 || alles.contains("database may be already in use")
                || alles.contains("could not set lock on file")) {
            return "de staat in " + data.toAbsolutePath() + " is in gebruik door een ander proces (een lopende run of "
                    + "serve); probeer het over een minuut opnieuw.";
        }
        if (h2 != null && h2 == 28000) {
            return "het wachtwoord van de jobrepository klopt niet (" + data.toAbsolutePath().resolve("jobrepository")
                    .resolve(".wachtwoord") + "); zie README, Beheer.";
        }
        if (h2 != null && (h2 == 90028 || h2 == 90030 || h2 == 90048 || h2 == 50000 && alles.contains("corrupt"))
                || alles.contains("mvstoreexception")
                || alles.contains("file corrupted") || alles.contains("not a valid duckdb database")
                || alles.contains("corrupt") || alles.contains("serialization error") || alles.contains("invalid database")) {
            return "de staat in de datamap " + data.toAbsolutePath() + " is beschadigd; zet een back-up terug of volg "
                    + "het herstel in de README, Beheer (details in " + logboek + ").";
        }
        return "onverwachte fout (" + fout.getClass().getSimpleName() + "); de details staan in " + logboek + ".";
    }

    /**
     * The sentence for {@code fout} of a command that keeps no log file ({@code formulier}, {@code validate}) while it
     * writes or reads {@code bestand}: it names the folder or file concerned, never a log file.
     */
    public static String zonderLogboek(Throwable fout, Path bestand) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Zin) {
                return t.getMessage();
            }
        }
        if (bestand != null) {
            // the nearest existing folder on the way to the file: a file there means the path cannot be made
            for (Path p = bestand.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                if (java.nio.file.Files.exists(p)) {
                    if (!java.nio.file.Files.isDirectory(p)) {
                        return p + " is een bestand, geen map; kies met --uit een bestand in een map.";
                    }
                    break;
                }
            }
        }
        if (Machinefout.schijfVol(fout)) {
            return "de schijf is vol; maak ruimte en probeer het opnieuw.";
        }
        if (Machinefout.nietBeschrijfbaar(fout) && bestand != null) {
            return "de map " + bestand.toAbsolutePath().getParent() + " is niet beschrijfbaar (alleen-lezen of geen "
                    + "rechten); kies met --uit een andere plaats.";
        }
        return "onverwachte fout (" + fout.getClass().getSimpleName() + "); probeer het opnieuw en meld het aan de "
                + "beheerder als het blijft gebeuren.";
    }

    private static String keten(Throwable fout) {
        return Machinefout.keten(fout);
    }

    private static Integer h2Code(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getClass().getName().startsWith("org.h2.")) {
                return s.getErrorCode();
            }
        }
        return null;
    }
}
