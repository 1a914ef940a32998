package cn.gov.chengdu.certificate.access;

/**
 * Which records a reader lists: everything (admins), one community's (its staff), one owner's (a citizen), or
 * nothing (staff whose token names no community).
 */
public record ReaderScope(boolean everything, String ownerSubject, String communityCode) {

    public static final ReaderScope EVERYTHING = new ReaderScope(true, null, null);
    public static final ReaderScope NOTHING = new ReaderScope(false, null, null);

    public static ReaderScope ownedBy(String subject) {
        return new ReaderScope(false, subject, null);
    }

    public static ReaderScope ofCommunity(String communityCode) {
        return new ReaderScope(false, null, communityCode);
    }

    public boolean isNothing() {
        return !everything && ownerSubject == null && communityCode == null;
    }
}
