package cn.gov.chengdu.certificate.template;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.gov.chengdu.certificate.template.CertificatePages.SamplePage;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeService;
import cn.gov.chengdu.certificate.type.LegalBasis;
import cn.gov.chengdu.common.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;

@Path("/api/v1/certificate-types")
@Tag(name = "Certificate types", description = "The catalogue of village and community certificates (证明事项)")
public class SampleTemplateResource {

    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";

    private final CertificateTypeService types;

    public SampleTemplateResource(CertificateTypeService types) {
        this.types = types;
    }

    @GET
    @Path("{code}/template")
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The sample (证明范本) of a type as a printable HTML page, placeholders shown as labelled blanks")
    public TemplateInstance sample(@PathParam("code") String code) {
        CertificateType type = types.find(code);
        if (type.template == null) {
            throw new ProblemException(404, TEMPLATE_NOT_FOUND, "Certificate type " + code + " has no template");
        }
        return CertificatePages.sample(new SamplePage(type.code, type.name, type.template.title(),
                FilledTemplate.fill(type.template, Map.of()), legalBases(type.legalBases),
                List.copyOf(type.requiredMaterials)));
    }

    private static List<String> legalBases(List<LegalBasis> bases) {
        return bases.stream()
                .map(basis -> basis.law() + (basis.article() == null ? "" : " " + basis.article()))
                .toList();
    }
}
