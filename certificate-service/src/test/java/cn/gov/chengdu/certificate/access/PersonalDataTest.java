package cn.gov.chengdu.certificate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

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
