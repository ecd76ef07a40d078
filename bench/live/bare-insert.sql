-- The database's ceiling on this machine: a bare one-row insert, one per transaction (pgbench, same
-- concurrency as the app's submitters; the app's notes/s are reported as a share of this).
INSERT INTO bench_bare_insert (at) VALUES (now());
