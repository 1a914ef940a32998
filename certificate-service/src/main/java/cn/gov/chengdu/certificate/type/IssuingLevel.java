package cn.gov.chengdu.certificate.type;

/** Which communities may issue a type: villages (村), urban communities (社区) or both. */
public enum IssuingLevel {
    VILLAGE,
    COMMUNITY,
    ANY
}
