package cn.gov.chengdu.certificate.request;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;
import cn.gov.chengdu.common.web.Versioned;

/** The request and response bodies of certificate requests. */
public final class CertificateRequestApi {

    private CertificateRequestApi() {}

    /** The body that submits a certificate request. {@code fields}: the values of the type's template fields. */
    public record SubmitRequest(
            @NotBlank @Size(max = 32) String typeCode,
            @NotBlank @Size(max = 32) String communityCode,
            @NotBlank @Size(max = 200) String purpose,
            @NotNull @Valid Applicant applicant,
            @Size(max = 40) Map<String, @Size(max = RequestFields.MAX_VALUE_LENGTH) String> fields,
            @Size(max = 2000) String note) {

        RequestWorkflow.Application application() {
            return new RequestWorkflow.Application(
                    typeCode, communityCode, purpose, applicant.name(), applicant.idNumber(), fields, note);
        }
    }

    public record Applicant(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 18) String idNumber) {}

    public record Rejection(
            @NotBlank @Size(max = 2000) String reason,
            @Size(max = 2000) String note) {}

    public record InformationRequest(
            @NotBlank @Size(max = 2000) String message,
            @Size(max = 2000) String note) {}

    public record Supplement(
            @NotNull @Size(max = 40) Map<String, @Size(max = RequestFields.MAX_VALUE_LENGTH) String> fields,
            @Size(max = 2000) String note) {}

    public record ApplicantView(String name, String idNumber) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(
            RequestAction action,
            RequestStatus from,
            RequestStatus to,
            String actor,
            String role,
            String detail,
            String note,
            OffsetDateTime at) {}

    /** A request as its readers see it, with its timeline and what may happen next. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(
            long id,
            TypeRef type,
            CommunityRef community,
            String purpose,
            ApplicantView applicant,
            Map<String, String> fields,
            RequestStatus status,
            List<String> allowedActions,
            String informationRequested,
            String rejectionReason,
            String certificateNumber,
            OffsetDateTime submittedAt,
            OffsetDateTime decidedAt,
            List<StepView> timeline,
            long version)
            implements Versioned {}

    /** A request in a list: no fields, no timeline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestSummary(
            long id,
            TypeRef type,
            CommunityRef community,
            ApplicantView applicant,
            RequestStatus status,
            String certificateNumber,
            OffsetDateTime submittedAt,
            long version) {}
}
