package dev.turnout.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StaticChecker} rules for declarations and types (LANGUAGE.md §4.1, §13.5): a program needs a TRANSFORM,
 * duplicate symbols across kinds, shared writes, unknown type names in signatures (but not in TYPE unions, §4.4),
 * cyclic unions, and how
 * violations are reported (source order, file and source line); expression statements are not checked.
 * Each test writes the program text, then builds the AST by hand with {@link StaticCheckerFixture}, so the expected
 * {@code line:col} values are those of the source.
 */
class StaticCheckerDeclarationTest extends StaticCheckerFixture {

    // ----- program, declarations -----

    @Test
    void programWithoutTransform_isReportedAt1_1() {
        program("FUNC f(a) = a\n");
        assertEquals(List.of("1:1 Program must declare at least one TRANSFORM block"),
                check(func("f", 1, List.of("a"), name("a", 2))));
    }

    @Test
    void emptyProgram_isReportedLikeAProgramWithoutTransform() {
        program("");
        assertEquals(List.of("1:1 Program must declare at least one TRANSFORM block"), check());
    }

    @Test
    void duplicateFunc_isReportedAtEarlierDeclarationName() {
        program("TRANSFORM { }\nFUNC f(a) = a\nFUNC f(b) = b\n");
        assertEquals(List.of("2:6 Duplicate symbol 'f'"),
                check(transform(), func("f", 1, List.of("a"), name("a", 2)), func("f", 2, List.of("b"), name("b", 2))));
    }

    @Test
    void duplicateSymbol_spansKindsAndIsPlacedOnTheName() {
        program("TRANSFORM T { }\nSHARED   cache SINGLE\nTYPE cache = enum { A }\nFUNC T(x) = x\n");
        assertEquals(List.of("1:11 Duplicate symbol 'T'", "2:10 Duplicate symbol 'cache'"),
                check(named("T", 1), shared("cache", 1, false), enumType("cache", 1, "A"),
                        func("T", 2, List.of("x"), name("x", 2))));
    }

    @Test
    void duplicateNamedTransform_nameFoundAfterComment() {
        program("TRANSFORM /* first */ Main { }\nTRANSFORM Main { }\n");
        assertEquals(List.of("1:23 Duplicate symbol 'Main'"), check(named("Main", 1), named("Main", 2)));
    }

    @Test
    void unnamedTransforms_doNotCollide() {
        program("TRANSFORM { }\nTRANSFORM { }\n");
        assertEquals(List.of(), check(transform(), transform()));
    }

    // ----- statements not checked, shared writes -----

    @Test
    void expressionStatements_areNotChecked() {
        program("TRANSFORM {\n  PRINT(unknownThing)\n  undefinedFn(1)\n  ((q) -> { LET q = zz })\n}\n");
        assertEquals(List.of(), check(transform(
                exprStmt(call(name("PRINT"), name("unknownThing"))),
                exprStmt(call(name("undefinedFn"), num(1))),
                exprStmt(lambdaBlock(List.of("q"), let("q", 2, name("zz")))))));
    }

    @Test
    void sharedWrites_unknownResource_missingKeyForMany_keyChecked() {
        program("SHARED once SINGLE\nSHARED many MANY\nTRANSFORM {\n  once[] = 1\n  many[] = 2\n  many[\"k\"] = 3\n"
                + "  nothere[\"k\"] = 4\n  once[key] = 5\n}\n");
        assertEquals(List.of("5:3 Shared write to MANY requires a key", "7:3 Unknown shared resource 'nothere'",
                        "8:8 Undefined identifier 'key'"),
                check(shared("once", 1, false), shared("many", 1, true), transform(
                        sharedWrite("once", 2, null, num(1)),
                        sharedWrite("many", 2, null, num(2)),
                        sharedWrite("many", 3, str("k"), num(3)),
                        sharedWrite("nothere", 1, str("k"), num(4)),
                        sharedWrite("once", 3, name("key"), num(5)))));
    }

    // ----- types -----

