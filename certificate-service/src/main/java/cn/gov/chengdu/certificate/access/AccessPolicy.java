package cn.gov.chengdu.certificate.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.chengdu.common.security.Actor;
import cn.gov.chengdu.common.security.Caller;
import cn.gov.chengdu.common.security.Roles;

/**
 * Who may see or do what in this service, for the caller of the current request. {@code @RolesAllowed} on the
 * resources decides which roles may call an operation at all; this class decides which records they may touch
 * and how much personal data they see (DESIGN §3: another person's record is 404; names and ID numbers masked
 * wherever the reader is not the owner or the responsible staff).
 * <ul>
 * <li>a citizen: their own requests and certificates, everything in full;</li>
 * <li>community staff (token claim {@code community}): the requests and certificates of their community, the
 * requests in full, the certificates with the name only (the ID number is the owner's alone);</li>
 * <li>admins: everything, masked;</li>
 * <li>verifiers (anyone, through verification): a masked summary.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;

    public AccessPolicy(Caller caller) {
        this.caller = caller;
    }

    /** The caller as the actor of a step they take in {@code role} (the role that allowed it). */
    public Actor actingAs(String role) {
        return caller.as(role);
    }

    /** The review body the caller's token names (claim {@code reviewBody}), if any. */
    public Optional<String> reviewBody() {
        return caller.reviewBody();
    }

    public boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }

    public boolean isOwnerOf(PersonalRecord record) {
        return caller.hasRole(Roles.CITIZEN) && record.ownerSubject().equals(caller.subject());
    }

    public boolean isStaffOf(PersonalRecord record) {
        return caller.hasRole(Roles.COMMUNITY_STAFF)
                && caller.community().filter(record.communityCode()::equals).isPresent();
    }

    /** The owner, the responsible community's staff and admins; for anyone else the record does not exist. */
    public boolean mayRead(PersonalRecord record) {
        return isAdmin() || isStaffOf(record) || isOwnerOf(record);
    }

    /** The issuing community's staff and admins. */
    public boolean mayRevoke(PersonalRecord record) {
        return isAdmin() || isStaffOf(record);
    }

    /** Requests: the owner and the responsible staff see the applicant in full; others masked. */
    public PersonalData requestDisclosure(PersonalRecord request) {
        return isOwnerOf(request) || isStaffOf(request) ? PersonalData.FULL : PersonalData.MASKED;
    }

    /** Certificates: the full ID number for the owner only; the name also for the issuing staff. */
    public PersonalData certificateDisclosure(PersonalRecord certificate) {
        if (isOwnerOf(certificate)) {
            return PersonalData.FULL;
        }
        return isStaffOf(certificate) ? PersonalData.NAME_ONLY : PersonalData.MASKED;
    }

    /** What a verifier (a bank, anyone) learns of the person a certificate is about. */
    public PersonalData verifierDisclosure() {
        return PersonalData.MASKED;
    }

    /** The records the caller lists. */
    public ReaderScope readerScope() {
        if (isAdmin()) {
            return ReaderScope.EVERYTHING;
        }
        if (caller.hasRole(Roles.COMMUNITY_STAFF)) {
            return caller.community().map(ReaderScope::ofCommunity).orElse(ReaderScope.NOTHING);
        }
        return ReaderScope.ownedBy(caller.subject());
    }
}
