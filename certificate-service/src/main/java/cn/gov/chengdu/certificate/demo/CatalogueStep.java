package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.certificate.demo.CatalogueHistory.Change;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.TypeHistory;
import cn.gov.chengdu.certificate.demo.CatalogueHistory.Vote;
import cn.gov.chengdu.certificate.retention.RetentionList;
import cn.gov.chengdu.certificate.retention.RetentionListRepository;
import cn.gov.chengdu.certificate.review.ReviewRound;
import cn.gov.chengdu.certificate.review.ReviewVote;
import cn.gov.chengdu.certificate.review.ReviewVoteRepository;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.certificate.type.StatusChange;
import cn.gov.chengdu.certificate.type.StatusChangeRepository;

/**
 * The Chengdu catalogue: 313 surveyed types with their history, the joint review's votes and the published
 * retention list effective 2017-05-01 that keeps 15 of them. The story ({@link CatalogueHistory}: who did what
 * when) is replayed through the catalogue's own lifecycle ({@link CertificateType}, {@link ReviewRound},
 * {@link RetentionList}) at its historical instants, so the demo follows the rules the service enforces; it fails
 * when the story and the rules disagree.
 */
@ApplicationScoped
public class CatalogueStep implements DemoDataStep {

    private final DemoCatalogue catalogue;
    private final CertificateTypeRepository types;
    private final StatusChangeRepository history;
    private final ReviewVoteRepository votes;
    private final RetentionListRepository lists;

    public CatalogueStep(
            DemoCatalogue catalogue,
            CertificateTypeRepository types,
            StatusChangeRepository history,
            ReviewVoteRepository votes,
            RetentionListRepository lists) {
        this.catalogue = catalogue;
        this.types = types;
        this.history = history;
        this.votes = votes;
        this.lists = lists;
    }

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public int load(Connection connection, DemoDataProgress progress) {
        List<CertificateType> planned = catalogue.read();
        List<TypeHistory> histories = CatalogueHistory.plan(planned);
        List<CertificateType> approved = new ArrayList<>();
        int done = 0;
        for (TypeHistory story : histories) {
            CertificateType type = replay(story);
            if (type.status == CertificateTypeStatus.APPROVED) {
                approved.add(type);
            }
            if (++done % 100 == 0 || done == histories.size()) {
                progress.count("certificate types", done, histories.size());
            }
        }
        approved.sort(Comparator.comparing((CertificateType t) -> t.code));
        RetentionList list = RetentionList.draft(
                CatalogueHistory.LIST_TITLE,
                CatalogueHistory.LIST_EFFECTIVE_FROM,
                null,
                approved,
                Set.of(),
                CatalogueHistory.ADMIN,
                CatalogueHistory.LIST_CREATED_AT);
        lists.persist(list);
        history.record(list.publish(approved, CatalogueHistory.ADMIN, CatalogueHistory.LIST_PUBLISHED_AT, null));
        types.flush();
        progress.count("retention list items", list.items.size(), list.items.size());
        return planned.size();
    }

    /**
     * One type from the survey to its review or clean-up. Inserts happen as the domain answers them; the type's
     * own row is written once more at the end (its version is 1: the demo does not replay one transaction per step).
     */
    private CertificateType replay(TypeHistory story) {
        CertificateType planned = story.type();
        CertificateType type = new CertificateType(planned.code);
        type.illustrative = planned.illustrative;
        Change surveyed = story.changes().get(0);
        StatusChange drafted = type.draft(contentOf(planned), surveyed.actor(), surveyed.at(), surveyed.note());
        types.persist(type);
        history.record(drafted);
        for (Change change : story.changes().subList(1, story.changes().size())) {
            if (change.to() == CertificateTypeStatus.UNDER_REVIEW) {
                history.record(type.submitForReview(change.actor(), change.at(), change.note()));
                castVotes(type, planned, story.votes());
            } else if (change.from() == CertificateTypeStatus.DRAFT && change.to() == CertificateTypeStatus.ABOLISHED) {
                history.record(type.abolish(
                        planned.abolitionReason,
                        planned.abolitionDetail,
                        planned.abolitionAlternative,
                        change.actor(),
                        change.at()));
            }
            // the review's outcome comes from the votes, RETAINED from the published list
        }
        CertificateTypeStatus expected =
                planned.status == CertificateTypeStatus.RETAINED ? CertificateTypeStatus.APPROVED : planned.status;
        if (type.status != expected) {
            throw new IllegalStateException("demo type " + type.code + " ends " + type.status + ", not " + expected);
        }
        return type;
    }

    private void castVotes(CertificateType type, CertificateType planned, List<Vote> plannedVotes) {
        List<ReviewVote> cast = new ArrayList<>();
        for (Vote vote : plannedVotes) {
            ReviewRound.Outcome outcome = ReviewRound.of(type, cast)
                    .cast(
                            vote.body(),
                            vote.decision(),
                            vote.opinion(),
                            planned.abolitionAlternative,
                            null,
                            vote.reviewer(),
                            vote.at());
            votes.persist(outcome.vote());
            history.record(outcome.change());
            cast.add(outcome.vote());
        }
    }

    private static CertificateType.Content contentOf(CertificateType planned) {
        return new CertificateType.Content(
                planned.name,
                planned.aliases,
                planned.description,
                planned.category,
                planned.issuingLevel,
                planned.responsibleDepartment,
                planned.legalBases,
                planned.requiredMaterials,
                planned.processingLimitDays,
                planned.validityDays,
                planned.template);
    }
}
