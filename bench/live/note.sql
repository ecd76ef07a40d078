-- Exactly the SQL Workshop Hub runs for one note submitted by a delegate (see NoteService.submit),
-- for pgbench: the database's ceiling for this work on this machine.
\set delegate random(:dmin, :dmax)
\set k random(1, 9000000000000000)
-- the token check (CurrentAccountAugmentor / DelegateAugmentor), its own transaction
BEGIN;
SELECT id, workshop_id, name, email, organisation, sector, country, status, checked_in_at FROM delegate WHERE id = :delegate;
COMMIT;
BEGIN;
INSERT INTO idempotency_key (caller, key, request_hash, status, body)
  VALUES ('delegate:' || :delegate, md5(:k || ':' || :client_id)::uuid, md5(:k::text), 0, '') ON CONFLICT DO NOTHING;
SELECT * FROM workshop WHERE id = :workshop;
SELECT * FROM agenda_session WHERE id = :session AND workshop_id = :workshop;
INSERT INTO note (id, workshop_id, session_id, author_delegate_id, author_account_id, kind, text, status, pinned,
                  merged_into, hidden_reason, votes, created_at, updated_at)
  VALUES (nextval('note_seq'), :workshop, :session, :delegate, NULL, 'INSIGHT', 'pgbench note', 'VISIBLE', false,
          NULL, NULL, 0, now(), now());
SELECT note_id FROM note_vote WHERE delegate_id = :delegate AND note_id IN (currval('note_seq'));
SELECT * FROM delegate WHERE id IN (:delegate);
UPDATE idempotency_key SET status = 201, body = '{"id":0,"text":"pgbench note","kind":"INSIGHT","status":"VISIBLE"}'
  WHERE caller = 'delegate:' || :delegate AND key = md5(:k || ':' || :client_id)::uuid;
-- the event, unnumbered (EventLog.append): the app's sequencer numbers it after the commit
INSERT INTO workshop_event (workshop_id, type, note_id, session_id, lesson_id)
  VALUES (:workshop, 'note.created', currval('note_seq'), :session, NULL);
COMMIT;
