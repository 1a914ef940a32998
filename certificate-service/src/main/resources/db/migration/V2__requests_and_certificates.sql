-- certificate-service, part 2: citizens' requests for certificates with their timelines, and the certificates
-- issued on them (signed, verifiable, revocable).

CREATE TABLE certificate_request (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_code           varchar(32)  NOT NULL REFERENCES certificate_type (code),
    community_code      varchar(32)  NOT NULL REFERENCES community (code),
    -- the token subject of the citizen who asked: the owner
    owner_subject       varchar(100) NOT NULL,
    applicant_name      varchar(50)  NOT NULL,
    applicant_id_number char(18)     NOT NULL,
    purpose             varchar(200) NOT NULL,
    fields              jsonb        NOT NULL DEFAULT '{}',
    status              varchar(16)  NOT NULL
        CHECK (status IN ('SUBMITTED', 'INFO_REQUESTED', 'ISSUED', 'REJECTED', 'WITHDRAWN')),
    certificate_number  varchar(32),
    submitted_at        timestamptz  NOT NULL,
    decided_at          timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    CHECK ((status = 'ISSUED') = (certificate_number IS NOT NULL))
);
CREATE INDEX certificate_request_owner ON certificate_request (owner_subject, id DESC);
CREATE INDEX certificate_request_community ON certificate_request (community_code, id DESC);
CREATE INDEX certificate_request_status ON certificate_request (status, id DESC);

-- The timeline: every step of a request, with who took it, in which role, when and why.
CREATE TABLE certificate_request_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id  bigint       NOT NULL REFERENCES certificate_request (id),
    action      varchar(16)  NOT NULL,
    from_status varchar(16),
    to_status   varchar(16)  NOT NULL,
    actor       varchar(100) NOT NULL,
    role        varchar(32)  NOT NULL,
    -- the reason of a rejection, the message of an information request
    detail      text,
    note        text,
    taken_at    timestamptz  NOT NULL
);
CREATE INDEX certificate_request_step_request ON certificate_request_step (request_id, id);

-- Readable certificate numbers: CD-<year of issue>-<sequence, at least 6 digits>.
CREATE SEQUENCE certificate_number_seq;

CREATE TABLE certificate (
    number              varchar(32)  PRIMARY KEY,
    -- one certificate per request, also when two staff issue at the same moment
    request_id          bigint       NOT NULL UNIQUE REFERENCES certificate_request (id),
    type_code           varchar(32)  NOT NULL REFERENCES certificate_type (code),
    type_name           varchar(100) NOT NULL,
    template            jsonb,
    community_code      varchar(32)  NOT NULL REFERENCES community (code),
    community_name      varchar(100) NOT NULL,
    owner_subject       varchar(100) NOT NULL,
    subject_name        varchar(50)  NOT NULL,
    subject_id_number   char(18)     NOT NULL,
    purpose             varchar(200) NOT NULL,
    fields              jsonb        NOT NULL DEFAULT '{}',
    verification_code   char(8)      NOT NULL,
    issued_by           varchar(100) NOT NULL,
    issued_at           timestamptz  NOT NULL,
    expires_at          timestamptz,
    signing_kid         varchar(64)  NOT NULL,
    token               text         NOT NULL,
    revoked_at          timestamptz,
    revocation_reason   text,
    revoked_by          varchar(100),
    revocation_note     text,
    version             bigint       NOT NULL DEFAULT 0,
    CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX certificate_issued_type ON certificate (type_code);
CREATE INDEX certificate_issued_community ON certificate (community_code);
