-- Delegates' data rights: a versioned privacy notice with the history of who accepted which version,
-- erasure (logged without personal data), admins' sightings of note authors, and per-workshop retention.

-- The privacy notice, one row per published version; the newest is current. The sentence about the
-- workshop's attribution rule is added per workshop when the notice is shown.
create table privacy_notice (
    version      int primary key check (version > 0),
    text         text not null check (length(text) between 1 and 20000),
    published_at timestamptz not null default now(),
    published_by bigint references account (id) on delete set null
);

insert into privacy_notice (version, text) values (1,
 'Workshop Hub keeps your name, email, organisation, sector and country to run this workshop: '
 || 'registration, check-in and mixing breakout groups. Only the workshop''s organisers and facilitators see your '
 || 'details, and administrators see who wrote a note only to handle edits, erasure and moderation. You can cancel '
 || 'your registration at any time through your personal link.');

-- Every acceptance of a notice by a delegate, kept as history (the delegate row holds the latest).
create table consent_record (
    delegate_id    bigint not null references delegate (id) on delete cascade,
    notice_version int not null references privacy_notice (version),
    -- the workshop's attribution rule, whose sentence was part of the text accepted
    attribution    varchar(20) not null check (attribution in ('ATTRIBUTED', 'CHATHAM_HOUSE', 'ANONYMOUS')),
    accepted_at    timestamptz not null,
    primary key (delegate_id, notice_version)
);

-- Consents given before the notice was versioned in the database were to its first version
-- ('2026-11-v1-<attribution>'); they become version 1, and the delegate keeps '<version>-<attribution>'.
insert into consent_record (delegate_id, notice_version, attribution, accepted_at)
select d.id, 1, w.attribution, d.consented_at
from delegate d join workshop w on w.id = d.workshop_id
where d.consented_at is not null;

update delegate d set consent_notice_version = '1-' || lower(w.attribution)
from workshop w
where w.id = d.workshop_id and d.consented_at is not null;

-- Erasure: the row stays (so that notes and votes keep their author's sector and counts stay right),
-- its personal fields are replaced by placeholders. erased_key_hash lets the one who erased with a
-- personal key get the same answer again (a second erase is a no-op); the key opens nothing else.
alter table delegate
    add column erased_at       timestamptz,
    add column erased_key_hash varchar(64);
create index delegate_erased_key_idx on delegate (erased_key_hash) where erased_key_hash is not null;

-- Who was erased, when and why: ids only, never what was erased.
create sequence erasure_log_seq start with 1 increment by 50;

create table erasure_log (
    id          bigint primary key,
    delegate_id bigint not null,
    workshop_id bigint not null,
    erased_at   timestamptz not null,
    reason      varchar(20) not null check (reason in ('SELF', 'RETENTION'))
);
create index erasure_log_workshop_idx on erasure_log (workshop_id, erased_at);

-- Each time an admin was shown a note's stored author: who, which note, when.
create table author_access (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references account (id),
    note_id     bigint not null references note (id) on delete cascade,
    accessed_at timestamptz not null
);
create index author_access_note_idx on author_access (note_id, accessed_at desc);
create index author_access_account_idx on author_access (account_id, accessed_at desc);
create index author_access_time_idx on author_access (accessed_at desc, id desc);

-- How long a workshop's delegates' personal data is kept after the workshop ends.
alter table workshop add column retention_days int not null default 730
    check (retention_days between 30 and 3650);
