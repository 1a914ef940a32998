package cn.gov.chengdu.certificate.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certificate-stats")
@Tag(name = "Statistics", description = "The reform in figures")
public class CertificateStatsResource {

    private final CertificateStatsService service;

    public CertificateStatsResource(CertificateStatsService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Surveyed, retained and abolished types, reduction, issued certificates, processing time")
    public CertificateStats stats() {
        return service.stats();
    }
}
