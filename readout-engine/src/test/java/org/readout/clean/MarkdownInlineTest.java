package org.readout.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownInlineTest {
    @Test
    void emphasis() {
        assertEquals("bold and italic and under and strong and gone", MarkdownInline.strip("**bold** and *italic* and _under_ and __strong__ and ~~gone~~"));
    }

    @Test
    void linksKeepTheirText() {
        assertEquals("see the ministry and the ref and https://x.example", MarkdownInline.strip("see [the ministry](https://m.example) and [the ref][1] and <https://x.example>"));
    }

    @Test
    void imagesGo() {
        assertEquals("before  after", MarkdownInline.strip("before ![a map](map.png) after"));
    }

    @Test
    void codeAndEscapes() {
        assertEquals("the hotline and 2 * 3 and *literal*", MarkdownInline.strip("the `hotline` and 2 * 3 and \\*literal\\*"));
    }

    @Test
    void wordInternalUnderscoresStay() {
        assertEquals("snake_case_name", MarkdownInline.strip("snake_case_name"));
    }
}
