package nl.jbr.integriteit.onthulling;

import java.util.BitSet;
import java.util.Optional;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Finds the cheapest other cells to hide so that one cell can move by a given amount while every published
 * relation still holds (the cell-by-cell linear-programming heuristic of Fischetti and Salazar, as in τ-ARGUS's
 * "modular" and sdcTable's methods). Each cell {@code j} gets a change {@code y_j = up_j - down_j}; the changes
 * must keep every relation true and every cell at or above its lower bound; the objective weighs each unit of
 * change by the cost of hiding that cell. The cells that change in the optimum are the ones to suppress: with
 * them hidden, the table where the cell moved by that amount is consistent with what is published.
 */
final class ProtectionLp {

    /** Cost per unit of change of a cell that is already hidden: nearly free. */
    static final double KOSTEN_ONDERDRUKT = 0.001;
    private static final double NUL = 1e-7;

    /**
     * Cells to hide so that cell {@code p} can take the value {@code waarde(p) + delta}, or empty when no
     * choice of cells allowed to be hidden makes that possible.
     */
    Optional<BitSet> aanvulling(Celmodel model, BitSet onderdrukt, int p, double delta) {
        int n = model.grootte();
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Variable[] op = new Variable[n];
        Variable[] neer = new Variable[n];
        for (int j = 0; j < n; j++) {
            Cel cel = model.cel(j);
            if (!beweegbaar(cel, onderdrukt.get(j))) {
                continue;
            }
            double kosten = onderdrukt.get(j) ? KOSTEN_ONDERDRUKT : kosten(cel);
            op[j] = lp.addVariable("op" + j).lower(0).weight(kosten);
            neer[j] = lp.addVariable("neer" + j).lower(0).upper(cel.waarde() - cel.ondergrens()).weight(kosten);
        }
        if (op[p] == null) {
            return Optional.empty();
        }
        op[p].lower(Math.max(delta, 0)).upper(Math.max(delta, 0));
        neer[p].lower(Math.max(-delta, 0)).upper(Math.max(-delta, 0));
        for (int r = 0; r < model.relaties().size(); r++) {
            Relatie relatie = model.relatie(r);
            Expression expression = null;
            long waarde = 0;
            for (int t = 0; t < relatie.cellen().length; t++) {
                int j = relatie.cellen()[t];
                long coefficient = relatie.coefficienten()[t];
                waarde += coefficient * model.cel(j).waarde();
                if (op[j] != null) {
                    if (expression == null) {
                        expression = lp.addExpression("r" + r);
                    }
                    expression.set(op[j], coefficient);
                    expression.set(neer[j], -coefficient);
                }
            }
            if (expression == null) {
                continue;
            }
            if (relatie.gelijk()) {
                expression.level(0);
            } else {
                expression.upper(-waarde); // sum(c x (a + y)) <= 0, and sum(c x a) = waarde
            }
        }
        Optimisation.Result result = lp.minimise();
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        BitSet aanvulling = new BitSet();
        for (int j = 0; j < n; j++) {
            if (op[j] != null && j != p && !onderdrukt.get(j)
                    && (op[j].getValue().doubleValue() > NUL || neer[j].getValue().doubleValue() > NUL)) {
                aanvulling.set(j);
            }
        }
        return Optional.of(aanvulling);
    }

    /** A RIJK total is never hidden to protect another cell (contract 8); one that is itself unsafe moves. */
    private static boolean beweegbaar(Cel cel, boolean onderdrukt) {
        return onderdrukt || cel.soort() != Celsoort.RIJK_TOTAAL;
    }

    /**
     * The cost of hiding a published cell, per unit of change: few and small cells inside a ministry's tables
     * first (a fixed part per cell plus its value), a zero only where no small count will do, a rijksbrede
     * breakdown cell far later, a ministry's total last.
     */
    static double kosten(Cel cel) {
        return switch (cel.soort()) {
            case BINNEN -> cel.waarde() == 0 ? 30 : 10 + cel.waarde();
            case RIJK -> 1_000 + cel.waarde();
            case MINISTERIE_TOTAAL -> 100_000 + cel.waarde();
            case RIJK_TOTAAL -> Double.POSITIVE_INFINITY;
        };
    }
}
