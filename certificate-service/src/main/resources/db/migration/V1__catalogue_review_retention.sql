-- certificate-service, part 1: the communities that issue certificates, the catalogue of certificate types
-- with their status history, the joint review (三堂会审) and the retention lists (保留清单).
-- pg_trgm serves the citizens' lookup on Chinese names; in production the operator's bootstrap SQL creates it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE community (
    code     varchar(32)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    name     varchar(100) NOT NULL,
    district varchar(50)  NOT NULL,
    level    varchar(16)  NOT NULL CHECK (level IN ('VILLAGE', 'COMMUNITY'))
);
CREATE INDEX community_district ON community (district, code);

CREATE TABLE certificate_type (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                    varchar(32)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    name                    varchar(100) NOT NULL,
    aliases                 jsonb        NOT NULL DEFAULT '[]',
    description             text,
    category                varchar(50),
    issuing_level           varchar(16)  NOT NULL CHECK (issuing_level IN ('VILLAGE', 'COMMUNITY', 'ANY')),
    responsible_department  varchar(100),
    legal_bases             jsonb        NOT NULL DEFAULT '[]',
    required_materials      jsonb        NOT NULL DEFAULT '[]',
    processing_limit_days   integer      CHECK (processing_limit_days BETWEEN 0 AND 60),
    validity_days           integer      CHECK (validity_days BETWEEN 1 AND 3650),
    template                jsonb,
    status                  varchar(16)  NOT NULL
        CHECK (status IN ('DRAFT', 'UNDER_REVIEW', 'APPROVED', 'RETAINED', 'ABOLISHED')),
    abolition_reason        varchar(32),
    abolition_detail        text,
    abolition_alternative   text,
    review_round            integer      NOT NULL DEFAULT 0,
    illustrative            boolean      NOT NULL DEFAULT false,
    -- name and aliases in one text for the trigram lookup, kept by the service
    search_text             text         NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    CHECK ((status = 'ABOLISHED') = (abolition_reason IS NOT NULL))
);
CREATE INDEX certificate_type_status ON certificate_type (status, code);
CREATE INDEX certificate_type_search ON certificate_type USING gin (search_text public.gin_trgm_ops);

CREATE TABLE certificate_type_status_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_id     bigint       NOT NULL REFERENCES certificate_type (id),
    from_status varchar(16),
    to_status   varchar(16)  NOT NULL,
    actor       varchar(100) NOT NULL,
    role        varchar(32)  NOT NULL,
    note        text,
    changed_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX certificate_type_status_change_type ON certificate_type_status_change (type_id, id);

CREATE TABLE review_vote (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_id     bigint       NOT NULL REFERENCES certificate_type (id),
    round       integer      NOT NULL,
    review_body varchar(32)  NOT NULL CHECK (review_body IN ('GOV_SERVICE_CENTER', 'CIVIL_AFFAIRS', 'LEGAL_AFFAIRS')),
    decision    varchar(8)   NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
    opinion     text         NOT NULL,
    reviewer    varchar(100) NOT NULL,
    voted_at    timestamptz  NOT NULL DEFAULT now(),
    -- one vote per body per round, also when two arrive at once
    UNIQUE (type_id, round, review_body)
);

CREATE TABLE retention_list (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title          varchar(200) NOT NULL,
    effective_from date         NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    published_at   timestamptz,
    created_by     varchar(100) NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX retention_list_published ON retention_list (effective_from DESC, id DESC) WHERE status = 'PUBLISHED';

CREATE TABLE retention_list_item (
    list_id   bigint       NOT NULL REFERENCES retention_list (id),
    type_id   bigint       NOT NULL REFERENCES certificate_type (id),
    type_code varchar(32)  NOT NULL,
    type_name varchar(100) NOT NULL,
    PRIMARY KEY (list_id, type_id)
);
