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
        for (String invalid : List.of("110105194912310021", "11010519491331002X", "11010519490230002X",
                "11010519491231002", "1101051949123100200", "01010519491231002X", "11010519491231002Y",
                "ABCDEFGHIJKLMNOPQR", "")) {
            assertTrue(ResidentIdNumber.parse(invalid).isEmpty(), invalid);
        }
        assertTrue(ResidentIdNumber.parse(null).isEmpty());
    }

    @Test
    void masksKeepFourAtEachEndOfAnIdNumberAndTheEndsOfAName() {
        assertEquals("5101**********1234", PersonalData.maskIdNumber("510104199003071234"));
        assertEquals("张*三", PersonalData.maskName("张小三"));
        assertEquals("张*", PersonalData.maskName("张三"));
        assertEquals("欧**华", PersonalData.maskName("欧阳建华"));
        assertEquals("*", PersonalData.maskName("张"));
        assertEquals("510104199003071234", PersonalData.FULL.shownIdNumber("510104199003071234"));
        assertEquals("张小三", PersonalData.NAME_ONLY.shownName("张小三"));
        assertEquals("5101**********1234", PersonalData.NAME_ONLY.shownIdNumber("510104199003071234"));
        assertEquals("张*三", PersonalData.MASKED.shownName("张小三"));
    }
}
