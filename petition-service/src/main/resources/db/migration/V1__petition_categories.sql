-- Petition categories: the default handling department (a code of schedule-service's registry, kept as a plain
-- value: no service reads another's schema) and the reply deadline in working days.
CREATE TABLE petition_category (
    code                  varchar(32)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name                  varchar(100) NOT NULL,
    department_code       varchar(32)  NOT NULL,
    deadline_working_days integer      NOT NULL CHECK (deadline_working_days BETWEEN 1 AND 60),
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX petition_category_department ON petition_category (department_code, code);
