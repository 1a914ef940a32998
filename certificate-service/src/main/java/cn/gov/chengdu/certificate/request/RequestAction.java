package cn.gov.chengdu.certificate.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The steps of a request: from which statuses each may be taken, the status it leads to, and its path name. */
public enum RequestAction {
    SUBMIT("submit", EnumSet.noneOf(RequestStatus.class), RequestStatus.SUBMITTED),
    ISSUE("issue", EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.ISSUED),
    REJECT("reject", EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED), RequestStatus.REJECTED),
    REQUEST_INFO("request-info", EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.INFO_REQUESTED),
    SUPPLEMENT("supplement", EnumSet.of(RequestStatus.INFO_REQUESTED), RequestStatus.SUBMITTED),
    WITHDRAW("withdraw", EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.INFO_REQUESTED), RequestStatus.WITHDRAWN);

    private final String path;
    private final Set<RequestStatus> from;
    private final RequestStatus to;

    RequestAction(String path, Set<RequestStatus> from, RequestStatus to) {
        this.path = path;
        this.from = from;
        this.to = to;
    }

    /** The last segment of the action's URL ({@code POST /api/v1/certificate-requests/{id}/<path>}). */
    public String path() {
        return path;
    }

    public boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    public RequestStatus to() {
        return to;
    }

    /** The path names of the actions a request in {@code status} allows, whoever may take them. */
    public static List<String> allowedPaths(RequestStatus status) {
        return Arrays.stream(values()).filter(action -> action.allowedFrom(status)).map(RequestAction::path).toList();
    }
}
