package cn.gov.chengdu.certificate.request;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.chengdu.certificate.request.CertificateRequestApi.InformationRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.Rejection;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestSummary;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.RequestView;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.SubmitRequest;
import cn.gov.chengdu.certificate.request.CertificateRequestApi.Supplement;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.web.ActionNote;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.persistence.idempotency.IdempotentCreation;

@Path(CertificateRequestResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificate requests", description = "Citizens ask a village or community for a certificate")
public class CertificateRequestResource {

    static final String PATH = "/api/v1/certificate-requests";

    private final CertificateRequestService service;
    private final IdempotentCreation idempotency;

    public CertificateRequestResource(CertificateRequestService service, IdempotentCreation idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @APIResponseSchema(value = RequestView.class, responseCode = "201")
    @Operation(summary = "Ask for a certificate of a retained type (citizen); honours Idempotency-Key")
    public RestResponse<RequestView> submit(
            @Valid @NotNull SubmitRequest body, @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey) {
        return idempotency.create(idempotencyKey, body, () -> {
            RequestView view = service.submit(body);
            return Versions.created(PATH + "/" + view.id(), view);
        });
    }

    @GET
    @RolesAllowed({Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN})
    @Operation(summary = "Requests newest first: a citizen's own, a community's for its staff, all for admins")
    public Page<RequestSummary> list(
            @QueryParam("status") RequestStatus status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(status, limit, cursor);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CITIZEN, Roles.COMMUNITY_STAFF, Roles.ADMIN})
    @Operation(summary = "One request with its timeline (another citizen's or community's is 404)")
    public RequestView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/issue")
    @RolesAllowed(Roles.COMMUNITY_STAFF)
    @Operation(summary = "Issue the certificate (staff of the request's community): SUBMITTED → ISSUED")
    public RequestView issue(
            @PathParam("id") long id, @Valid ActionNote body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.issue(id, ifMatch, ActionNote.of(body));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.COMMUNITY_STAFF)
    @Operation(summary = "Refuse the request with a reason (staff of the request's community)")
    public RequestView reject(
            @PathParam("id") long id,
            @Valid @NotNull Rejection body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.reject(id, ifMatch, body.reason(), body.note());
    }

    @POST
    @Path("{id}/request-info")
    @RolesAllowed(Roles.COMMUNITY_STAFF)
    @Operation(summary = "Ask the citizen for more information (staff of the request's community)")
    public RequestView requestInformation(
            @PathParam("id") long id,
            @Valid @NotNull InformationRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.requestInformation(id, ifMatch, body.message(), body.note());
    }

    @POST
    @Path("{id}/supplement")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Answer an information request with more or corrected fields (the owner)")
    public RequestView supplement(
            @PathParam("id") long id,
            @Valid @NotNull Supplement body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.supplement(id, ifMatch, body.fields(), body.note());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Withdraw the request (the owner), while it is SUBMITTED or INFO_REQUESTED")
    public RequestView withdraw(
            @PathParam("id") long id, @Valid ActionNote body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.withdraw(id, ifMatch, ActionNote.of(body));
    }
}
