package dev.turnout.syntax;

/**
 * The kinds of Branchline tokens (LANGUAGE.md §2). Every keyword has its own kind, named exactly like the upper-case
 * keyword, so {@link Keywords} can find them by name; a keyword's {@link Category} says whether it is reserved or soft
 * (§2.5).
 */
public enum TokenKind {
    LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"),
    COMMA(","), COLON(":"), SEMICOLON(";"), DOT("."),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), SLASH_SLASH("//"), PERCENT("%"), PLUS_PLUS("++"),
    EQ_EQ("=="), BANG_EQ("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    AND_AND("&&"), OR_OR("||"), BANG("!"), QUESTION_QUESTION("??"),
    /** {@code =}: binding in LET/SET/FUNC/TYPE and shared writes. */
    EQ("="),
    /** Both {@code ->} and {@code =>}. */
    ARROW("->"),
    QUESTION("?"), PIPE("|"),
    /** Lexed but never valid in the grammar (§2.9). */
    DOLLAR("$"),

    NUMBER(Category.LITERAL), STRING(Category.LITERAL),
    /** A plain or backtick identifier (never a keyword). */
    IDENTIFIER(Category.IDENTIFIER),

    // Reserved keywords: never names except in backticks.
    IF(Category.RESERVED), THEN(Category.RESERVED), ELSE(Category.RESERVED), CASE(Category.RESERVED),
    WHEN(Category.RESERVED), FOR(Category.RESERVED), EACH(Category.RESERVED), IN(Category.RESERVED),
    WHERE(Category.RESERVED), TRY(Category.RESERVED), CATCH(Category.RESERVED), AWAIT(Category.RESERVED),
    SUSPEND(Category.RESERVED), TRUE(Category.RESERVED), FALSE(Category.RESERVED), NULL(Category.RESERVED),

    // Soft keywords: keywords in their syntactic positions, names everywhere a name is expected.
    ABORT(Category.SOFT), APPEND(Category.SOFT), AS(Category.SOFT), BACKOFF(Category.SOFT), BUFFER(Category.SOFT),
    CALL(Category.SOFT), ENUM(Category.SOFT), FOREACH(Category.SOFT), FUNC(Category.SOFT), INIT(Category.SOFT),
    LET(Category.SOFT), MANY(Category.SOFT), MODIFY(Category.SOFT), OUTPUT(Category.SOFT), RETRY(Category.SOFT),
    RETURN(Category.SOFT), SET(Category.SOFT), SHARED(Category.SOFT), SINGLE(Category.SOFT), SOURCE(Category.SOFT),
    STREAM(Category.SOFT), THROW(Category.SOFT), TIMES(Category.SOFT), TO(Category.SOFT),
    TRANSFORM(Category.SOFT), TYPE(Category.SOFT), UNION(Category.SOFT), USING(Category.SOFT),

    EOF(Category.END);

    /** What sort of token a kind is. */
    public enum Category { PUNCTUATION, LITERAL, IDENTIFIER, RESERVED, SOFT, END }

    private final Category category;
    private final String symbol;

    TokenKind(String symbol) {
        this.category = Category.PUNCTUATION;
        this.symbol = symbol;
    }

    TokenKind(Category category) {
        this.category = category;
        this.symbol = null;
    }

    public Category category() { return category; }

    /** The fixed text of a punctuation or operator kind; null for the other kinds. */
    public String symbol() { return symbol; }

    public boolean isKeyword() { return category == Category.RESERVED || category == Category.SOFT; }

    public boolean isReserved() { return category == Category.RESERVED; }

    public boolean isSoft() { return category == Category.SOFT; }

    /** Whether a token of this kind can stand where a name is expected (identifiers and soft keywords, §3.1). */
    public boolean isName() { return category == Category.IDENTIFIER || category == Category.SOFT; }
}
