package cn.gov.chengdu.certificate.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.certificate.template.FilledTemplate.Piece;
import cn.gov.chengdu.certificate.template.TemplateBody.Segment;

class TemplateBodyTest {

    private static Segment text(String text) {
        return new Segment(text, null);
    }

    private static Segment placeholder(String name) {
        return new Segment(null, name);
    }

    @Test
    void splitsTextAndPlaceholdersInOrder() {
        assertEquals(
                List.of(text("兹证明"), placeholder("applicantName"), text("居住在"), placeholder("address"), text("。")),
                TemplateBody.split("兹证明{{applicantName}}居住在{{address}}。"));
    }

    @Test
    void placeholdersMayBePaddedAndAdjacent() {
        assertEquals(List.of(placeholder("a"), placeholder("b"), text("\n")), TemplateBody.split("{{ a }}{{b}}\n"));
    }

    @Test
    void whatIsNotAPlaceholderStaysText() {
        for (String body : List.of("{{unclosed", "{{1digit}}", "{{two words}}", "{single}", "}}{{", "{{}}")) {
            assertEquals(List.of(text(body)), TemplateBody.split(body), body);
        }
        assertEquals(List.of(text("{"), placeholder("name"), text("}")), TemplateBody.split("{{{name}}}"));
    }

    @Test
    void emptyBodyHasNoSegments() {
        assertTrue(TemplateBody.split("").isEmpty());
        assertTrue(TemplateBody.split(null).isEmpty());
    }

    @Test
    void fillingLeavesUnfilledPlaceholdersAsLabelledBlanks() {
        List<Piece> pieces = FilledTemplate.fill(
                "{{applicantName}}住在{{address}}，{{unknownThing}}",
                Map.of("address", "居住地址"),
                Map.of("applicantName", "张三"));
        assertEquals(
                List.of(
                        new Piece(null, "申请人姓名", "张三"),
                        new Piece("住在", null, null),
                        new Piece(null, "居住地址", null),
                        new Piece("，", null, null),
                        new Piece(null, "unknownThing", null)),
                pieces);
        assertTrue(pieces.get(0).isFilled());
        assertTrue(pieces.get(1).isLiteral());
    }
}
