package cn.gov.chengdu.k8s;

import java.util.Map;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

/** Kubernetes label selector semantics. */
final class Selectors {

    private Selectors() {
    }

    /** A Service-style selector: every pair present. An empty one selects nothing (a Service without endpoints). */
    static boolean serviceSelects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** A LabelSelector; an empty one selects everything, a missing one nothing. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (!labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = labels.get(requirement.getKey());
            boolean holds = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + requirement.getOperator());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
