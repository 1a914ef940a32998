package cn.gov.chengdu.certificate.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template body split into literal text and {@code {{placeholders}}}, in order. A placeholder is a name of
 * letters and digits starting with a letter, optionally padded with spaces ({@code {{ name }}}); anything else
 * between braces, and an unclosed {@code {{}, stays literal text.
 */
public final class TemplateBody {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    /** One piece of a body: literal text, or a placeholder to fill (then {@code placeholder} is its name). */
    public record Segment(String text, String placeholder) {

        static Segment literal(String text) {
            return new Segment(text, null);
        }

        static Segment placeholderNamed(String name) {
            return new Segment(null, name);
        }

        public boolean isPlaceholder() {
            return placeholder != null;
        }
    }

    private TemplateBody() {}

    public static List<Segment> split(String body) {
        List<Segment> segments = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return segments;
        }
        Matcher matcher = PLACEHOLDER.matcher(body);
        int textStart = 0;
        while (matcher.find()) {
            if (matcher.start() > textStart) {
                segments.add(Segment.literal(body.substring(textStart, matcher.start())));
            }
            segments.add(Segment.placeholderNamed(matcher.group(1)));
            textStart = matcher.end();
        }
        if (textStart < body.length()) {
            segments.add(Segment.literal(body.substring(textStart)));
        }
        return segments;
    }
}
