package dev.turnout.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lexical structure, LANGUAGE.md §2. */
class LexerTest {

    private static List<Token> lex(String text) {
        Lexer.Result result = Lexer.lex(new Source("t.bl", text));
        assertNull(result.error(), () -> "unexpected lexical error: " + result.error());
        return result.tokens();
    }

    /** Kinds without the trailing EOF, space separated. */
    private static String kinds(String text) {
        List<Token> tokens = lex(text);
        return tokens.subList(0, tokens.size() - 1).stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    private static Diagnostic error(String text) {
        Lexer.Result result = Lexer.lex(new Source("t.bl", text));
        assertFalse(result.ok(), "expected a lexical error");
        return result.error();
    }

    // ----- §2.3 comment vs // operator: every row of the table -----

    @Test
    void slashSlash_afterDigit_isIntegerDivision() {
        assertEquals("LET IDENTIFIER EQ NUMBER SLASH_SLASH NUMBER", kinds("LET q = 10 // 3"));
    }

    @Test
    void slashSlash_afterSemicolon_isComment() {
        assertEquals("LET IDENTIFIER EQ NUMBER SEMICOLON", kinds("LET q = 10; // three"));
    }

    @Test
    void slashSlash_afterClosingBrace_isComment() {
        assertEquals("OUTPUT LBRACE IDENTIFIER COLON NUMBER RBRACE", kinds("OUTPUT { a: 1 } // done"));
    }

    @Test
    void slashSlash_afterStringQuote_isOperator() {
        assertEquals("LET IDENTIFIER EQ STRING SLASH_SLASH IDENTIFIER", kinds("LET s = \"x\" // note"));
    }

    @Test
    void slashSlash_afterLetter_isOperator() {
        assertEquals("LET IDENTIFIER EQ TRUE SLASH_SLASH IDENTIFIER", kinds("LET t = true // note"));
    }

    @Test
    void slashSlash_afterNumberInFuncBody_isOperator() {
        assertEquals("FUNC IDENTIFIER LPAREN IDENTIFIER RPAREN EQ IDENTIFIER PLUS NUMBER SLASH_SLASH IDENTIFIER IDENTIFIER",
                kinds("FUNC inc(x) = x + 1 // add one"));
    }

    @Test
    void slashSlash_atStartOfLineOrFile_isComment() {
        assertEquals("", kinds("// whole-line note"));
        assertEquals("IDENTIFIER IDENTIFIER", kinds("a\n   \t// note\nb"));
    }

    @Test
    void slashSlash_afterComma_isComment() {
        assertEquals("IDENTIFIER LPAREN IDENTIFIER COMMA IDENTIFIER RPAREN", kinds("f(a, // first argument\n b)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(a) // 2 | SLASH_SLASH", "xs[0] // 2 | SLASH_SLASH", "_ // 2 | SLASH_SLASH", "$ // 2 | SLASH_SLASH",
        "a = // c | EQ", "a + // c | PLUS", "a: // c | COLON", "`a` // c | IDENTIFIER", "(// c | LPAREN",
        "[ // c | LBRACKET"})
    void slashSlash_dependsOnPrecedingCharacter(String line, String lastKind) {
        List<Token> tokens = lex(line);
        boolean operator = tokens.stream().anyMatch(t -> t.kind() == TokenKind.SLASH_SLASH);
        assertEquals(lastKind.equals("SLASH_SLASH"), operator, line);
        if (!operator) assertEquals(lastKind, tokens.get(tokens.size() - 2).kind().name(), line);
    }

    @Test
    void slashSlash_skipsSpacesTabsAndCarriageReturnsWhenLookingBack() {
        assertEquals("NUMBER SLASH_SLASH NUMBER", kinds("10 \t\r// 3"));
    }

    @Test
    void slashSlash_lookBackIsPurelyTextual() {
        // The character before '//' is the '/' closing a block comment, so this is a comment even after a value.
        assertEquals("IDENTIFIER", kinds("a /* x */ // comment"));
    }

    // ----- block comments, whitespace -----

    @Test
    void blockComment_spansLinesAndDoesNotNest() {
        assertEquals("IDENTIFIER IDENTIFIER", kinds("a /* one\n two */ b"));
        assertEquals("IDENTIFIER STAR SLASH", kinds("/* /* */ x */"));
    }

    @Test
    void positions_areOneBasedWithTabAsOneColumnAndCrAsSpace() {
        List<Token> tokens = lex("a\r\n\tbb  c");
        assertEquals("1:1", tokens.get(0).span().toString());
        assertEquals("2:2", tokens.get(1).span().toString());
        assertEquals("2:6", tokens.get(2).span().toString());
        assertEquals(TokenKind.EOF, tokens.get(3).kind());
    }

    // ----- numbers §2.6 -----

    @Test
    void number_integerFitsLong_isLong() {
        assertEquals(7L, lex("007").get(0).value());
        assertEquals(Long.MAX_VALUE, lex("9223372036854775807").get(0).value());
    }

    @Test
    void number_tooLargeForLong_isBigInteger() {
        assertEquals(new BigInteger("9223372036854775808"), lex("9223372036854775808").get(0).value());
    }

    @Test
    void number_withFraction_isDouble() {
        Token t = lex("1.50").get(0);
        assertInstanceOf(Double.class, t.value());
        assertEquals(1.5, t.value());
        assertEquals("1.50", t.lexeme());
    }

    @Test
    void number_dotWithoutFollowingDigit_isSeparateToken() {
        assertEquals("NUMBER DOT", kinds("1."));
        assertEquals("DOT NUMBER", kinds(".5"));
        assertEquals("NUMBER DOT IDENTIFIER", kinds("2.name"));
    }

    @Test
    void number_isGreedy_soDottedIntegersBecomeAFraction() {
        List<Token> tokens = lex("a.0.1");
        assertEquals("IDENTIFIER DOT NUMBER", kinds("a.0.1"));
        assertEquals(0.1, tokens.get(2).value());
    }

    @Test
    void number_hasNoExponentNoSign() {
        assertEquals("NUMBER IDENTIFIER", kinds("1e5"));
        assertEquals("MINUS NUMBER", kinds("-5"));
    }

    // ----- strings §2.7 -----

    @Test
    void string_decodesEscapes() {
        Token t = lex("\"a\\nb\\tc\\rd\\\\e\\\"f\\u0041\\/\\'\\b\"").get(0);
        assertEquals("a\nb\tc\rd\\e\"fA/'b", t.value());
    }

    @Test
    void string_keepsQuotesInContentAndLexeme() {
        Token t = lex("\"\\\"hi\\\"\"").get(0);
        assertEquals("\"hi\"", t.value()); // DECISIONS D3: no quote trimming
        assertEquals("\"\\\"hi\\\"\"", t.lexeme());
        assertEquals("\"", lex("\"\\\"\"").get(0).value());
    }

    @Test
    void string_missingCloseOrRawNewline_isUnterminated() {
        assertEquals("Unterminated string", error("LET s = \"abc").message());
        Diagnostic d = error("LET s = \"ab\ncd\"");
        assertEquals("Unterminated string", d.message());
        assertEquals(1, d.line());
        assertEquals(9, d.column());
    }

    @Test
    void string_backslashAtEnd_isUnterminatedEscape() {
        assertEquals("Unterminated string escape", error("\"abc\\").message());
    }

    @Test
    void string_shortUnicodeEscape_isUnterminated() {
        assertEquals("Unterminated unicode escape", error("\"\\u12").message());
        assertEquals("Unterminated unicode escape", error("\"\\u12\"").message());
        assertEquals("Unterminated unicode escape", error("\"\\u1\n\"").message());
    }

    @Test
    void string_nonHexUnicodeEscape_isInvalid() {
        assertEquals("Invalid unicode escape", error("\"\\u12G4\"").message());
        assertEquals("Invalid unicode escape", error("\"\\u+123\"").message());
    }

    // ----- identifiers and keywords §2.4, §2.5 -----

    @Test
    void backtick_holdsAnyCharactersAndIsNeverAKeyword() {
        List<Token> tokens = lex("`first name` `if` `@tests`");
        assertEquals("IDENTIFIER IDENTIFIER IDENTIFIER", kinds("`first name` `if` `@tests`"));
        assertEquals("first name", tokens.get(0).value());
        assertEquals("if", tokens.get(1).name());
        assertEquals("`if`", tokens.get(1).lexeme());
    }

    @Test
    void backtick_errors() {
        assertEquals("Unterminated identifier", error("`abc").message());
        assertEquals("Unterminated identifier", error("`ab\nc`").message());
        assertEquals("Empty identifier", error("a ``").message());
    }

    @Test
    void keywords_areCaseInsensitive_namesKeepSpelling() {
        assertEquals("LET LET LET", kinds("let Let LET"));
        assertEquals("Output", lex("Output").get(0).value());
        assertEquals(TokenKind.OUTPUT, lex("Output").get(0).kind());
        assertEquals("IF NULL TRUE FALSE", kinds("If null True faLSE"));
    }

    @Test
    void keywords_reservedAndSoftClasses() {
        assertTrue(Keywords.isReserved("where"));
        assertTrue(Keywords.isSoft("transform"));
        assertFalse(Keywords.isReserved("output"));
        assertEquals(16, Keywords.reserved().size());
        assertEquals(28, Keywords.soft().size());
    }

    @Test
    void identifiers_areCaseSensitive_andNonKeywordsStayIdentifiers() {
        assertEquals("IDENTIFIER IDENTIFIER IDENTIFIER IDENTIFIER", kinds("INPUT DEC STRING total_2"));
        assertEquals("total", lex("total").get(0).value());
        assertEquals("Total", lex("Total").get(0).value());
    }

    @Test
    void keywords_lookupIgnoresDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("IF IN INIT", kinds("if in init"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    // ----- operators §2.9 -----

    @Test
    void operators_matchLongestFirst() {
        assertEquals("IDENTIFIER PLUS_PLUS IDENTIFIER", kinds("a++b"));
        assertEquals("QUESTION_QUESTION ARROW ARROW EQ_EQ BANG_EQ LE GE AND_AND OR_OR",
                kinds("?? -> => == != <= >= && ||"));
        assertEquals("PLUS MINUS STAR SLASH PERCENT LT GT BANG EQ QUESTION PIPE DOLLAR",
                kinds("+ - * / % < > ! = ? | $"));
    }

    @Test
    void arrow_bothSpellingsAreOneKind() {
        assertEquals("->", lex("->").get(0).lexeme());
        assertEquals(TokenKind.ARROW, lex("=>").get(0).kind());
    }

    // ----- lexical errors §2.2, §2.10 -----

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"@ | @", "# | #", "' | '", "~ | ~", "^ | ^"})
    void unexpectedCharacter_isReportedWithTheCharacter(String text, String shown) {
        Diagnostic d = error("LET a = " + text);
        assertEquals("Unexpected character '" + shown + "'", d.message());
        assertEquals(9, d.column());
    }

    @Test
    void unexpectedCharacter_noBreakSpaceAndFormFeed() {
        assertEquals("Unexpected character '\u00a0'", error("a\u00a0b").message());
        assertEquals("Unexpected character '\f'", error("a\fb").message());
    }

    @Test
    void singleAmpersand_isError() {
        assertEquals("Unexpected '&'", error("a & b").message());
    }

    @Test
    void unterminatedBlockComment_isError() {
        Diagnostic d = error("a\n  /* never closed");
        assertEquals("Unterminated block comment", d.message());
        assertEquals(2, d.line());
        assertEquals(3, d.column());
    }

    @Test
    void lexing_stopsAtFirstError_butEndsWithEof() {
        Lexer.Result result = Lexer.lex(new Source("t.bl", "a b @ c"));
        assertEquals(TokenKind.EOF, result.tokens().get(result.tokens().size() - 1).kind());
        assertEquals(3, result.tokens().size());
    }
}
