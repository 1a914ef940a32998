package cn.gov.chengdu.certificate.template;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.gov.chengdu.certificate.template.FilledTemplate.Piece;

/**
 * The printable HTML pages of this service (Qute, {@code templates/certificate-pages/}): a type's sample template
 * and an issued certificate. Every value from the database is HTML-escaped by Qute.
 */
@CheckedTemplate(basePath = "certificate-pages")
public final class CertificatePages {

    /** A type's sample (证明范本): the template with blanks, the legal bases and the required materials. */
    public record SamplePage(
            String typeCode,
            String typeName,
            String title,
            List<Piece> body,
            List<String> legalBases,
            List<String> requiredMaterials) {}

    /** An issued certificate as printed: the filled template, the number and the code that verify it. */
    public record CertificatePage(
            String number,
            String verificationCode,
            String title,
            List<Piece> body,
            String communityName,
            String issueDate,
            String expiryDate,
            String status) {

        public boolean isValid() {
            return "VALID".equals(status);
        }
    }

    private CertificatePages() {}

    public static native TemplateInstance sample(SamplePage page);

    public static native TemplateInstance certificate(CertificatePage page);
}
