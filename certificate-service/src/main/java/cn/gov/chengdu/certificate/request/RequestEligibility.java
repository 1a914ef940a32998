package cn.gov.chengdu.certificate.request;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.certificate.community.Community;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.Abolition;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.common.problem.ProblemException;

/** Which certificates may be asked for, and where: only retained types, from a community of the type's level. */
@ApplicationScoped
public class RequestEligibility {

    public static final String CERTIFICATE_TYPE_ABOLISHED = "CERTIFICATE_TYPE_ABOLISHED";
    public static final String CERTIFICATE_TYPE_NOT_RETAINED = "CERTIFICATE_TYPE_NOT_RETAINED";
    public static final String COMMUNITY_LEVEL_MISMATCH = "COMMUNITY_LEVEL_MISMATCH";
    public static final String UNKNOWN_CERTIFICATE_TYPE = "UNKNOWN_CERTIFICATE_TYPE";
    public static final String UNKNOWN_COMMUNITY = "UNKNOWN_COMMUNITY";

    /** 422 unless the type is on the published retention list (RETAINED). */
    public void checkRequestable(CertificateType type) {
        if (type.status == CertificateTypeStatus.ABOLISHED) {
            throw abolished(type);
        }
        if (type.status != CertificateTypeStatus.RETAINED) {
            throw ProblemException.unprocessable(
                            CERTIFICATE_TYPE_NOT_RETAINED,
                            "Certificate type " + type.code + " (" + type.name + ") is " + type.status
                                    + ", not on the retention list: it cannot be requested")
                    .with("currentStatus", type.status.name());
        }
    }

    /** 422 when the type was abolished after the request was made: nothing is issued for an abolished type. */
    public void checkIssuable(CertificateType type) {
        if (type.status == CertificateTypeStatus.ABOLISHED) {
            throw abolished(type);
        }
    }

    /** 422 unless the community is of the type's issuing level ({@code ANY} takes both). */
    public void checkIssuingLevel(CertificateType type, Community community) {
        if (type.issuingLevel != IssuingLevel.ANY && !type.issuingLevel.name().equals(community.level.name())) {
            throw ProblemException.unprocessable(
                            COMMUNITY_LEVEL_MISMATCH,
                            "Certificate type " + type.code + " is issued by a " + type.issuingLevel + "; "
                                    + community.code + " is a " + community.level)
                    .with("issuingLevel", type.issuingLevel.name())
                    .with("communityLevel", community.level.name());
        }
    }

    private static ProblemException abolished(CertificateType type) {
        StringBuilder detail = new StringBuilder("Certificate type ")
                .append(type.code)
                .append(" (")
                .append(type.name)
                .append(") was abolished (")
                .append(type.abolitionReason)
                .append(')');
        if (type.abolitionDetail != null) {
            detail.append(": ").append(type.abolitionDetail);
        }
        if (type.abolitionAlternative != null) {
            detail.append(". Instead: ").append(type.abolitionAlternative);
        }
        return ProblemException.unprocessable(CERTIFICATE_TYPE_ABOLISHED, detail.toString())
                .with("abolition", Abolition.of(type));
    }
}
