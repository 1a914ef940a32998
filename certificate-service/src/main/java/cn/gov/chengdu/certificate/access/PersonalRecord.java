package cn.gov.chengdu.certificate.access;

/**
 * A record about a citizen that a village or community holds: a certificate request, an issued certificate. Who
 * may read or act on it follows from its owner and its community ({@link AccessPolicy}).
 */
public interface PersonalRecord {

    /** The token subject of the citizen it belongs to. */
    String ownerSubject();

    /** The code of the village or community responsible for it. */
    String communityCode();
}
