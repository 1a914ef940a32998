package cn.gov.chengdu.certificate.type;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.template.CertificatePages.SamplePage;
import cn.gov.chengdu.certificate.template.FilledTemplate;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.Abolition;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.CreateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.LegalBasis;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.StatusChangeView;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.Template;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeContent;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeSummary;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/** The catalogue of certificate types: drafting and editing by admins, submission to the joint review, samples. */
@ApplicationScoped
public class CertificateTypeService {

    public static final String TYPE_EXISTS = "CERTIFICATE_TYPE_EXISTS";
    public static final String TEMPLATE_NOT_FOUND = "TEMPLATE_NOT_FOUND";

    private final CertificateTypeRepository types;
    private final StatusChangeRepository history;
    private final AccessPolicy access;
    private final BusinessClock clock;

    public CertificateTypeService(
            CertificateTypeRepository types, StatusChangeRepository history, AccessPolicy access, BusinessClock clock) {
        this.types = types;
        this.history = history;
        this.access = access;
        this.clock = clock;
    }

    public Page<TypeSummary> list(CertificateTypeStatus status, String text, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        String filter = text == null || text.isBlank() ? null : text.strip();
        List<CertificateType> rows = types.page(after == null ? null : after.get(0), status, filter, size + 1);
        return Page.fromRows(rows, size, CertificateTypeService::summary, t -> Cursors.encode(t.code));
    }

    public TypeView get(String code) {
        return view(find(code));
    }

    /** The type, or 404. */
    public CertificateType find(String code) {
        return types.findByCode(code).orElseThrow(() -> notFound(code));
    }

    /** The type locked for this transaction, or 404. */
    public CertificateType lock(String code) {
        return types.lockByCode(code).orElseThrow(() -> notFound(code));
    }

    @Transactional
    public TypeView create(CreateType body) {
        if (types.findByCode(body.code).isPresent()) {
            throw ProblemException.conflict(
                    TYPE_EXISTS, "A certificate type with code " + body.code + " already exists");
        }
        CertificateType type = new CertificateType(body.code);
        StatusChange drafted = type.draft(body.toDomain(), access.actingAs(Roles.ADMIN), clock.now(), "drafted");
        types.persist(type);
        history.record(drafted);
        types.flush();
        return view(type);
    }

    @Transactional
    public TypeView update(String code, TypeContent content, String ifMatch) {
        CertificateType type = lock(code);
        Versions.checkIfMatch(ifMatch, type.version);
        type.edit(content.toDomain(), clock.now());
        types.flush();
        return view(type);
    }

    @Transactional
    public TypeView submitForReview(String code, String ifMatch, String note) {
        CertificateType type = lock(code);
        Versions.checkIfMatch(ifMatch, type.version);
        history.record(type.submitForReview(access.actingAs(Roles.ADMIN), clock.now(), note));
        types.flush();
        return view(type);
    }

    /** The sample (证明范本) of a type as a printable page; 404 {@code TEMPLATE_NOT_FOUND} without a template. */
    public SamplePage sample(String code) {
        CertificateType type = find(code);
        if (type.template == null) {
            throw new ProblemException(404, TEMPLATE_NOT_FOUND, "Certificate type " + code + " has no template");
        }
        return new SamplePage(
                type.code,
                type.name,
                type.template.title(),
                FilledTemplate.fill(type.template.body(), type.template.fieldLabels(), Map.of()),
                type.legalBases.stream()
                        .map(basis -> basis.law() + (basis.article() == null ? "" : " " + basis.article()))
                        .toList(),
                List.copyOf(type.requiredMaterials));
    }

    public static TypeSummary summary(CertificateType t) {
        return new TypeSummary(
                t.code,
                t.name,
                List.copyOf(t.aliases),
                t.category,
                t.issuingLevel,
                t.status,
                Abolition.of(t),
                t.illustrative,
                t.version);
    }

    /** The full view of a type, with its status history. */
    public TypeView view(CertificateType t) {
        List<StatusChangeView> changes = history.historyOf(t).stream()
                .map(c -> new StatusChangeView(
                        c.fromStatus, c.toStatus, c.actor, c.role, c.note, clock.toWire(c.changedAt)))
                .toList();
        return new TypeView(
                t.code,
                t.name,
                List.copyOf(t.aliases),
                t.description,
                t.category,
                t.issuingLevel,
                t.responsibleDepartment,
                t.legalBases.stream().map(LegalBasis::of).toList(),
                List.copyOf(t.requiredMaterials),
                t.processingLimitDays,
                t.validityDays,
                Template.of(t.template),
                t.status,
                Abolition.of(t),
                t.reviewRound,
                t.illustrative,
                changes,
                t.version,
                clock.toWire(t.createdAt),
                clock.toWire(t.updatedAt));
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("Certificate type " + code);
    }
}
