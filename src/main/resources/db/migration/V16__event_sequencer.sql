-- Event numbering leaves the writers' commit path (issue #13). Writers insert events with seq null;
-- one sequencer (EventLog's Sequencer, serialised across instances by an advisory lock) numbers the
-- committed ones in order and continues each workshop's counter. Readers only read numbered rows,
-- so they see a gap-free prefix 1..N per workshop, as before. Existing events keep their numbers.
alter table workshop_event drop constraint workshop_event_pkey;
alter table workshop_event add column id bigint generated always as identity;
alter table workshop_event add constraint workshop_event_pkey primary key (id);
alter table workshop_event alter column seq drop not null;
-- NULLs do not collide: any number of events may wait to be numbered
alter table workshop_event add constraint workshop_event_workshop_seq_key unique (workshop_id, seq);
-- what the sequencer looks for; stays small (events wait milliseconds)
create index workshop_event_unnumbered_idx on workshop_event (id) where seq is null;
