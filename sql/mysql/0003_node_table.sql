-- Qronos schema 3 for MySQL and MariaDB: what the console's node table shows about each node, written at every
-- check-in (host, process, version, job types, start, clock offset to the database, running count, state), and
-- who recovered a node presumed dead. Quartz's own columns are unchanged.

ALTER TABLE {prefix}SCHEDULER_STATE
    ADD COLUMN HOST_NAME VARCHAR(255) NULL,
    ADD COLUMN PROCESS_ID BIGINT NULL,
    ADD COLUMN APP_VERSION VARCHAR(40) NULL,
    ADD COLUMN ALLOWED_TYPES TEXT NULL,
    ADD COLUMN STARTED_TIME BIGINT NULL,
    ADD COLUMN CLOCK_OFFSET BIGINT NULL,
    ADD COLUMN RUNNING_COUNT INTEGER NULL,
    ADD COLUMN NODE_STATE VARCHAR(16) NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN RECOVERED_BY VARCHAR(200) NULL,
    ADD COLUMN RECOVERED_TIME BIGINT NULL;
