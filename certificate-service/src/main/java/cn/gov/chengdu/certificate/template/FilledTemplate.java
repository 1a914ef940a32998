package cn.gov.chengdu.certificate.template;

import java.util.List;
import java.util.Map;

import cn.gov.chengdu.certificate.type.Template;

/**
 * A template body as a page shows it: literal text, placeholders filled with their values, and blanks (labelled,
 * underlined empty space) for placeholders without a value. The sample (证明范本) is a template with no values.
 */
public final class FilledTemplate {

    /** The placeholders every template may use besides its own fields (see {@link Template}). */
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

    private FilledTemplate() {
    }

    /** The body of {@code template} with each placeholder that {@code values} has filled and the others blank. */
    public static List<Piece> fill(Template template, Map<String, String> values) {
        return TemplateBody.split(template.body()).stream()
                .map(segment -> segment.isPlaceholder()
                        ? placeholder(template, segment.placeholder(), values.get(segment.placeholder()))
                        : new Piece(segment.text(), null, null))
                .toList();
    }

    private static Piece placeholder(Template template, String name, String value) {
        return new Piece(null, label(template, name), value == null || value.isBlank() ? null : value);
    }

    /** What a blank is labelled: the field's label, a standard placeholder's Chinese name, else the name itself. */
    static String label(Template template, String placeholder) {
        return template.fields().stream().filter(field -> field.name().equals(placeholder))
                .map(Template.Field::label).findFirst()
                .orElse(STANDARD_LABELS.getOrDefault(placeholder, placeholder));
    }
}
