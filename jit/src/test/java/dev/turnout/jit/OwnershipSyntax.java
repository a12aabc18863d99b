package dev.turnout.jit;

import static dev.turnout.jit.OwnershipModel.*;

import java.util.List;

/**
 * The statements and expressions {@link OwnershipProperties} generates: each renders itself as Branchline text
 * ({@code text()}), and {@link OwnershipModel.Model} runs them with always-copy semantics.
 */
final class OwnershipSyntax {
    private OwnershipSyntax() {}

    interface Expr {
        String text();
    }

    /** A literal value; every evaluation builds a fresh one. */
    record Lit(Object value) implements Expr {
        public String text() {
            return literal(value);
        }
    }

    record Ref(String name) implements Expr {
        public String text() {
            return name;
        }
    }

    /** One path segment: the key it stands for (a String key or a Long index) and how it is written. */
    record Seg(Object key, String text) {}

    record Read(String root, List<Seg> segs) implements Expr {
        public String text() {
            return root + segsText(segs);
        }
    }

    /** A call: a library function (APPEND, PREPEND, PUT, DELETE), a FUNC (wrap, push), pushL or a reader lambda. */
    record Call(String fn, List<Expr> args) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder(fn).append('(');
            for (int i = 0; i < args.size(); i++) out.append(i == 0 ? "" : ", ").append(args.get(i).text());
            return out.append(')').toString();
        }
    }

    record Len(Expr of) implements Expr {
        public String text() {
            return "LENGTH(" + of.text() + ")";
        }
    }

    /** {@code ("" + e)}: the text conversion of LANGUAGE.md §5.6. */
    record Str(Expr of) implements Expr {
        public String text() {
            return "(\"\" + " + of.text() + ")";
        }
    }

    record Eq(Expr left, Expr right) implements Expr {
        public String text() {
            return "(" + left.text() + " == " + right.text() + ")";
        }
    }

    record Arr(List<Expr> items) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) out.append(i == 0 ? "" : ", ").append(items.get(i).text());
            return out.append(']').toString();
        }
    }

    record Obj(List<String> keys, List<Expr> values) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder("{ ");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(values.get(i).text());
            }
            return out.append(" }").toString();
        }
    }

    interface Stmt {
        String text(String indent);
    }

    record Let(String name, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = " + value.text() + "\n";
        }
    }

    record SetVar(String name, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "SET " + name + " = " + value.text() + "\n";
        }
    }

    record SetPath(String root, List<Seg> segs, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "SET " + root + segsText(segs) + " = " + value.text() + "\n";
        }
    }

    /** APPEND TO root[segs] (value): the value is parenthesised so that a leading {@code [} is not an index. */
    record AppendTo(String root, List<Seg> segs, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "APPEND TO " + root + segsText(segs) + " (" + value.text() + ")\n";
        }
    }

    record Modify(String root, List<Seg> segs, List<String> keys, List<Expr> values) implements Stmt {
        public String text(String indent) {
            StringBuilder out = new StringBuilder(indent).append("MODIFY ").append(root).append(segsText(segs))
                    .append(" { ");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(values.get(i).text());
            }
            return out.append(" }\n").toString();
        }
    }

    /** {@code SET s = s + piece}, the string-accumulation shape. */
    record Accumulate(String name, Expr piece) implements Stmt {
        public String text(String indent) {
            String p = piece instanceof Lit || piece instanceof Ref || piece instanceof Call || piece instanceof Len
                    || piece instanceof Str ? piece.text() : "(" + piece.text() + ")";
            return indent + "SET " + name + " = " + name + " + " + p + "\n";
        }
    }

    /** {@code LET f = () -> (body)}: reads the variables it captures when it is called, not when it is made. */
    record LetReader(String name, Expr body) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = () -> (" + body.text() + ")\n";
        }
    }

    /** A lambda whose body updates a captured variable with its argument; called only as a statement. */
    record LetUpdater(String name, String param, Stmt body) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = (" + param + ") -> {\n" + body.text(indent + "    ") + indent
                    + "    RETURN 0\n" + indent + "}\n";
        }
    }

    record CallUpdater(String name, Expr arg) implements Stmt {
        public String text(String indent) {
            return indent + name + "(" + arg.text() + ")\n";
        }
    }

    record For(String var, Expr iterable, List<Stmt> body) implements Stmt {
        public String text(String indent) {
            StringBuilder out = new StringBuilder(indent).append("FOR EACH ").append(var).append(" IN ")
                    .append(iterable.text()).append(" {\n");
            for (Stmt s : body) out.append(s.text(indent + "    "));
            return out.append(indent).append("}\n").toString();
        }
    }

    static String segsText(List<Seg> segs) {
        StringBuilder out = new StringBuilder();
        for (Seg s : segs) out.append(s.text());
        return out.toString();
    }

}
