package cn.gov.chengdu.certificate.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void acceptsTheStandardsExamples() {
        // GB 11643-1999's own examples
        assertEquals(Optional.of("11010519491231002X"), ResidentIdNumber.parse("11010519491231002X"));
        assertEquals(Optional.of("440524188001010014"), ResidentIdNumber.parse("440524188001010014"));
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertEquals(Optional.of("11010519491231002X"), ResidentIdNumber.parse(" 11010519491231002x "));
    }

    @Test
    void refusesWrongCheckCharacterDateOrShape() {
        for (String invalid : List.of(
                "110105194912310021",
                "11010519491331002X",
                "11010519490230002X",
                "11010519491231002",
                "1101051949123100200",
                "01010519491231002X",
                "11010519491231002Y",
                "ABCDEFGHIJKLMNOPQR",
                "")) {
            assertTrue(ResidentIdNumber.parse(invalid).isEmpty(), invalid);
        }
        assertTrue(ResidentIdNumber.parse(null).isEmpty());
    }
}
