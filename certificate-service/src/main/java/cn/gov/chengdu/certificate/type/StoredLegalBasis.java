package cn.gov.chengdu.certificate.type;

/**
 * A legal basis as the catalogue stores it (an element of the {@code certificate_type.legal_bases} jsonb): the
 * law, its article and the authority that enacted it. The API's {@link CertificateTypeApi.LegalBasis} maps to it.
 */
public record StoredLegalBasis(String law, String article, String authority) {}
