package cn.gov.chengdu.certificate.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of a request: from which statuses each may be taken, the status it leads to, its path name, whether
 * it decides the request (its {@code decidedAt}) and whether it carries a detail (a rejection's reason, the
 * information asked for).
 */
public enum RequestAction {
    SUBMIT("submit", EnumSet.noneOf(RequestStatus.class), RequestStatus.SUBMITTED, false, false),
    ISSUE("issue", EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.ISSUED, true, false),
    REJECT(
            "reject",
            EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED),
            RequestStatus.REJECTED,
            true,
            true),
    REQUEST_INFO("request-info", EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.INFO_REQUESTED, false, true),
    SUPPLEMENT("supplement", EnumSet.of(RequestStatus.INFO_REQUESTED), RequestStatus.SUBMITTED, false, false),
    WITHDRAW(
            "withdraw",
            EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED),
            RequestStatus.WITHDRAWN,
            true,
            false);

    private final String path;
    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final boolean decides;
    private final boolean needsDetail;

    RequestAction(String path, Set<RequestStatus> from, RequestStatus to, boolean decides, boolean needsDetail) {
        this.path = path;
        this.from = from;
        this.to = to;
        this.decides = decides;
        this.needsDetail = needsDetail;
    }

    /** The last segment of the action's URL ({@code POST /api/v1/certificate-requests/{id}/<path>}). */
    public String path() {
        return path;
    }

    /** Whether a request in {@code status} allows it; {@code null} is a request not submitted yet (only SUBMIT). */
    public boolean allowedFrom(RequestStatus status) {
        return status == null ? this == SUBMIT : from.contains(status);
    }

    public RequestStatus to() {
        return to;
    }

    /** Issue, rejection and withdrawal decide the request: its {@code decidedAt}. */
    public boolean decides() {
        return decides;
    }

    /** A rejection carries its reason, an information request the information asked for. */
    public boolean needsDetail() {
        return needsDetail;
    }

    /** Supplementing and withdrawing are the owner's steps; the others but submitting are the staff's. */
    public boolean isOwnersStep() {
        return this == SUBMIT || this == SUPPLEMENT || this == WITHDRAW;
    }

    /** The path names of the actions a request in {@code status} allows, whoever may take them. */
    public static List<String> allowedPaths(RequestStatus status) {
        return Arrays.stream(values())
                .filter(action -> action != SUBMIT && action.allowedFrom(status))
                .map(RequestAction::path)
                .toList();
    }
}
