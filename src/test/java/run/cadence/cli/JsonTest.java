package run.cadence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.string("a\"b\\c\n\u0001"));
        assertEquals("\"\\r\\t\"", Json.string("\r\t"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscapedForJavaScriptReaders() {
        // Valid in JSON, but they end a line in JavaScript source before ES2019: a JSONP or eval reader breaks.
        assertEquals("\"a\\u2028b\\u2029\"", Json.string("a\u2028b\u2029"));
    }
}
