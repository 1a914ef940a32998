package cn.gov.chengdu.certificate.type;

/** Why a certificate type was abolished. */
public enum AbolitionReason {
    /** No department supplied a legal basis (没有法律依据的一律取消). */
    NO_LEGAL_BASIS,
    /** One of the three review bodies rejected it in the joint review (三堂会审). */
    REJECTED_IN_REVIEW,
    /** It was retained before and a newly published retention list leaves it out. */
    REMOVED_FROM_LIST,
    /** Cancelled by a national decision (e.g. the 2020 list of 20 certificates villages and communities must not issue). */
    NATIONALLY_ABOLISHED,
    /** The fact can be checked by the authority itself through data sharing (部门间核查) instead. */
    REPLACED_BY_DATA_SHARING,
    /** The citizen's own written statement replaces it (告知承诺). */
    REPLACED_BY_PERSONAL_COMMITMENT
}
