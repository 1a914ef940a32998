-- The city departments' registry. Codes are shared with the other services as plain values.
CREATE TABLE department (
    code         varchar(32)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name         varchar(100) NOT NULL,
    english_name varchar(200),
    pilot        boolean      NOT NULL DEFAULT false,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now()
);
