package cn.gov.chengdu.certificate.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.chengdu.certificate.review.ReviewBody;
import cn.gov.chengdu.certificate.review.ReviewDecision;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.common.security.Actor;

/**
 * How each demo type got to its final state, as the source tells it: surveyed in 40 pilot villages and communities
 * from 2016 (DRAFT); those without a legal basis abolished in January 2017; those with one submitted to the joint
 * review (三堂会审) of the city government service centre, civil affairs bureau and legal affairs office, which
 * approves the 15 and rejects the rest; the retention list published in April 2017, effective 2017-05-01, retains
 * the 15. The dates within that story and the staff are illustrative ({@code demo-*} subjects). Pure and
 * deterministic: the same files give the same history.
 */
public final class CatalogueHistory {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String LIST_TITLE = "成都市村（社区）证明事项保留清单";
    public static final LocalDate LIST_EFFECTIVE_FROM = LocalDate.of(2017, 5, 1);
    public static final Instant LIST_CREATED_AT = at(LocalDate.of(2017, 4, 10), 10, 0);
    public static final Instant LIST_PUBLISHED_AT = at(LocalDate.of(2017, 4, 20), 15, 0);
    public static final Actor ADMIN = new Actor("demo-admin", "admin");

    private static final LocalDate SURVEY_START = LocalDate.of(2016, 4, 6);
    private static final int SURVEY_DAYS = 170;
    private static final Instant CLEAN_UP_AT = at(LocalDate.of(2017, 1, 10), 10, 0);
    private static final Instant SUBMITTED_AT = at(LocalDate.of(2017, 2, 6), 9, 30);
    /** The three review meetings; a rejecting body always votes last, as a rejection ends the round. */
    private static final List<LocalDate> VOTING_DAYS =
            List.of(LocalDate.of(2017, 2, 20), LocalDate.of(2017, 2, 27), LocalDate.of(2017, 3, 6));

    private static final List<ReviewBody> BODIES =
            List.of(ReviewBody.GOV_SERVICE_CENTER, ReviewBody.CIVIL_AFFAIRS, ReviewBody.LEGAL_AFFAIRS);
    private static final Map<ReviewBody, Actor> REVIEWERS = Map.of(
            ReviewBody.GOV_SERVICE_CENTER, new Actor("demo-reviewer-gsc", "reviewer"),
            ReviewBody.CIVIL_AFFAIRS, new Actor("demo-reviewer-civil", "reviewer"),
            ReviewBody.LEGAL_AFFAIRS, new Actor("demo-reviewer-legal", "reviewer"));
    private static final Map<ReviewBody, String> REJECTIONS = Map.of(
            ReviewBody.GOV_SERVICE_CENTER, "不同意保留：该情况可由部门间核查或申请人书面承诺解决，保留只会增加群众跑腿。",
            ReviewBody.CIVIL_AFFAIRS, "不同意保留：该事项超出村（居）民委员会的职责范围，村（社区）无法核实。",
            ReviewBody.LEGAL_AFFAIRS, "不同意保留：所提供的依据未规定由村（居）民委员会出具该证明，依据不足。");

    public record Change(CertificateTypeStatus from, CertificateTypeStatus to, Actor actor, String note, Instant at) {}

    public record Vote(ReviewBody body, ReviewDecision decision, String opinion, Actor reviewer, Instant at) {}

    /** A type with its status changes (oldest first) and its review votes (round 1, if it was reviewed). */
    public record TypeHistory(CertificateType type, List<Change> changes, List<Vote> votes) {

        public Instant createdAt() {
            return changes.get(0).at();
        }

        public Instant updatedAt() {
            return changes.get(changes.size() - 1).at();
        }

        public int reviewRound() {
            return votes.isEmpty() ? 0 : 1;
        }

        /** As the entity's optimistic-lock version would count: one per change after creation. */
        public long version() {
            return changes.size() - 1L;
        }
    }

    private CatalogueHistory() {}

