package cn.gov.chengdu.certificate.demo;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import cn.gov.chengdu.certificate.certificate.Certificate;
import cn.gov.chengdu.certificate.request.CertificateRequest;
import cn.gov.chengdu.certificate.request.RequestAction;
import cn.gov.chengdu.certificate.request.RequestWorkflow;
import cn.gov.chengdu.certificate.request.RequestWorkflow.Application;
import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.common.time.BusinessClock;

/**
 * Certificate requests in every state, with their timelines, and the certificates issued on them
 * ({@code demo/requests.json}): valid ones, one revoked, and ones issued in 2017/2018 that have expired.
 * <p>
 * Each request is submitted and taken through its steps by the service's own {@link RequestWorkflow}, at the
 * instants the file gives, so it follows every rule of the real flow (identity number, retained type of the
 * community's level, fields that fit the template, steps the status allows); certificates are numbered from the
 * real sequence and signed with the active key, so they verify like any other, and revoked through the
 * certificate's own {@link Certificate#revoke}. Times are either absolute ({@code 2017-09-08 15:30}) or days
 * before the load ({@code -11d 15:05}), both in the business zone, so the current certificates are valid at the
 * first start. What only the file can get wrong (order of the times, who takes a step) is checked here.
 */
@ApplicationScoped
public class RequestsStep implements DemoDataStep {

    /** One request of the file: who asked whom for what, and what happened to it, in order. */
    public record DemoRequest(
            String ref,
            String owner,
            Applicant applicant,
            String typeCode,
            String communityCode,
            String purpose,
            Map<String, String> fields,
            List<DemoAction> steps,
            DemoRevocation revocation) {}

    /** Illustrative name and ID number (valid check character, not a real person). */
    public record Applicant(String name, String idNumber) {}

    /**
     * A step of the timeline. {@code by}: the staff member for staff steps (default
     * {@code demo-staff-<community code in lower case>}); citizen steps are the owner's. {@code detail}: the
     * rejection reason or the information asked for. {@code fields}: what a supplement gives.
     */
    public record DemoAction(
            RequestAction action, String at, String by, String detail, String note, Map<String, String> fields) {}

    /** The revocation of the request's certificate; {@code by} defaults as for staff steps. */
    public record DemoRevocation(String at, String by, String reason, String note) {}

    static final String FILE = "requests.json";
    static final String STAFF_PREFIX = "demo-staff-";
    private static final Pattern DAYS_AGO = Pattern.compile("-(\\d{1,4})d (\\d{2}:\\d{2})");
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DemoFiles files;
    private final RequestWorkflow workflow;
    private final BusinessClock clock;

    public RequestsStep(DemoFiles files, RequestWorkflow workflow, BusinessClock clock) {
        this.files = files;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "requests";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public int load(Connection connection, DemoDataProgress progress) {
        Instant now = clock.now();
        List<DemoRequest> demo = files.read(FILE, new TypeReference<List<DemoRequest>>() {});
        // oldest first: ids and certificate numbers then follow the dates, as they would have
        List<DemoRequest> bySubmission = demo.stream()
                .sorted(Comparator.comparing((DemoRequest r) -> submittedAt(r, now)))
                .toList();
        int issued = 0;
        for (DemoRequest request : bySubmission) {
            try {
                issued += replay(request, now);
            } catch (RuntimeException e) {
                throw new IllegalStateException("demo request " + request.ref() + ": " + e.getMessage(), e);
            }
        }
        progress.count("certificate requests", bySubmission.size(), demo.size());
        progress.count("certificates", issued, issued);
        return demo.size();
    }

    /** Submits one request and takes its steps; answers 1 when it issued a certificate. */
    private int replay(DemoRequest demo, Instant now) {
        List<DemoAction> actions = demo.steps();
        if (actions == null || actions.isEmpty() || actions.get(0).action() != RequestAction.SUBMIT) {
            throw new IllegalArgumentException("the first step must be SUBMIT");
        }
        Actor owner = new Actor(demo.owner(), Roles.CITIZEN);
        DemoAction submit = actions.get(0);
        Instant previous = at(submit.at(), now);
        CertificateRequest request = workflow.submit(
                new Application(
                        demo.typeCode(),
                        demo.communityCode(),
                        demo.purpose(),
                        demo.applicant().name(),
                        demo.applicant().idNumber(),
                        demo.fields(),
                        submit.note()),
                owner,
                previous);

        Certificate certificate = null;
        for (DemoAction step : actions.subList(1, actions.size())) {
            RequestAction action = step.action();
            Instant at = at(step.at(), now);
            if (!at.isAfter(previous)) {
                throw new IllegalArgumentException(action + " at " + step.at() + " is not after the step before");
            }
            previous = at;
            if (action.isOwnersStep() && step.by() != null) {
                throw new IllegalArgumentException(action + " is the owner's step: it takes no 'by'");
            }
            if ((action == RequestAction.SUPPLEMENT) != (step.fields() != null)) {
                throw new IllegalArgumentException("'fields' belong to SUPPLEMENT steps only, and each needs them");
            }
            Actor actor = action.isOwnersStep() ? owner : staff(step.by(), demo.communityCode());
            Certificate made = workflow.take(request, action, actor, at, step.detail(), step.note(), step.fields());
            certificate = made != null ? made : certificate;
        }
        if (demo.revocation() != null) {
            if (certificate == null) {
                throw new IllegalArgumentException("a revocation needs an ISSUE step");
            }
            DemoRevocation revocation = demo.revocation();
            certificate.revoke(
                    revocation.reason(),
                    revocation.note(),
                    staff(revocation.by(), demo.communityCode()),
                    at(revocation.at(), now));
        }
        return certificate == null ? 0 : 1;
    }

    /** {@code demo-staff-wuhou-yulin} for {@code WUHOU-YULIN}, unless the file names someone. */
    static String staffOf(String communityCode) {
        return STAFF_PREFIX + communityCode.toLowerCase(Locale.ROOT);
    }

    private static Actor staff(String by, String communityCode) {
        return new Actor(by == null ? staffOf(communityCode) : by, Roles.COMMUNITY_STAFF);
    }

    private Instant submittedAt(DemoRequest request, Instant now) {
        if (request.steps() == null || request.steps().isEmpty()) {
            throw new IllegalStateException("demo request " + request.ref() + " has no steps");
        }
        return at(request.steps().get(0).at(), now);
    }

    /** {@code -11d 15:05} (11 days before the load, 15:05) or {@code 2017-09-08 15:30}, in the business zone. */
    Instant at(String text, Instant now) {
        if (text == null) {
            throw new IllegalArgumentException("a step has no 'at'");
        }
        LocalDateTime local;
        Matcher daysAgo = DAYS_AGO.matcher(text);
        try {
            if (daysAgo.matches()) {
                LocalDate day = clock.localDate(now).minusDays(Integer.parseInt(daysAgo.group(1)));
                local = day.atTime(LocalTime.parse(daysAgo.group(2)));
            } else {
                local = LocalDateTime.parse(text, ABSOLUTE);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither '-<days>d HH:mm' nor 'yyyy-MM-dd HH:mm'");
        }
        Instant instant = local.atZone(clock.zone()).toInstant();
        if (!instant.isBefore(now)) {
            throw new IllegalArgumentException("'" + text + "' is not in the past");
        }
        return instant;
    }
}
