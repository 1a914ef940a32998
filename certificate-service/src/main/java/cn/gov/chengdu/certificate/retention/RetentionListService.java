package cn.gov.chengdu.certificate.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.certificate.retention.RetentionListApi.DraftList;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListDiff;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListRef;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListSummary;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListView;
import cn.gov.chengdu.certificate.retention.RetentionListApi.ListedType;
import cn.gov.chengdu.certificate.type.AbolitionReason;
import cn.gov.chengdu.certificate.type.CertificateType;
import cn.gov.chengdu.certificate.type.CertificateTypeLifecycle;
import cn.gov.chengdu.certificate.type.CertificateTypeRepository;
import cn.gov.chengdu.certificate.type.CertificateTypeStatus;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;

/**
 * Retention lists (保留清单). A draft takes the types that are APPROVED or RETAINED at that moment. Publishing
 * makes its types RETAINED and abolishes ({@code REMOVED_FROM_LIST}) the retained types it leaves out; a
 * published list never changes. Publishing locks every type it touches, in code order, so two publications
 * cannot interleave.
 */
@ApplicationScoped
public class RetentionListService {

    public static final String EMPTY_RETENTION_LIST = "EMPTY_RETENTION_LIST";
    public static final String RETENTION_LIST_OUTDATED = "RETENTION_LIST_OUTDATED";
    public static final String NOT_RETAINABLE = "CERTIFICATE_TYPE_NOT_RETAINABLE";

    private static final List<CertificateTypeStatus> RETAINABLE = List.of(CertificateTypeStatus.APPROVED,
            CertificateTypeStatus.RETAINED);

    private final RetentionListRepository lists;
    private final CertificateTypeRepository types;
    private final CertificateTypeLifecycle lifecycle;
    private final BusinessClock clock;

    public RetentionListService(RetentionListRepository lists, CertificateTypeRepository types,
            CertificateTypeLifecycle lifecycle, BusinessClock clock) {
        this.lists = lists;
        this.types = types;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional
    public ListView draft(DraftList request, Actor actor) {
        Set<String> exclude = request.exclude() == null ? Set.of() : Set.copyOf(request.exclude());
        List<CertificateType> candidates = types.withStatusIn(RETAINABLE);
        Set<String> candidateCodes = candidates.stream().map(t -> t.code).collect(Collectors.toSet());
        List<String> unknown = exclude.stream().filter(code -> !candidateCodes.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(NOT_RETAINABLE, "Only APPROVED or RETAINED types can be left out; "
                    + "these are not: " + unknown).with("types", unknown);
        }
        List<CertificateType> retainable = candidates.stream().filter(t -> !exclude.contains(t.code)).toList();
        if (retainable.isEmpty()) {
            throw ProblemException.unprocessable(EMPTY_RETENTION_LIST,
                    "No certificate type is APPROVED or RETAINED: there is nothing to put on a retention list");
        }
        RetentionList list = new RetentionList();
        list.title = request.title().strip();
        list.effectiveFrom = request.effectiveFrom();
        list.status = RetentionListStatus.DRAFT;
        list.createdBy = actor.subject();
        retainable.forEach(t -> list.items.add(new RetainedItem(t.id, t.code, t.name)));
        lists.persistAndFlush(list);
        return view(list);
    }

    @Transactional
    public ListView publish(long id, String ifMatch, Actor actor, String note) {
        RetentionList list = lists.lockById(id).orElseThrow(() -> notFound(id));
        Versions.checkIfMatch(ifMatch, list.version);
        if (list.status == RetentionListStatus.PUBLISHED) {
            throw ProblemException.conflict(CertificateTypeLifecycle.ILLEGAL_TRANSITION,
                    "Retention list " + id + " is already published; a published list never changes")
                    .with("currentStatus", list.status.name()).with("allowed", List.of());
        }
        Map<Long, CertificateType> touched = types.lockWithStatusIn(RETAINABLE).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<String> outdated = list.items.stream().filter(item -> !touched.containsKey(item.typeId))
                .map(item -> item.typeCode).toList();
        if (!outdated.isEmpty()) {
            throw ProblemException.conflict(RETENTION_LIST_OUTDATED, "Types on this draft are no longer APPROVED or "
                    + "RETAINED: " + outdated + "; draft a new list").with("types", outdated);
        }
        Set<Long> listed = list.items.stream().map(item -> item.typeId).collect(Collectors.toSet());
        String listName = "《" + list.title + "》（" + list.effectiveFrom + " 起施行）";
        String retainNote = "retained by " + listName + (note == null || note.isBlank() ? "" : "; " + note.strip());
        for (CertificateType type : touched.values()) {
            if (listed.contains(type.id)) {
                lifecycle.retain(type, actor, retainNote);
            } else if (type.status == CertificateTypeStatus.RETAINED) {
                lifecycle.abolish(type, AbolitionReason.REMOVED_FROM_LIST, "未列入" + listName,
                        "村（社区）不再出具此证明", actor);
            }
        }
        list.status = RetentionListStatus.PUBLISHED;
        list.publishedAt = clock.now();
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
        return lists.inForceOn(clock.today()).map(this::view).orElseThrow(
                () -> ProblemException.notFound("A published retention list in force today"));
    }

    public ListDiff diff(long id, long againstId) {
        RetentionList list = find(id);
        RetentionList against = find(againstId);
        Set<String> before = against.items.stream().map(i -> i.typeCode).collect(Collectors.toSet());
        Set<String> after = list.items.stream().map(i -> i.typeCode).collect(Collectors.toSet());
        List<ListedType> kept = new ArrayList<>();
        List<ListedType> added = new ArrayList<>();
        for (RetainedItem item : list.items) {
            (before.contains(item.typeCode) ? kept : added).add(listed(item));
        }
        List<ListedType> removed = against.items.stream().filter(i -> !after.contains(i.typeCode))
                .map(RetentionListService::listed).toList();
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
        return new ListSummary(l.id, l.title, l.effectiveFrom, l.status, clock.toWire(l.publishedAt),
                l.items.size(), l.version);
    }

    private ListView view(RetentionList l) {
        return new ListView(l.id, l.title, l.effectiveFrom, l.status, clock.toWire(l.publishedAt), l.createdBy,
                l.items.stream().map(RetentionListService::listed).toList(), l.version, clock.toWire(l.createdAt));
    }
}
