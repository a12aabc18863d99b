package dev.turnout.compiler;

import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.runtime.PathUpdates;
import dev.turnout.syntax.ast.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A SET or APPEND TO path target (LANGUAGE.md §7.2, §7.3) taken apart: the root variable, the literal segments,
 * and the expressions of the dynamic segments ({@code [e]}, and {@code .[a.b]} whose key is the value of the path
 * {@code a.b}), in source order.
 */
record PathTarget(PathDescriptor.Operation operation, String rootName, PathDescriptor descriptor, List<Expr> dynamicKeys) {

    static PathTarget of(Expr target, PathDescriptor.Operation operation, boolean hasInit) {
        List<Expr> steps = new ArrayList<>();
        Expr node = target;
        while (!(node instanceof Expr.Name)) {
            steps.add(node);
            if (node instanceof Expr.Member m) node = m.target();
            else if (node instanceof Expr.IndexConst i) node = i.target();
            else if (node instanceof Expr.DynPath d) node = d.target();
            else if (node instanceof Expr.Index i) node = i.target();
            else throw new IllegalArgumentException(operation.text() + " target must be identifier or path");
        }
        Collections.reverse(steps);
        String root = ((Expr.Name) node).name();
        Object[] keys = new Object[steps.size()];
        byte[] kinds = new byte[steps.size()];
        List<Expr> dynamic = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Expr step = steps.get(i);
            if (step instanceof Expr.Member m) {
                keys[i] = m.name().intern();
                kinds[i] = PathUpdates.NAME;
            } else if (step instanceof Expr.IndexConst c) {
                keys[i] = c.index();
                kinds[i] = PathUpdates.INDEX;
            } else if (step instanceof Expr.DynPath d) {
                kinds[i] = PathUpdates.DYNAMIC;
                dynamic.add(dynPathKey(d));
            } else {
                kinds[i] = PathUpdates.DYNAMIC;
                dynamic.add(((Expr.Index) step).index());
            }
        }
        return new PathTarget(operation, root,
                new PathDescriptor(operation, root, keys, kinds, dynamic.size(), hasInit), List.copyOf(dynamic));
    }

    /** The root variable's name of a SET/APPEND TO target (a name or a path), or null for any other expression. */
    static String rootName(Expr target) {
        Expr node = target;
        while (!(node instanceof Expr.Name)) {
            if (node instanceof Expr.Member m) node = m.target();
            else if (node instanceof Expr.IndexConst i) node = i.target();
            else if (node instanceof Expr.DynPath d) node = d.target();
            else if (node instanceof Expr.Index i) node = i.target();
            else return null;
        }
        return ((Expr.Name) node).name();
    }

    /** The key expression of {@code .[a.b.0]}: the path {@code a.b.0} read as an ordinary expression. */
    static Expr dynPathKey(Expr.DynPath d) {
        Expr key = new Expr.Name(d.pathSpan(), (String) d.path().get(0));
        for (int i = 1; i < d.path().size(); i++) {
            Object segment = d.path().get(i);
            key = segment instanceof Long n ? new Expr.IndexConst(d.pathSpan(), key, n)
                    : new Expr.Member(d.pathSpan(), key, (String) segment);
        }
        return key;
    }
}
