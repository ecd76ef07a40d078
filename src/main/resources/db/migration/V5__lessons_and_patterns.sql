-- The Pattern Language of Social Media Use: patterns, their themes, typed relations and revisions.
create sequence pattern_seq start with 1 increment by 50;

create table pattern (
    id           bigint primary key,
    slug         varchar(80) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         varchar(160) not null,
    summary      varchar(300) not null,
    context      text not null default '',
    problem      text not null default '',
    forces       text not null default '',
    solution     text not null default '',
    consequences text not null default '',
    examples     text not null default '',
    roles        text not null default '',
    status       varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    version      bigint not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    search       tsvector generated always as (
        setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(summary, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(problem, '') || ' ' || coalesce(solution, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(context, '') || ' ' || coalesce(forces, '') || ' ' ||
                  coalesce(consequences, '') || ' ' || coalesce(examples, '') || ' ' || coalesce(roles, '')), 'C')) stored
);
create index pattern_search_idx on pattern using gin (search);

create table pattern_theme (
    pattern_id bigint not null references pattern (id) on delete cascade,
    theme      varchar(60) not null references theme (slug),
    primary key (pattern_id, theme)
);

create table pattern_relation (
    from_pattern_id bigint not null references pattern (id) on delete cascade,
    to_pattern_id   bigint not null references pattern (id) on delete cascade,
    type            varchar(20) not null check (type in ('COMPLEMENTS', 'SPECIALISES', 'CONFLICTS_WITH', 'PRECEDES')),
    primary key (from_pattern_id, to_pattern_id, type),
    check (from_pattern_id <> to_pattern_id)
);

-- Every edit of a pattern: who, when, and its fields before and after.
create sequence pattern_revision_seq start with 1 increment by 50;

create table pattern_revision (
    id                bigint primary key,
    pattern_id        bigint not null references pattern (id) on delete cascade,
    version           bigint not null,
    editor_account_id bigint references account (id) on delete set null,
    edited_at         timestamptz not null default now(),
    before            jsonb,
    after             jsonb not null
);
create index pattern_revision_pattern_idx on pattern_revision (pattern_id, version desc);

-- Lessons drafted from a workshop's notes.
create sequence lesson_seq start with 1 increment by 50;

create table lesson (
    id                 bigint primary key,
    workshop_id        bigint not null references workshop (id) on delete cascade,
    title              varchar(200) not null,
    statement          text not null,
    type               varchar(30) not null check (type in ('BEST_PRACTICE', 'LESSON_LEARNED', 'CHALLENGE', 'RECOMMENDATION',
                           'ROLE_AND_RESPONSIBILITY', 'ETHICAL_ISSUE', 'TRAINING_NEED')),
    status             varchar(20) not null default 'EMERGING' check (status in ('EMERGING', 'VALIDATED', 'PUBLISHED', 'REJECTED')),
    endorsements       int not null default 0 check (endorsements >= 0),
    author_account_id  bigint references account (id) on delete set null,
    version            bigint not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index lesson_workshop_idx on lesson (workshop_id, created_at);

create table lesson_note (
    lesson_id bigint not null references lesson (id) on delete cascade,
    note_id   bigint not null references note (id) on delete cascade,
    primary key (lesson_id, note_id)
);

create table lesson_endorsement (
    lesson_id   bigint not null references lesson (id) on delete cascade,
    delegate_id bigint not null references delegate (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (lesson_id, delegate_id)
);
