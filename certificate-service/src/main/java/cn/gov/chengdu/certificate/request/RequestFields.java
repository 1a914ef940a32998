package cn.gov.chengdu.certificate.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.chengdu.certificate.type.StoredTemplate;
import cn.gov.chengdu.common.problem.Problem.FieldError;
import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;

/** The values a request gives for its type's template fields: only known fields, every required one filled. */
public final class RequestFields {

    public static final int MAX_VALUE_LENGTH = 500;

    private RequestFields() {}

    /**
     * The given values, trimmed, without blank ones; 400 {@code VALIDATION_FAILED} naming each unknown field and
     * each required one left blank ({@code fields.<name>}).
     */
    public static Map<String, String> validated(StoredTemplate template, Map<String, String> given) {
        List<StoredTemplate.Field> declared = template == null ? List.of() : template.fields();
        Set<String> names = declared.stream().map(StoredTemplate.Field::name).collect(Collectors.toSet());
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        given.forEach((name, value) -> {
            if (!names.contains(name)) {
                errors.add(new FieldError("fields." + name, "is not a field of this certificate type"));
            } else if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        for (StoredTemplate.Field field : declared) {
            if (field.required() && !values.containsKey(field.name())) {
                errors.add(new FieldError("fields." + field.name(), "is required (" + field.label() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    ProblemCodes.VALIDATION_FAILED,
                    "The fields do not match the certificate type's template: "
                            + errors.stream().map(FieldError::field).collect(Collectors.joining(", ")),
                    errors);
        }
        return values;
    }
}
