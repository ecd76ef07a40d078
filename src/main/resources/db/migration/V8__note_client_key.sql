-- The Idempotency-Key a phone sent with a note: returned to the note's author only, so the phone
-- matches an acknowledged note to its outbox entry by identity, never by text.
alter table note add column client_key uuid;
