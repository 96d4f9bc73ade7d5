package nl.jbr.integriteit.ingest;

import java.util.List;

import nl.jbr.integriteit.bevinding.Machinefout;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;

/**
 * A file whose reading, checking or loading failed in a way no finding describes (an unforeseen error of the pipeline
 * on this file's content): the outcome it gets, the same in a run ({@link Inname}) and in {@code validate}.
 */
public final class OnverwerkbaarBestand {

    private OnverwerkbaarBestand() {
    }

    /**
     * Whether {@code fout}, thrown while one file was read, checked or loaded, is that file's: anything but a fault of
     * the machine ({@link Machinefout}), which stops the run instead.
     */
    public static boolean vanHetBestand(Throwable fout) {
        return !Machinefout.is(fout);
    }

    /**
     * One fout for the whole file, of the forms it was recognised as before it failed ({@code null}: none; then, like
     * an unreadable file, it counts as a rejected attempt at every form).
     */
    public static ValidatieResultaat resultaat(String formulier) {
        Bevinding f = Bevinding.bestand(Ernst.FOUT, BevindingCode.BESTAND_ONVERWERKBAAR, "Het bestand kon niet worden gelezen: "
                + "bij het controleren of opslaan ging iets mis dat niet bij één regel of kolom hoort, dus telt het niet mee "
                + "en blijft een eerder geaccepteerde versie van dit bestand in gebruik; neem contact op met BZK, dat in het "
                + "logboek van de run kan zien wat er gebeurde.");
        return new ValidatieResultaat(formulier, null, 0, 1, 0, List.of(f));
    }

    /** Passes {@code fout} on unchanged when it is unchecked, else wrapped. */
    static RuntimeException doorgeven(Throwable fout) {
        if (fout instanceof RuntimeException r) {
            return r;
        }
        if (fout instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(fout);
    }
}
