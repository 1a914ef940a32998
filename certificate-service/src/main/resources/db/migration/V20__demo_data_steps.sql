-- certificate-service: which demo-data steps are loaded (suite.demo-data.enabled, see docs/demo-data.md).
-- A step writes its data and its row here in one transaction, so a step is loaded entirely or not at all, and once.
-- Holds no demo data itself: in production and in tests the table stays empty.
CREATE TABLE demo_data_step (
    step      varchar(64) PRIMARY KEY,
    items     integer     NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
