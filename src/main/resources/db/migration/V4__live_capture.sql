alter table workshop add column pre_moderation boolean not null default false;

alter table agenda_session
    add column round_open      boolean not null default false,
    add column round_opened_at timestamptz,
    add column round_closed_at timestamptz;

create sequence note_seq start with 1 increment by 50;

create table note (
    id                 bigint primary key,
    workshop_id        bigint not null references workshop (id) on delete cascade,
    session_id         bigint not null references agenda_session (id) on delete cascade,
    -- kept for edits, erasure and moderation; shown only as the attribution rule allows
    author_delegate_id bigint references delegate (id) on delete set null,
    author_account_id  bigint references account (id) on delete set null,
    kind               varchar(20) not null check (kind in ('INSIGHT', 'GOOD_PRACTICE', 'CONCERN', 'QUESTION', 'IDEA', 'DISCUSSION')),
    text               text not null,
    status             varchar(20) not null check (status in ('PENDING', 'VISIBLE', 'HIDDEN', 'MERGED', 'WITHDRAWN')),
    pinned             boolean not null default false,
    merged_into        bigint references note (id),
    hidden_reason      varchar(500),
    votes              int not null default 0 check (votes >= 0),
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index note_newest_idx on note (workshop_id, created_at desc, id desc);
create index note_votes_idx on note (workshop_id, votes desc, id desc);

create table note_vote (
    note_id     bigint not null references note (id) on delete cascade,
    delegate_id bigint not null references delegate (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (note_id, delegate_id)
);
create index note_vote_delegate_idx on note_vote (delegate_id);

-- Idempotency keys, scoped to their caller; kept at least 24 hours (see Idempotency.java).
create table idempotency_key (
    caller       varchar(80) not null,
    key          uuid not null,
    request_hash varchar(64) not null,
    status       int not null,
    body         text not null,
    created_at   timestamptz not null default now(),
    primary key (caller, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);

create sequence moderation_action_seq start with 1 increment by 50;

create table moderation_action (
    id               bigint primary key,
    workshop_id      bigint not null references workshop (id) on delete cascade,
    note_id          bigint not null references note (id) on delete cascade,
    actor_account_id bigint not null references account (id),
    action           varchar(20) not null,
    reason           varchar(500),
    created_at       timestamptz not null default now()
);
create index moderation_action_workshop_idx on moderation_action (workshop_id, created_at desc);

-- The event log. seq is per workshop, handed out under the counter's row lock, so it only grows
-- and rows become visible in seq order.
create table workshop_event_counter (
    workshop_id bigint primary key references workshop (id) on delete cascade,
    last_seq    bigint not null
);

create table workshop_event (
    workshop_id bigint not null references workshop (id) on delete cascade,
    seq         bigint not null,
    type        varchar(40) not null,
    note_id     bigint,
    session_id  bigint,
    lesson_id   bigint,
    created_at  timestamptz not null default now(),
    primary key (workshop_id, seq)
);
