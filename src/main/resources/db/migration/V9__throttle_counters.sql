-- Failure (and attempt) counters for sign-in, joining and registration, shared by every instance of
-- the app. One row per thing being guessed ("login:account:ana@example.org", "address:203.0.113.7").
-- A row is forgotten once its last failure is older than the window (workshop-hub.throttle.window);
-- a scheduled job deletes such rows.
create table throttle_counter (
    key             varchar(400) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null
);
create index throttle_counter_last_failure_at on throttle_counter (last_failure_at);
