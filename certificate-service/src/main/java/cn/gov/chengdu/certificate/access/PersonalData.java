package cn.gov.chengdu.certificate.access;

/**
 * How much of a person's name and ID number a reader may see (DESIGN §3: masked wherever the reader is not the
 * owner or the responsible staff). Names and ID numbers are never logged.
 */
public enum PersonalData {
    /** Name and ID number as they are: the owner; community staff on the requests of their community. */
    FULL,
    /** The name, and the ID number masked: the issuing community's staff reading a certificate. */
    NAME_ONLY,
    /** Both masked: everyone else (admins, verifiers). */
    MASKED;

    private static final int ID_KEPT_AT_START = 4;
    private static final int ID_KEPT_AT_END = 4;

    public String shownName(String name) {
        return this == MASKED ? maskName(name) : name;
    }

    public String shownIdNumber(String idNumber) {
        return this == FULL ? idNumber : maskIdNumber(idNumber);
    }

    /** {@code 510104199003071234} → {@code 5101**********1234}. */
    public static String maskIdNumber(String idNumber) {
        if (idNumber.length() <= ID_KEPT_AT_START + ID_KEPT_AT_END) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, ID_KEPT_AT_START)
                + "*".repeat(idNumber.length() - ID_KEPT_AT_START - ID_KEPT_AT_END)
                + idNumber.substring(idNumber.length() - ID_KEPT_AT_END);
    }

    /** The first and last character kept, the others starred: {@code 张小三} → {@code 张*三}, {@code 张三} → {@code 张*}. */
    public static String maskName(String name) {
        int[] characters = name.strip().codePoints().toArray();
        if (characters.length <= 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        if (characters.length == 2) {
            return masked.append('*').toString();
        }
        return masked.append("*".repeat(characters.length - 2))
                .appendCodePoint(characters[characters.length - 1])
                .toString();
    }
}
