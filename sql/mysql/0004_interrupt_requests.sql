-- Qronos schema 4 for MySQL and MariaDB: requests to interrupt a fire that runs on some node of the cluster. Whoever asks
-- (the console, qronosctl) writes a row naming the fire and the node running it; that node reads its rows twice
-- per check-in interval, interrupts the fires and deletes the rows.

CREATE TABLE {prefix}INTERRUPT_REQUESTS (
    SCHED_NAME     VARCHAR(120) NOT NULL,
    ENTRY_ID       VARCHAR(95) NOT NULL,
    INSTANCE_NAME  VARCHAR(200) NOT NULL,
    REQUESTED_TIME BIGINT NOT NULL,
    REQUESTED_BY   VARCHAR(255) NOT NULL,
    PRIMARY KEY (SCHED_NAME, ENTRY_ID)
);

CREATE INDEX {prefix}IDX_IR_INST ON {prefix}INTERRUPT_REQUESTS (SCHED_NAME, INSTANCE_NAME);
