package cn.gov.chengdu.suite.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesStringsNumbersAndLists() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("sub", "张三");
        members.put("exp", 1795814218L);
        members.put("groups", List.of("citizen", "admin"));
        assertEquals("{\"sub\":\"张三\",\"exp\":1795814218,\"groups\":[\"citizen\",\"admin\"]}", Json.object(members));
    }

    @Test
    void escapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\"", Json.string("a\"b\\c\nd\te\u0001"));
    }
}
