package cn.gov.chengdu.certificate.type;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.TemplateInstance;

import cn.gov.chengdu.certificate.template.CertificatePages;

@Path("/api/v1/certificate-types")
@Tag(name = "Certificate types", description = "The catalogue of village and community certificates (证明事项)")
public class SampleTemplateResource {

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
        return CertificatePages.sample(types.sample(code));
    }
}
