package cn.gov.chengdu.certificate.demo;

import java.util.ArrayList;
import java.util.List;

import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.certificate.type.StoredLegalBasis;

/**
 * A file of abolished types: groups whose values (category, department, reason, detail, alternative, ...) hold for
 * each of their items unless the item gives its own.
 */
public record AbolishedTypeFile(List<Group> groups) {

    public record Group(
            String category,
            IssuingLevel issuingLevel,
            String responsibleDepartment,
            AbolitionReason reason,
            String detail,
            String alternative,
            boolean illustrative,
            List<Item> items) {}

    /** One abolished type; a null value takes the group's. */
    public record Item(
            String code,
            String name,
            List<String> aliases,
            String description,
            String category,
            String responsibleDepartment,
            AbolitionReason reason,
            String detail,
            String alternative,
            List<StoredLegalBasis> legalBases) {}

    /** The types of all groups, in file order, as ABOLISHED catalogue entries: the plan, never persisted. */
    public List<CertificateType> types() {
        List<CertificateType> types = new ArrayList<>();
        for (Group group : groups) {
            for (Item item : group.items()) {
                types.add(type(group, item));
            }
        }
        return types;
    }

    private static CertificateType type(Group group, Item item) {
        CertificateType type = new CertificateType(item.code());
        type.name = item.name();
        type.aliases = item.aliases() == null ? new ArrayList<>() : new ArrayList<>(item.aliases());
        type.description = item.description();
        type.category = either(item.category(), group.category());
        type.issuingLevel = group.issuingLevel();
        type.responsibleDepartment = either(item.responsibleDepartment(), group.responsibleDepartment());
        type.legalBases = item.legalBases() == null ? new ArrayList<>() : new ArrayList<>(item.legalBases());
        type.status = CertificateTypeStatus.ABOLISHED;
        type.abolitionReason = either(item.reason(), group.reason());
        type.abolitionDetail = either(item.detail(), group.detail());
        type.abolitionAlternative = either(item.alternative(), group.alternative());
        type.illustrative = group.illustrative();
        return type;
    }

    private static <T> T either(T own, T inherited) {
        return own != null ? own : inherited;
    }
}
