package cn.gov.chengdu.certificate.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.access.AccessPolicy;
import cn.gov.chengdu.certificate.retention.RetentionListApi.DraftList;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListDiff;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListRef;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListSummary;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListView;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListedType;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.certificate.type.StatusChangeRepository;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/**
 * Retention lists (保留清单) over HTTP; the rules are {@link RetentionList}'s. Publishing locks every type it
 * touches, in code order, so two publications cannot interleave.
 */
@ApplicationScoped
public class RetentionListService {

    private final RetentionListRepository lists;
    private final CertificateTypeRepository types;
    private final StatusChangeRepository history;
    private final AccessPolicy access;
    private final BusinessClock clock;

    public RetentionListService(
            RetentionListRepository lists,
            CertificateTypeRepository types,
            StatusChangeRepository history,
            AccessPolicy access,
            BusinessClock clock) {
        this.lists = lists;
        this.types = types;
        this.history = history;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public ListView draft(DraftList body) {
        Set<String> exclude = body.exclude() == null ? Set.of() : Set.copyOf(body.exclude());
        RetentionList list = RetentionList.draft(
                body.title(),
                body.effectiveFrom(),
                body.note(),
                types.withStatusIn(RetentionList.RETAINABLE),
                exclude,
                access.actingAs(Roles.ADMIN),
                clock.now());
        lists.persistAndFlush(list);
        return view(list);
    }

    @Transactional
    public ListView publish(long id, String ifMatch, String note) {
        RetentionList list = lists.lockById(id).orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, list.version);
        history.record(list.publish(
                types.lockWithStatusIn(RetentionList.RETAINABLE), access.actingAs(Roles.ADMIN), clock.now(), note));
        lists.flush();
        return view(list);
    }

    public Page<ListSummary> list(Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<RetentionList> rows = lists.page(after == null ? null : Cursors.number(after.get(0)), size + 1);
        return Page.fromRows(rows, size, this::summary, l -> Cursors.encode(l.id.toString()));
    }

    public ListView get(long id) {
        return view(find(id));
    }

    /** The published list in force today (Asia/Shanghai), or 404. */
    public ListView current() {
        return lists.inForceOn(clock.today())
                .map(this::view)
                .orElseThrow(() -> ProblemException.notFound("A published retention list in force today"));
    }

    public ListDiff diff(long id, Long againstId) {
        if (againstId == null) {
            throw ProblemException.invalidField("against", "is required: the id of the list to compare with");
        }
        RetentionList list = find(id);
        RetentionList against = find(againstId);
        Set<String> before = against.items.stream().map(i -> i.typeCode).collect(Collectors.toSet());
        Set<String> after = list.items.stream().map(i -> i.typeCode).collect(Collectors.toSet());
        List<ListedType> kept = new ArrayList<>();
        List<ListedType> added = new ArrayList<>();
        for (RetainedItem item : list.items) {
            (before.contains(item.typeCode) ? kept : added).add(listed(item));
        }
        List<ListedType> removed = against.items.stream()
                .filter(i -> !after.contains(i.typeCode))
                .map(RetentionListService::listed)
                .toList();
        return new ListDiff(ref(list), ref(against), kept, added, removed);
    }

    private RetentionList find(long id) {
        RetentionList list = lists.findById(id);
        if (list == null) {
            throw notFound(id);
        }
        return list;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Retention list " + id);
    }

    private static ListedType listed(RetainedItem item) {
        return new ListedType(item.typeCode, item.typeName);
    }

    private static ListRef ref(RetentionList list) {
        return new ListRef(list.id, list.title, list.effectiveFrom);
    }

    private ListSummary summary(RetentionList l) {
        return new ListSummary(
                l.id, l.title, l.effectiveFrom, l.status, clock.toWire(l.publishedAt), l.items.size(), l.version);
    }

    private ListView view(RetentionList l) {
        return new ListView(
                l.id,
                l.title,
                l.effectiveFrom,
                l.note,
                l.status,
                clock.toWire(l.publishedAt),
                l.createdBy,
                l.items.stream().map(RetentionListService::listed).toList(),
                l.version,
                clock.toWire(l.createdAt));
    }
}
