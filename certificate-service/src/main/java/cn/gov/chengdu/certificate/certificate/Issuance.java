package cn.gov.chengdu.certificate.certificate;

import cn.gov.chengdu.certificate.community.CommunityApi.CommunityRef;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeRef;

/**
 * What a certificate is issued on: the request it answers, the type and community (names as they are now), the
 * person, the purpose, the content and how many days it is valid ({@code null}: no expiry).
 */
public record Issuance(
        long requestId,
        TypeRef type,
        CommunityRef community,
        String ownerSubject,
        String subjectName,
        String subjectIdNumber,
        String purpose,
        CertificateContent content,
        Integer validityDays) {}