    @Test
    void unknownTypeNames_inSignature() {
        program("TYPE Color = enum { RED, GREEN }\n"
                + "TRANSFORM T (order: { id: Number, tags: [Text], color: Color, extra: Mystery }) -> Strnig | BOOLEAN {\n}\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "order", new TypeExpr.Record(NO_SPAN, List.of(
                        typeField("id", typeName("Number")),
                        typeField("tags", new TypeExpr.ListOf(NO_SPAN, typeName("Text"))),
                        typeField("color", typeName("Color", 2)),
                        typeField("extra", typeName("Mystery")))))),
                new TypeExpr.Union(NO_SPAN, List.of(typeName("Strnig"), typeName("BOOLEAN"))));
        assertEquals(List.of("2:70 Unknown type 'Mystery'", "2:84 Unknown type 'Strnig'"), check(
                enumType("Color", 1, "RED", "GREEN"),
                new Decl.Transform(at("TRANSFORM"), "T", signature, block())));
    }

    @Test
    void unionMembers_cyclicReferences_unknownMemberIsNotAnError() {
        // Ghost names nothing: not an error in a TYPE body (§4.4), and the search for cycles passes over it.
        program("TRANSFORM { }\nTYPE A = union B | string\nTYPE B = union C | A\nTYPE C = union Number | Ghost\n"
                + "TYPE D = union D\n");
        assertEquals(List.of("3:20 Cyclic type reference 'A'", "5:16 Cyclic type reference 'D'"),
                check(transform(), union("A", 1, "B", "string"), union("B", 2, "C", "A"), union("C", 3, "Number", "Ghost"),
                        union("D", 4, "D")));
    }

    @Test
    void unionOfUndeclaredTypes_passes() {
        program("TYPE User = union Person | Bot\nTRANSFORM { }\n");
        assertEquals(List.of(), check(union("User", 1, "Person", "Bot"), transform()));
    }

    @Test
    void unionMixingDeclaredAndUndeclaredMembers_passes() {
        program("TYPE Kind = enum { HUMAN, MACHINE }\nTYPE Id = union String | Number\n"
                + "TYPE Actor = union Kind | Robot | Id | number | Alien\nTRANSFORM { }\n");
        assertEquals(List.of(), check(enumType("Kind", 1, "HUMAN", "MACHINE"), union("Id", 2, "String", "Number"),
                union("Actor", 3, "Kind", "Robot", "Id", "number", "Alien"), transform()));
    }

    @Test
    void signatureNamingAUnionOfUndeclaredTypes_passes() {
        // The signature writes only User, which is declared; User's own members are not the signature's names.
        program("TYPE User = union Person | Bot\nTRANSFORM (u: User) -> [User] { }\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "u", typeName("User", 2))),
                new TypeExpr.ListOf(NO_SPAN, typeName("User", 3)));
        assertEquals(List.of(), check(union("User", 1, "Person", "Bot"),
                new Decl.Transform(at("TRANSFORM"), null, signature, block())));
    }

    @Test
    void undeclaredNameInSignature_isStillAnError_evenWhenAUnionNamesIt() {
        // A union member does not declare anything: Person stays unknown where a signature writes it.
        program("TYPE User = union Person | Bot\nTRANSFORM (p: Person) -> User { }\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "p", typeName("Person", 2))), typeName("User", 2));
        assertEquals(List.of("2:15 Unknown type 'Person'"), check(union("User", 1, "Person", "Bot"),
                new Decl.Transform(at("TRANSFORM"), null, signature, block())));
    }

    @Test
    void signatureUsingUnionAndEnumTypes_passes() {
        program("TYPE Id = union string | Number\nTYPE Kind = enum { X }\nTRANSFORM (p: Id) -> Kind { }\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "p", typeName("Id", 2))), typeName("Kind", 2));
        assertEquals(List.of(), check(union("Id", 1, "string", "Number"), enumType("Kind", 1, "X"),
                new Decl.Transform(at("TRANSFORM"), null, signature, block())));
    }

    // ----- reporting -----

    @Test
    void allViolations_areReported_inSourceOrder() {
        program("TRANSFORM {\n  OUTPUT { a: g(u1) }\n}\nFUNC g(p) = p + u2\nFUNC g(q) = q\n");
        assertEquals(List.of("2:17 Undefined identifier 'u1'", "4:6 Duplicate symbol 'g'",
                        "4:17 Undefined identifier 'u2'"),
                check(transform(output(obj(field("a", call(name("g", 1), name("u1")))))),
                        func("g", 2, List.of("p"), add(name("p", 2), name("u2"))),
                        func("g", 3, List.of("q"), name("q", 2))));
    }

    @Test
    void diagnostic_carriesFileAndSourceLine() {
        program("TRANSFORM {\n  LET a = b\n}\n");
        var diagnostics = StaticChecker.check(
                new ProgramNode(source, List.of(transform(let("a", name("b"))))), LIBRARY);
        assertEquals(1, diagnostics.size());
        assertEquals("test.bl:2:11: Undefined identifier 'b'", diagnostics.get(0).headline());
        assertEquals("  LET a = b", diagnostics.get(0).sourceLine());
    }
}
