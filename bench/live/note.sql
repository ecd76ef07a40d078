-- Exactly the SQL Workshop Hub runs for one note submitted by a delegate on the fast path (see
-- NoteCaptureService.submit, NoteInserts), for pgbench: the database's ceiling for this work on this machine.
-- The token check, the workshop and the round come from the instance's caches (no SQL); the note's id comes
-- from Hibernate's pooled sequence (one nextval per 50 notes; here one per note).
\set delegate random(:dmin, :dmax)
\set k random(1, 9000000000000000)
BEGIN;
WITH ok AS (
    SELECT EXISTS (SELECT 1 FROM workshop w WHERE w.id = :workshop AND w.status = 'LIVE'
                     AND w.pre_moderation = false AND w.attribution = 'CHATHAM_HOUSE')
       AND EXISTS (SELECT 1 FROM agenda_session s WHERE s.id = :session AND s.workshop_id = :workshop AND s.round_open)
       AND EXISTS (SELECT 1 FROM delegate d WHERE d.id = :delegate AND d.workshop_id = :workshop
                     AND d.status = 'REGISTERED' AND d.erased_at IS NULL) AS held),
claim AS (
    INSERT INTO idempotency_key (caller, key, request_hash, status, body)
    SELECT 'delegate:' || :delegate, md5(:k || ':' || :client_id)::uuid, md5(:k::text), 201,
           '{"id":0,"workshopId":0,"sessionId":0,"text":"pgbench note","kind":"INSIGHT","status":"VISIBLE"}'
    FROM ok WHERE ok.held
    ON CONFLICT DO NOTHING
    RETURNING 1),
inserted AS (
    INSERT INTO note (id, workshop_id, session_id, author_delegate_id, author_account_id, kind, text, status,
                      pinned, votes, client_key, sensitivity, sensitivity_reason, created_at, updated_at)
    SELECT nextval('note_seq'), :workshop, :session, :delegate, NULL, 'INSIGHT', 'pgbench note', 'VISIBLE', false, 0,
           md5(:k || ':' || :client_id)::uuid, 'NONE', NULL, now(), now() FROM claim
    RETURNING id, workshop_id, session_id),
-- the event, unnumbered (as EventLog.append writes it): the app's sequencer numbers it after the commit
event AS (
    INSERT INTO workshop_event (workshop_id, type, note_id, session_id, lesson_id)
    SELECT workshop_id, 'note.created', id, session_id, NULL FROM inserted)
SELECT ok.held, (SELECT count(*) FROM inserted) FROM ok;
COMMIT;
