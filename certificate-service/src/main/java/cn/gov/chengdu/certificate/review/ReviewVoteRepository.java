package cn.gov.chengdu.certificate.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ReviewVoteRepository implements PanacheRepository<ReviewVote> {

    public List<ReviewVote> ofRound(long typeId, int round) {
        return list("typeId = ?1 and round = ?2 order by id", typeId, round);
    }

    /** Votes on a type, newest round first, keyset after vote id {@code beforeId} (exclusive) in that order. */
    public List<ReviewVote> ofType(long typeId, Long beforeId, int limit) {
        return find(
                        beforeId == null ? "typeId = ?1 order by id desc" : "typeId = ?1 and id < ?2 order by id desc",
                        beforeId == null ? new Object[] {typeId} : new Object[] {typeId, beforeId})
                .page(0, limit)
                .list();
    }
}
