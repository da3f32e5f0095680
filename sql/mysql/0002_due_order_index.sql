-- Qronos schema 2 for MySQL 8 and MariaDB 10.8+ (older servers accept DESC but keep the index ascending): the claim
-- order (NEXT_FIRE_TIME ascending, then PRIORITY descending) read straight from an index, so that choosing the next
-- batch of due triggers stops after the batch instead of sorting every due trigger (all 10,000 of a burst) first.
-- It replaces Quartz's IDX_T_NFT_ST, a prefix of it.

CREATE INDEX {prefix}IDX_T_NFT_ST_PRIO ON {prefix}TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME, PRIORITY DESC);
DROP INDEX {prefix}IDX_T_NFT_ST ON {prefix}TRIGGERS;
