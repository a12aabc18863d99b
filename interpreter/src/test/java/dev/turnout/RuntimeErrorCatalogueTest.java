package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.errors.TransformException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact type and message of a sample of the runtime-error catalogue (LANGUAGE.md §7, §8.4–§8.10, §10.3): wrong
 * operands, indexing, calls, loops, SET/APPEND TO/MODIFY, OUTPUT and ABORT, each checked word for word and required to
 * surface as a {@link TransformException}.
 */
class RuntimeErrorCatalogueTest {
    // ---- exact messages of the §10.3 catalogue --------------------------------------------------------------------

    /** A sample of the catalogue, checked word for word (LANGUAGE.md §8.4–§8.10, §7, §10.3). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            LET r = "x" - 1                                | IllegalArgumentException | Operator '-' expects numbers
            LET r = TRUE + 1                               | IllegalArgumentException | Operator '+' expects numbers or strings
            LET r = [1] + [2]                              | IllegalArgumentException | Operator '+' expects numbers or strings
            LET r = NULL * 2                               | IllegalArgumentException | Operator '*' expects numbers
            LET r = {} / 2                                 | IllegalArgumentException | Operator '/' expects numbers
            LET r = "7" // 2                               | IllegalArgumentException | Operator '//' expects numbers
            LET r = [] % 2                                 | IllegalArgumentException | Operator '%' expects numbers
            LET r = -"x"                                   | IllegalStateException    | Operator '-' expects numeric operands
            LET r = -NULL                                  | IllegalStateException    | Operator '-' expects numeric operands
            LET r = [1] ++ 1                               | IllegalArgumentException | Operator '++' expects two lists
            LET r = NULL ++ []                             | IllegalArgumentException | Operator '++' expects two lists
            LET r = DEC("1.5") + 1.5                       | IllegalArgumentException | Operator '+' does not allow mixing decimal and float; wrap floats with DEC()
            LET r = DEC("1.5") == 1.5                      | IllegalArgumentException | compare does not allow mixing decimal and float; wrap floats with DEC()
            LET r = 1.5 < DEC("1.5")                       | IllegalArgumentException | compare does not allow mixing decimal and float; wrap floats with DEC()
            LET r = 1.5 // 1                               | IllegalArgumentException | Operator '//' expects integer values; wrap floats with INT()
            LET r = DEC("1.5") // 1                        | IllegalArgumentException | Operator '//' does not support decimal values
            LET r = 1 / 0                                  | IllegalArgumentException | Division by zero
            LET r = 1.5 % 0                                | IllegalArgumentException | Division by zero
            LET r = (9223372036854775807 * 4) // 0         | ArithmeticException      | BigInteger divide by zero
            LET r = DEC("1.5") / 0                         | ArithmeticException      | Division by zero
            LET r = DEC("0.0") / 0                         | ArithmeticException      | Division undefined
            LET r = NULL.name                              | IllegalStateException    | Indexing supported only for list or object
            LET r = "x".0                                  | IllegalStateException    | Indexing supported only for list or object
            LET r = [1].name                               | IllegalStateException    | Cannot use name 'name' on list
            LET r = [1].1                                  | IllegalArgumentException | Index 1 out of bounds 0..0
            LET r = [][0]                                  | IllegalArgumentException | Index 0 out of bounds 0..-1
            LET r = [1][-1]                                | IllegalArgumentException | Index -1 out of bounds 0..0
            LET r = [1][TRUE]                              | IllegalStateException    | Index must be integer for list
            LET r = [1]["0"]                               | IllegalStateException    | Index must be integer for list
            LET r = [1][9223372036854775807 * 4]           | IllegalArgumentException | Failed requirement.
            LET r = {a: 1}[1.5]                            | IllegalStateException    | Computed key must be string or non-negative integer
            LET r = {a: 1}[-1]                             | IllegalArgumentException | Computed key must be non-negative integer
            LET r = { [TRUE]: 1 }                          | IllegalStateException    | Computed key must be string or non-negative integer
            LET r = { [-1]: 1 }                            | IllegalArgumentException | Computed key must be non-negative integer
            LET r = (1)(2)                                 | IllegalStateException    | Value is not callable
            LET f = 1\\nLET r = f(2)                        | IllegalStateException    | FUNC 'f' undefined
            FOR x IN {} { }                                | IllegalStateException    | FOR EACH expects list/iterable/sequence
            FOR x IN NULL { }                              | IllegalStateException    | FOR EACH expects list/iterable/sequence
            LET r = [x FOR EACH x IN "abc"]                | IllegalStateException    | Array comprehension expects list/iterable/sequence
            LET o = NULL\\nSET o.a = 1                      | IllegalStateException    | SET variable 'o' not found
            LET o = 5\\nSET o.a = 1                         | IllegalStateException    | Target parent must be object or list
            LET o = {}\\nSET o.a.b = 1                      | IllegalStateException    | SET: segment 'a' not found at <root>
            LET o = {a: 5}\\nSET o.a.b = 1                  | IllegalStateException    | Target parent must be object or list
            LET o = {a: 5}\\nSET o.a.b.c = 1                | IllegalStateException    | SET path enters non-container value
            LET o = [1]\\nSET o.a = 1                       | IllegalStateException    | Cannot use name segment on list
            LET o = [1]\\nSET o[3] = 1                      | IllegalArgumentException | Index 3 out of bounds 0..0
            LET o = {a: 1}\\nSET o[TRUE] = 1                | IllegalStateException    | Object key must be string or non-negative integer
            LET o = {a: 1}\\nSET o[-1] = 1                  | IllegalArgumentException | Object key must be non-negative
            LET o = [1]\\nSET o[TRUE] = 1                   | IllegalStateException    | Index must be integer for list
            LET o = 5\\nAPPEND TO o 1                       | IllegalStateException    | APPEND TO expects list in variable 'o'
            LET o = NULL\\nAPPEND TO o 1 INIT 5             | IllegalArgumentException | INIT for APPEND TO must evaluate to a list
            LET o = {a: 5}\\nAPPEND TO o.a 1                | IllegalStateException    | APPEND TO expects list at target path, got Long
            LET o = {}\\nAPPEND TO o.a 1 INIT "x"           | IllegalArgumentException | INIT for APPEND TO must evaluate to a list (got String)
            LET o = NULL\\nAPPEND TO o.a 1                  | IllegalStateException    | APPEND TO variable 'o' not found
            LET o = 5\\nMODIFY o { a: 1 }                   | IllegalStateException    | MODIFY target must be object
            LET o = NULL\\nMODIFY o { a: 1 }                | IllegalStateException    | MODIFY root 'o' not found
            LET o = {}\\nMODIFY o.a { b: 1 }                | IllegalStateException    | MODIFY path segment 'a' not found
            LET o = {a: 5}\\nMODIFY o.a.b { c: 1 }          | IllegalStateException    | MODIFY path enters non-container value
            LET o = {}\\nMODIFY o { [TRUE]: 1 }             | IllegalStateException    | Object key must be string or non-negative integer
            LET o = {}\\nMODIFY o { [-1]: 1 }               | IllegalArgumentException | Object key must be non-negative
            OUTPUT 5                                       | IllegalStateException    | Expected object or list of objects in OUTPUT, got Long
            OUTPUT "x"                                     | IllegalStateException    | Expected object or list of objects in OUTPUT, got String
            OUTPUT [{}, 5]                                 | IllegalArgumentException | Expected list of objects in OUTPUT, got Long
            OUTPUT [NULL]                                  | IllegalArgumentException | Expected list of objects in OUTPUT, got null
            OUTPUT { [TRUE]: 1 }                           | IllegalStateException    | Object key must be string or non-negative integer
            OUTPUT { [-1]: 1 }                             | IllegalArgumentException | Object key must be non-negative
            ABORT                                          | IllegalStateException    | ABORT
            ABORT 5                                        | ClassCastException       | ABORT value must be an object, got Long
            ABORT NULL                                     | NullPointerException     | ABORT value must be an object, got null
            LET r = (() -> { OUTPUT { a: 1 } })()          | IllegalStateException    | OUTPUT is not allowed in this context
            """)
    void catalogueMessage_isExact(String statements, String type, String message) {
        String source = "TRANSFORM T {\n" + statements.replace("\\n", "\n") + "\n}";
        Program program = WrongTypeProbes.ENGINE.compile("catalogue.bl", source);
        TransformException e = assertInstanceOfTransformException(() -> program.runJson("{}"), source);
        assertEquals(type, e.typeName(), source);
        assertEquals(message, e.getMessage(), source);
    }

    private static TransformException assertInstanceOfTransformException(Runnable run, String source) {
        try {
            run.run();
        } catch (TransformException e) {
            return e;
        } catch (RuntimeException e) {
            fail("a raw " + e + " escaped\n" + source, e);
        }
        return fail("no error\n" + source);
    }
}
