package cn.gov.chengdu.suite.token;

import java.util.List;
import java.util.Map;

/**
 * Just enough JSON (RFC 8259) for a JWT header and claims: strings, whole numbers, lists of strings. Plain loops,
 * no streams or lambdas: their first use costs the token command more start-up time than the signature.
 */
final class Json {

    private Json() {
    }

    static String object(Map<String, ?> members) {
        StringBuilder json = new StringBuilder(256).append('{');
        for (Map.Entry<String, ?> member : members.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, member.getKey());
            json.append(':');
            appendValue(json, member.getValue());
        }
        return json.append('}').toString();
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        appendString(json, text);
        return json.toString();
    }

    private static void appendValue(StringBuilder json, Object value) {
        if (value instanceof String) {
            appendString(json, (String) value);
        } else if (value instanceof Long || value instanceof Integer) {
            json.append(value);
        } else if (value instanceof List) {
            json.append('[');
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                appendValue(json, list.get(i));
            }
            json.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value here: " + value);
        }
    }

    private static void appendString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
