package cn.gov.chengdu.certificate.template;

import java.util.List;
import java.util.Map;

/**
 * A template body as a page shows it: literal text, placeholders filled with their values, and blanks (labelled,
 * underlined empty space) for placeholders without a value. The sample (证明范本) is a template with no values.
 */
public final class FilledTemplate {

    /** The placeholders every template may use besides its own fields. */
    public static final Map<String, String> STANDARD_LABELS = Map.of(
            "applicantName", "申请人姓名",
            "idNumber", "公民身份号码",
            "communityName", "出具单位",
            "issueDate", "出具日期");

    /** A piece of a page: literal {@code text}, or a placeholder's {@code label} and, if filled, its {@code value}. */
    public record Piece(String text, String label, String value) {

        public boolean isLiteral() {
            return label == null;
        }

        public boolean isFilled() {
            return value != null;
        }
    }

    private FilledTemplate() {}

    /**
     * {@code body} with each placeholder that {@code values} has filled and the others blank; a blank is labelled
     * with its field's label from {@code fieldLabels} (field name → label), a standard placeholder's Chinese name,
     * else the placeholder's name.
     */
    public static List<Piece> fill(String body, Map<String, String> fieldLabels, Map<String, String> values) {
        return TemplateBody.split(body).stream()
                .map(segment -> segment.isPlaceholder()
                        ? placeholder(fieldLabels, segment.placeholder(), values.get(segment.placeholder()))
                        : new Piece(segment.text(), null, null))
                .toList();
    }

    private static Piece placeholder(Map<String, String> fieldLabels, String name, String value) {
        return new Piece(null, label(fieldLabels, name), value == null || value.isBlank() ? null : value);
    }

    static String label(Map<String, String> fieldLabels, String placeholder) {
        String label = fieldLabels.get(placeholder);
        return label != null ? label : STANDARD_LABELS.getOrDefault(placeholder, placeholder);
    }
}
