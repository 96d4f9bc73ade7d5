package nl.jbr.integriteit.onthulling;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker's view, as τ-ARGUS audits it: for a suppressed cell, the smallest and largest value it can have
 * in any table (of real numbers, each cell at least its lower bound) that agrees with every published cell and
 * every published relation. Two linear programs per cell, over the suppressed cells linked to it (published
 * cells are constants; cells in other components cannot move it).
 */
public final class IntervalAudit {

    /** Audits a suppression pattern: the interval of every primary cell, and which of them it does not protect. */
    public Onderdrukking controleer(Celmodel model, BitSet primair, BitSet onderdrukt, int drempel) {
        Map<Integer, Interval> intervallen = new LinkedHashMap<>();
        BitSet onveilig = new BitSet();
        for (int p = primair.nextSetBit(0); p >= 0; p = primair.nextSetBit(p + 1)) {
            Interval interval = interval(model, onderdrukt, p);
            intervallen.put(p, interval);
            if (!interval.beschermt(drempel)) {
                onveilig.set(p);
            }
        }
        return new Onderdrukking(model, primair, onderdrukt, intervallen, onveilig);
    }

    /** The interval of cell {@code p} given which cells are suppressed. {@code p} must be suppressed. */
    public Interval interval(Celmodel model, BitSet onderdrukt, int p) {
        if (!onderdrukt.get(p)) {
            long waarde = model.cel(p).waarde();
            return new Interval(waarde, waarde);
        }
        List<Integer> component = component(model, onderdrukt, p);
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Map<Integer, Variable> variabelen = new LinkedHashMap<>();
        for (int cel : component) {
            variabelen.put(cel, lp.addVariable("c" + cel).lower(model.cel(cel).ondergrens()));
        }
        BitSet gezien = new BitSet();
        for (int cel : component) {
            for (int r : model.relatiesVan(cel)) {
                if (gezien.get(r)) {
                    continue;
                }
                gezien.set(r);
                Relatie relatie = model.relatie(r);
                Expression expression = lp.addExpression("r" + r);
                long constant = 0;
                for (int t = 0; t < relatie.cellen().length; t++) {
                    int term = relatie.cellen()[t];
                    long coefficient = relatie.coefficienten()[t];
                    if (onderdrukt.get(term)) {
                        expression.set(variabelen.get(term), coefficient);
                    } else {
                        constant += coefficient * model.cel(term).waarde();
                    }
                }
                if (relatie.gelijk()) {
                    expression.level(-constant);
                } else {
                    expression.upper(-constant);
                }
            }
        }
        variabelen.get(p).weight(1);
        Optimisation.Result min = lp.minimise();
        Optimisation.Result max = lp.maximise();
        double ondergrens = min.getState().isFeasible() ? min.getValue() : model.cel(p).waarde();
        double bovengrens = max.getState() == Optimisation.State.UNBOUNDED ? Double.POSITIVE_INFINITY
                : max.getState().isFeasible() ? max.getValue() : model.cel(p).waarde();
        return new Interval(ondergrens, bovengrens);
    }

    /** The suppressed cells reachable from {@code p} through relations, in index order. */
    static List<Integer> component(Celmodel model, BitSet onderdrukt, int p) {
        BitSet in = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        in.set(p);
        todo.add(p);
        BitSet relatiesGezien = new BitSet();
        while (!todo.isEmpty()) {
            int cel = todo.poll();
            for (int r : model.relatiesVan(cel)) {
                if (relatiesGezien.get(r)) {
                    continue;
                }
                relatiesGezien.set(r);
                for (int ander : model.relatie(r).cellen()) {
                    if (onderdrukt.get(ander) && !in.get(ander)) {
                        in.set(ander);
                        todo.add(ander);
                    }
                }
            }
        }
        List<Integer> component = new ArrayList<>();
        in.stream().forEach(component::add);
        return component;
    }
}
