package dev.turnout.resolve;

import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The type-name part of the static check (LANGUAGE.md §6.3, §13.5): {@code Unknown type 'X'} for a type name in a
 * transform signature that is neither a builtin nor a TYPE declaration, and {@code Cyclic type reference 'X'} for a
 * union that reaches itself.
 *
 * <p>Used by {@link StaticChecker}. Unknown names are an error only where a signature writes them (§6.3: "unknown
 * type name in a signature", §13.5). A TYPE declaration has no runtime effect (§4.4), so the members of its union
 * are not required to name anything: {@code TYPE User = union Person | Bot} compiles without a Person or Bot, and a
 * signature naming {@code User} passes, since every name it writes is declared. Cycles can only be formed by TYPE
 * unions, so they are looked for in every TYPE declaration, used or not, and each is reported once at the
 * declaration rather than once per signature that reaches it. Builtin names win over TYPE names (a member
 * {@code String} is the builtin even if a TYPE {@code String} exists), which keeps a builtin from ever being part of a
 * cycle. A cycle is reported once, at the member reference that closes it (depth-first search over unions in source
 * order); a member naming no declaration ends that path of the search.
 */
final class StaticTypeRules {

    private static final Set<String> BUILTINS = Set.of("string", "text", "number", "boolean", "any");

    private enum Visit { IN_PROGRESS, DONE }

    private final Map<String, Decl.Type> types = new HashMap<>();
    private final Map<Decl.Type, Visit> visits = new IdentityHashMap<>();
    private final BiConsumer<Span, String> report;

    /** {@code report} receives the span of the offending name and the message. */
    StaticTypeRules(List<Decl> declarations, BiConsumer<Span, String> report) {
        this.report = report;
        for (Decl decl : declarations) {
            // The first declaration of a name is the one references resolve to; repeats are a Duplicate symbol.
            if (decl instanceof Decl.Type type) types.putIfAbsent(type.name(), type);
        }
    }

    static boolean isBuiltin(String name) {
        return BUILTINS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Looks for cycles through the members of one TYPE declaration (no-op for enums); unknown members are allowed. */
    void checkDeclaration(Decl.Type type) {
        if (!type.isEnum() && !visits.containsKey(type)) visitUnion(type);
    }

    /** Checks every type name of a transform signature. */
    void checkSignature(Decl.Signature signature) {
        for (Decl.SigParam param : signature.params()) checkTypeExpr(param.type());
        checkTypeExpr(signature.result());
    }

    private void checkTypeExpr(TypeExpr type) {
        if (type instanceof TypeExpr.Named named) {
            if (!isBuiltin(named.name()) && !types.containsKey(named.name())) {
                report.accept(named.span(), "Unknown type '" + named.name() + "'");
            }
        } else if (type instanceof TypeExpr.Record record) {
            for (TypeExpr.Field field : record.fields()) checkTypeExpr(field.type());
        } else if (type instanceof TypeExpr.ListOf list) {
            checkTypeExpr(list.element());
        } else if (type instanceof TypeExpr.Union union) {
            for (TypeExpr option : union.options()) checkTypeExpr(option);
        }
        // Any and inline Enum hold no type names.
    }

    private void visitUnion(Decl.Type union) {
        visits.put(union, Visit.IN_PROGRESS);
        List<String> members = union.members();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            if (isBuiltin(member)) continue;
            Decl.Type target = types.get(member);
            // An undeclared member is not an error (§4.4, §6.3); it simply leads nowhere.
            if (target == null || target.isEnum()) continue;
            Visit state = visits.get(target);
            if (state == Visit.IN_PROGRESS) {
                report.accept(memberSpan(union, i), "Cyclic type reference '" + member + "'");
            } else if (state == null) {
                visitUnion(target);
            }
        }
        visits.put(union, Visit.DONE);
    }

    private static Span memberSpan(Decl.Type type, int i) {
        List<Span> spans = type.memberSpans();
        return spans != null && i < spans.size() ? spans.get(i) : type.span();
    }
}
