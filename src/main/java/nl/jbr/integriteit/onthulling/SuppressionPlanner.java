package nl.jbr.integriteit.onthulling;

import java.util.BitSet;
import java.util.Optional;

/**
 * Chooses the cells to hide in one year (contract 8): every count {@code 1 <= n < drempel} (primary), then, cell
 * by cell in a fixed order, the cheapest further cells that let it move down to its lower bound and up far
 * enough that its interval is at least {@code drempel} wide and reaches {@code drempel} (secondary). Hiding more
 * only widens intervals, so a cell once protected stays protected. Afterwards the audit checks every primary
 * cell against everything published ({@link IntervalAudit#controleer}); that audit, not this heuristic, decides
 * whether the year may be published.
 * Deterministic: the same cells and relations give the same pattern.
 */
public final class SuppressionPlanner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SuppressionPlanner.class);

    private final IntervalAudit audit;
    private final ProtectionLp protection = new ProtectionLp();

    public SuppressionPlanner(IntervalAudit audit) {
        this.audit = audit;
    }

    private static String namen(Celmodel model, BitSet cellen) {
        return cellen.stream().mapToObj(i -> model.cel(i).id() + "=" + model.cel(i).waarde())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The cells below the threshold: {@code 1 <= waarde < drempel}. */
    public static BitSet primair(Celmodel model, int drempel) {
        BitSet primair = new BitSet();
        for (int i = 0; i < model.grootte(); i++) {
            long waarde = model.cel(i).waarde();
            if (waarde >= 1 && waarde < drempel) {
                primair.set(i);
            }
        }
        return primair;
    }

    /** Every cell to hide: the primary cells and the secondary ones chosen to protect them. */
    public BitSet plan(Celmodel model, int drempel) {
        return plan(model, drempel, new BitSet());
    }

    /**
     * As {@link #plan(Celmodel, int)}, with {@code vast} hidden from the start whatever their value: the cells an
     * earlier published version of the year hid (shown now, they would give away what that version protected).
     */
    public BitSet plan(Celmodel model, int drempel, BitSet vast) {
        BitSet primair = primair(model, drempel);
        BitSet onderdrukt = (BitSet) primair.clone();
        onderdrukt.or(vast);
        for (int p = primair.nextSetBit(0); p >= 0; p = primair.nextSetBit(p + 1)) {
            Interval interval = audit.interval(model, onderdrukt, p);
            if (interval.beschermt(drempel)) {
                continue;
            }
            Cel cel = model.cel(p);
            // Down to the lower bound and up to drempel + ondergrens spans drempel; without the way down, up by drempel.
            boolean omlaag = interval.min() <= cel.ondergrens() + Interval.EPSILON;
            if (!omlaag) {
                Optional<BitSet> neer = protection.aanvulling(model, onderdrukt, p, -(cel.waarde() - cel.ondergrens()));
                neer.ifPresent(onderdrukt::or);
                omlaag = neer.isPresent();
                log.debug("{} {} down: {}", model.jaar(), cel.id(), neer.map(b -> namen(model, b)).orElse("impossible"));
            }
            double omhoog = omlaag ? drempel + cel.ondergrens() - cel.waarde() : drempel;
            if (interval.max() < cel.waarde() + omhoog - Interval.EPSILON) {
                Optional<BitSet> op = protection.aanvulling(model, onderdrukt, p, omhoog);
                op.ifPresent(onderdrukt::or);
                log.debug("{} {} up {}: {}", model.jaar(), cel.id(), omhoog, op.map(b -> namen(model, b)).orElse("impossible"));
            }
        }
        return onderdrukt;
    }
}
