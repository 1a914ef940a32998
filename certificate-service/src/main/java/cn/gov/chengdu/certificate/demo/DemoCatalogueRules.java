package cn.gov.chengdu.certificate.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.chengdu.certificate.template.FilledTemplate;
import cn.gov.chengdu.certificate.template.TemplateBody;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.StoredTemplate;

/**
 * What the demo catalogue must be: the source's figures (313 surveyed, 15 retained, 298 abolished, the 20 nationally
 * named certificates among them), codes and names the database and the lookup accept, retained types that the joint
 * review could approve (legal basis, complete template) and abolished types whose reason fits their history.
 */
public final class DemoCatalogueRules {

    public static final int SURVEYED = 313;
    public static final int RETAINED = 15;
    public static final int NATIONALLY_NAMED = 20;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");
    private static final int MAX_NAME = 100;
    /** Reasons a type can reach from the 2016 survey without a retention list before it. */
    private static final Set<AbolitionReason> REASONS = EnumSet.of(
            AbolitionReason.NO_LEGAL_BASIS,
            AbolitionReason.REJECTED_IN_REVIEW,
            AbolitionReason.REPLACED_BY_DATA_SHARING,
            AbolitionReason.REPLACED_BY_PERSONAL_COMMITMENT);

    private DemoCatalogueRules() {}

    /** Every rule the types break, or an empty list. */
    public static List<String> problems(List<CertificateType> types) {
        List<String> problems = new ArrayList<>();
        counts(types, problems);
        Set<String> codes = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (CertificateType type : types) {
            if (type.code == null || !CODE.matcher(type.code).matches()) {
                problems.add("code " + type.code + " does not match " + CODE);
            } else if (!codes.add(type.code)) {
                problems.add("code " + type.code + " is used twice");
            }
            List<String> spellings = new ArrayList<>(type.aliases);
            spellings.add(0, type.name);
            for (String spelling : spellings) {
                if (spelling == null || spelling.isBlank() || spelling.length() > MAX_NAME) {
                    problems.add(type.code + ": name or alias '" + spelling + "' is blank or too long");
                } else {
                    String other = names.putIfAbsent(spelling, type.code);
                    if (other != null) {
                        problems.add(type.code + ": name or alias " + spelling + " is also " + other + "'s");
                    }
                }
            }
            if (type.issuingLevel == null || blank(type.category) || blank(type.responsibleDepartment)) {
                problems.add(type.code + ": issuing level, category and responsible department are required");
            }
            if (type.status == CertificateTypeStatus.RETAINED) {
                retained(type, problems);
            } else {
                abolished(type, problems);
            }
        }
        return problems;
    }

    private static void counts(List<CertificateType> types, List<String> problems) {
        long retained = types.stream()
                .filter(t -> t.status == CertificateTypeStatus.RETAINED)
                .count();
        long abolished = types.stream()
                .filter(t -> t.status == CertificateTypeStatus.ABOLISHED)
                .count();
        long named = types.stream()
                .filter(t -> t.status == CertificateTypeStatus.ABOLISHED && !t.illustrative)
                .count();
        if (types.size() != SURVEYED || retained != RETAINED || abolished != SURVEYED - RETAINED) {
            problems.add("expected " + SURVEYED + " types, " + RETAINED + " retained and " + (SURVEYED - RETAINED)
                    + " abolished, found " + types.size() + ", " + retained + " and " + abolished);
        }
        if (named != NATIONALLY_NAMED) {
            problems.add("expected " + NATIONALLY_NAMED + " abolished types from a source, found " + named);
        }
    }

    private static void retained(CertificateType type, List<String> problems) {
        if (!type.hasLegalBasis() || type.legalBases.stream().anyMatch(b -> b == null || blank(b.law()))) {
            problems.add(type.code + ": a retained type needs at least one legal basis naming its law");
        }
        if (type.requiredMaterials.isEmpty()
                || type.processingLimitDays == null
                || type.processingLimitDays < 0
                || type.processingLimitDays > 60
                || type.validityDays == null
                || type.validityDays < 1
                || type.validityDays > 3650) {
            problems.add(type.code + ": a retained type needs required materials, a processing limit (0-60 working"
                    + " days) and a validity (1-3650 days)");
        }
        template(type.code, type.template, problems);
    }

    private static void template(String code, StoredTemplate template, List<String> problems) {
        if (template == null || blank(template.title()) || blank(template.body()) || template.fields() == null) {
            problems.add(code + ": a retained type needs a template with title, body and fields");
            return;
        }
        Set<String> declared = new HashSet<>();
        template.fields().forEach(field -> declared.add(field.name()));
        Set<String> used = new HashSet<>();
        TemplateBody.split(template.body()).stream()
                .filter(TemplateBody.Segment::isPlaceholder)
                .forEach(segment -> used.add(segment.placeholder()));
        for (String placeholder : used) {
            if (!declared.contains(placeholder) && !FilledTemplate.STANDARD_LABELS.containsKey(placeholder)) {
                problems.add(code + ": placeholder {{" + placeholder + "}} is neither a field nor a standard one");
            }
        }
        for (String field : declared) {
            if (!used.contains(field)) {
                problems.add(code + ": field " + field + " does not appear in the template body");
            }
        }
    }

    private static void abolished(CertificateType type, List<String> problems) {
        if (type.status != CertificateTypeStatus.ABOLISHED || !REASONS.contains(type.abolitionReason)) {
            problems.add(type.code + ": must be RETAINED or ABOLISHED for one of " + REASONS);
            return;
        }
        if (blank(type.abolitionDetail) || blank(type.abolitionAlternative)) {
            problems.add(type.code + ": an abolished type needs a detail and an alternative");
        }
        boolean reviewed = type.abolitionReason == AbolitionReason.REJECTED_IN_REVIEW;
        if (reviewed != type.hasLegalBasis()) {
            problems.add(type.code + ": only types rejected in the review carry a legal basis, and they must"
                    + " (without one a rejection abolishes as NO_LEGAL_BASIS)");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
