create sequence agenda_session_seq start with 1 increment by 50;

-- An agenda item of a workshop; during the event also a live-capture round.
create table agenda_session (
    id             bigint primary key,
    workshop_id    bigint not null references workshop (id) on delete cascade,
    title          varchar(160) not null,
    prompt         varchar(1000) not null default '',
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    facilitator_id bigint references account (id) on delete set null,
    position       int not null,
    version        bigint not null default 0,
    constraint agenda_session_ends_after_start check (ends_at > starts_at)
);
create index agenda_session_workshop_idx on agenda_session (workshop_id, position);

create sequence delegate_seq start with 1 increment by 50;

create table delegate (
    id                     bigint primary key,
    workshop_id            bigint not null references workshop (id) on delete cascade,
    name                   varchar(160) not null,
    email                  varchar(254) not null check (email = lower(email)),
    organisation           varchar(200) not null,
    sector                 varchar(30) not null check (sector in ('POLICE', 'PUBLIC_SECURITY_PLANNER', 'POLICYMAKER',
                               'ACADEMIA', 'INDUSTRY', 'CIVIL_SOCIETY', 'CITIZEN', 'MEDIA', 'OTHER')),
    country                varchar(2) not null,
    job_title              varchar(160),
    access_needs           varchar(1000),
    status                 varchar(20) not null check (status in ('INVITED', 'REGISTERED', 'WAITLISTED', 'CANCELLED', 'DECLINED')),
    access_token_hash      varchar(64) not null unique,
    consent_notice_version varchar(40),
    consented_at           timestamptz,
    registered_at          timestamptz,
    waitlisted_at          timestamptz,
    promoted_at            timestamptz,
    checked_in_at          timestamptz,
    cancelled_at           timestamptz,
    created_at             timestamptz not null default now(),
    constraint delegate_email_per_workshop unique (workshop_id, email),
    -- consent is the condition of a seat or a place on the waitlist
    constraint delegate_consented check (status not in ('REGISTERED', 'WAITLISTED') or consented_at is not null)
);
create index delegate_workshop_status_idx on delegate (workshop_id, status, waitlisted_at, id);
