package cn.gov.chengdu.certificate.type;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;

/**
 * The one place where a certificate type changes status: it checks the transition is allowed, applies it and
 * records it in the history. Callers hold the transaction (and, where several may race, the row lock).
 */
@ApplicationScoped
public class CertificateTypeLifecycle {

    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    public static final String NO_LEGAL_BASIS = "NO_LEGAL_BASIS";

    private static final Map<CertificateTypeStatus, Set<CertificateTypeStatus>> ALLOWED = Map.of(
            CertificateTypeStatus.DRAFT, EnumSet.of(CertificateTypeStatus.UNDER_REVIEW, CertificateTypeStatus.ABOLISHED),
            CertificateTypeStatus.UNDER_REVIEW, EnumSet.of(CertificateTypeStatus.APPROVED, CertificateTypeStatus.ABOLISHED),
            CertificateTypeStatus.APPROVED, EnumSet.of(CertificateTypeStatus.RETAINED, CertificateTypeStatus.ABOLISHED),
            CertificateTypeStatus.RETAINED, EnumSet.of(CertificateTypeStatus.ABOLISHED),
            CertificateTypeStatus.ABOLISHED, EnumSet.noneOf(CertificateTypeStatus.class));

    private final StatusChangeRepository history;

    public CertificateTypeLifecycle(StatusChangeRepository history) {
        this.history = history;
    }

    /** Records the first status of a new type. */
    public void created(CertificateType type, Actor actor, String note) {
        record(type, null, type.status, actor, note);
    }

    /** DRAFT → UNDER_REVIEW, opening a new review round. */
    public void submitForReview(CertificateType type, Actor actor, String note) {
        move(type, CertificateTypeStatus.UNDER_REVIEW, actor, note);
        type.reviewRound++;
    }

    /** UNDER_REVIEW → APPROVED; never for a type without a legal basis. */
    public void approve(CertificateType type, Actor actor, String note) {
        if (!type.hasLegalBasis()) {
            throw ProblemException.unprocessable(NO_LEGAL_BASIS,
                    "Certificate type " + type.code + " has no legal basis and cannot be approved");
        }
        move(type, CertificateTypeStatus.APPROVED, actor, note);
    }

    /** APPROVED → RETAINED by a published retention list; a type already retained stays as it is. */
    public void retain(CertificateType type, Actor actor, String note) {
        if (type.status != CertificateTypeStatus.RETAINED) {
            move(type, CertificateTypeStatus.RETAINED, actor, note);
        }
    }

    /** Any status but ABOLISHED → ABOLISHED, with the reason, what it means and what the citizen does instead. */
    public void abolish(CertificateType type, AbolitionReason reason, String detail, String alternative, Actor actor) {
        move(type, CertificateTypeStatus.ABOLISHED, actor, detail);
        type.abolitionReason = reason;
        type.abolitionDetail = detail;
        type.abolitionAlternative = alternative;
    }

    /** The statuses a type in {@code status} may move to. */
    public static Set<CertificateTypeStatus> allowedFrom(CertificateTypeStatus status) {
        return ALLOWED.get(status);
    }

    private void move(CertificateType type, CertificateTypeStatus to, Actor actor, String note) {
        CertificateTypeStatus from = type.status;
        if (!ALLOWED.get(from).contains(to)) {
            throw ProblemException.conflict(ILLEGAL_TRANSITION,
                    "Certificate type " + type.code + " is " + from + " and cannot become " + to)
                    .with("currentStatus", from.name())
                    .with("allowed", List.copyOf(ALLOWED.get(from)).stream().map(Enum::name).sorted().toList());
        }
        type.status = to;
        record(type, from, to, actor, note);
    }

    private void record(CertificateType type, CertificateTypeStatus from, CertificateTypeStatus to, Actor actor,
            String note) {
        StatusChange change = new StatusChange();
        change.typeId = type.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.actor = actor.subject();
        change.role = actor.role();
        change.note = note;
        history.persist(change);
    }
}
