package cn.gov.chengdu.certificate.type;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.type.CertificateTypeApi.Abolition;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.CreateType;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.StatusChangeView;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeContent;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeSummary;
import cn.gov.chengdu.certificate.type.CertificateTypeApi.TypeView;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/** The catalogue of certificate types: drafting and editing by admins, submission to the joint review. */
@ApplicationScoped
public class CertificateTypeService {

    public static final String TYPE_EXISTS = "CERTIFICATE_TYPE_EXISTS";
    public static final String TYPE_NOT_EDITABLE = "CERTIFICATE_TYPE_NOT_EDITABLE";

    private final CertificateTypeRepository types;
    private final StatusChangeRepository history;
    private final CertificateTypeLifecycle lifecycle;
    private final BusinessClock clock;

    public CertificateTypeService(CertificateTypeRepository types, StatusChangeRepository history,
            CertificateTypeLifecycle lifecycle, BusinessClock clock) {
        this.types = types;
        this.history = history;
        this.lifecycle = lifecycle;
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
        return types.findByCode(code).orElseThrow(() -> ProblemException.notFound("Certificate type " + code));
    }

    /** The type locked for this transaction, or 404. */
    public CertificateType lock(String code) {
        return types.lockByCode(code).orElseThrow(() -> ProblemException.notFound("Certificate type " + code));
    }

    @Transactional
    public TypeView create(CreateType request, Actor actor) {
        if (types.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict(TYPE_EXISTS, "A certificate type with code " + request.code()
                    + " already exists");
        }
        CertificateType type = new CertificateType();
        type.code = request.code();
        type.status = CertificateTypeStatus.DRAFT;
        apply(type, request.content());
        types.persistAndFlush(type);
        lifecycle.created(type, actor, "drafted");
        return view(type);
    }

    @Transactional
    public TypeView update(String code, TypeContent content, String ifMatch) {
        CertificateType type = lock(code);
        Versions.checkIfMatch(ifMatch, type.version);
        if (type.status != CertificateTypeStatus.DRAFT) {
            throw ProblemException.conflict(TYPE_NOT_EDITABLE,
                    "Certificate type " + code + " is " + type.status + "; only a DRAFT can be edited")
                    .with("currentStatus", type.status.name());
        }
        apply(type, content);
        types.flush();
        return view(type);
    }

    @Transactional
    public TypeView submitForReview(String code, String ifMatch, Actor actor, String note) {
        CertificateType type = lock(code);
        Versions.checkIfMatch(ifMatch, type.version);
        lifecycle.submitForReview(type, actor, note);
        types.flush();
        return view(type);
    }

    private static void apply(CertificateType type, TypeContent content) {
        type.name = content.name().strip();
        type.aliases = new ArrayList<>(content.aliases() == null ? List.of()
                : content.aliases().stream().map(String::strip).distinct().toList());
        type.description = content.description();
        type.category = content.category();
        type.issuingLevel = content.issuingLevel();
        type.responsibleDepartment = content.responsibleDepartment();
        type.legalBases = new ArrayList<>(content.legalBases() == null ? List.of() : content.legalBases());
        type.requiredMaterials = new ArrayList<>(
                content.requiredMaterials() == null ? List.of() : content.requiredMaterials());
        type.processingLimitDays = content.processingLimitDays();
        type.validityDays = content.validityDays();
        type.template = content.template();
        type.refreshSearchText();
    }

    public static TypeSummary summary(CertificateType t) {
        return new TypeSummary(t.code, t.name, List.copyOf(t.aliases), t.category, t.issuingLevel, t.status,
                Abolition.of(t), t.illustrative, t.version);
    }

    /** The full view of a type, with its status history. */
    public TypeView view(CertificateType t) {
        List<StatusChangeView> changes = history.historyOf(t.id).stream()
                .map(c -> new StatusChangeView(c.fromStatus, c.toStatus, c.actor, c.role, c.note,
                        clock.toWire(c.changedAt)))
                .toList();
        return new TypeView(t.code, t.name, List.copyOf(t.aliases), t.description, t.category, t.issuingLevel,
                t.responsibleDepartment, List.copyOf(t.legalBases), List.copyOf(t.requiredMaterials),
                t.processingLimitDays, t.validityDays, t.template, t.status, Abolition.of(t), t.reviewRound,
                t.illustrative, changes, t.version, clock.toWire(t.createdAt), clock.toWire(t.updatedAt));
    }
}