    public static List<TypeHistory> plan(List<CertificateType> types) {
        List<TypeHistory> histories = new ArrayList<>(types.size());
        int rejected = 0;
        for (int i = 0; i < types.size(); i++) {
            CertificateType type = types.get(i);
            List<Change> changes = new ArrayList<>();
            List<Vote> votes = new ArrayList<>();
            changes.add(new Change(
                    null,
                    CertificateTypeStatus.DRAFT,
                    ADMIN,
                    "2016年摸排：试点村（社区）被要求开具的证明事项",
                    surveyedAt(i, types.size())));
            if (type.status == CertificateTypeStatus.RETAINED) {
                review(type, null, i, changes, votes);
                changes.add(new Change(
                        CertificateTypeStatus.APPROVED,
                        CertificateTypeStatus.RETAINED,
                        ADMIN,
                        "列入《" + LIST_TITLE + "》，2017年5月1日起施行",
                        LIST_PUBLISHED_AT));
            } else if (type.abolitionReason == AbolitionReason.REJECTED_IN_REVIEW) {
                review(type, BODIES.get(rejected++ % BODIES.size()), i, changes, votes);
            } else {
                changes.add(new Change(
                        CertificateTypeStatus.DRAFT,
                        CertificateTypeStatus.ABOLISHED,
                        ADMIN,
                        type.abolitionDetail,
                        CLEAN_UP_AT));
            }
            histories.add(new TypeHistory(type, List.copyOf(changes), List.copyOf(votes)));
        }
        return histories;
    }

    /** Round 1 of the joint review; {@code rejecter} null means all three approve. */
    private static void review(
            CertificateType type, ReviewBody rejecter, int index, List<Change> changes, List<Vote> votes) {
        changes.add(new Change(
                CertificateTypeStatus.DRAFT,
                CertificateTypeStatus.UNDER_REVIEW,
                ADMIN,
                "提交三堂会审（第1轮）：市级对口部门已提供法律依据",
                SUBMITTED_AT));
        List<ReviewBody> order = new ArrayList<>(BODIES);
        if (rejecter != null) {
            order.remove(rejecter);
            order.add(rejecter);
        }
        for (int slot = 0; slot < order.size(); slot++) {
            ReviewBody body = order.get(slot);
            boolean rejects = body == rejecter;
            votes.add(new Vote(
                    body,
                    rejects ? ReviewDecision.REJECT : ReviewDecision.APPROVE,
                    rejects ? REJECTIONS.get(body) : approval(type, body, rejecter != null),
                    REVIEWERS.get(body),
                    at(VOTING_DAYS.get(slot), 10, 0).plusSeconds(60L * (index % 120))));
        }
        Vote last = votes.get(votes.size() - 1);
        changes.add(
                rejecter == null
                        ? new Change(
                                CertificateTypeStatus.UNDER_REVIEW,
                                CertificateTypeStatus.APPROVED,
                                last.reviewer(),
                                "三堂会审：三方一致同意保留",
                                last.at())
                        : new Change(
                                CertificateTypeStatus.UNDER_REVIEW,
                                CertificateTypeStatus.ABOLISHED,
                                last.reviewer(),
                                type.abolitionDetail,
                                last.at()));
    }

    private static String approval(CertificateType type, ReviewBody body, boolean rejectedLater) {
        if (rejectedLater) {
            return "原则同意，请其他审查单位一并审查设定依据。";
        }
        return switch (body) {
            case GOV_SERVICE_CENTER -> "同意保留。该证明与群众办事密切相关，保留后统一证明范本，在线上线下公开。";
            case CIVIL_AFFAIRS -> "同意保留。村（居）民委员会依法协助开展该项工作，能够核实所证明的情况。";
            case LEGAL_AFFAIRS ->
                "同意保留。设定依据为" + type.legalBases.get(0).law()
                        + (type.legalBases.get(0).article() == null
                                ? ""
                                : type.legalBases.get(0).article()) + "，依据明确。";
        };
    }

    /** Survey entries spread over April to September 2016, on working days, during office hours. */
    private static Instant surveyedAt(int index, int total) {
        LocalDate day = SURVEY_START.plusDays((long) index * SURVEY_DAYS / total);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            day = day.plusDays(2);
        } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return at(day, 9, 0).plusSeconds(15L * 60 * (index % 24));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }
}
