-- Tags: an analyst's judgement that a note or lesson supports or contradicts a pattern.
create sequence pattern_tag_seq start with 1 increment by 50;

create table pattern_tag (
    id          bigint primary key,
    pattern_id  bigint not null references pattern (id) on delete cascade,
    workshop_id bigint not null references workshop (id) on delete cascade,
    note_id     bigint references note (id) on delete cascade,
    lesson_id   bigint references lesson (id) on delete cascade,
    stance      varchar(20) not null check (stance in ('SUPPORTS', 'CONTRADICTS')),
    rationale   varchar(1000),
    tagged_by   bigint references account (id) on delete set null,
    tagged_at   timestamptz not null default now(),
    check ((note_id is null) <> (lesson_id is null))
);
create unique index pattern_tag_note_key on pattern_tag (pattern_id, note_id) where note_id is not null;
create unique index pattern_tag_lesson_key on pattern_tag (pattern_id, lesson_id) where lesson_id is not null;
create index pattern_tag_note_idx on pattern_tag (note_id);
create index pattern_tag_lesson_idx on pattern_tag (lesson_id);
create index pattern_tag_workshop_idx on pattern_tag (workshop_id);

-- Full-text search over notes and lessons.
alter table note add column search tsvector generated always as (to_tsvector('english', text)) stored;
create index note_search_idx on note using gin (search);

alter table lesson add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', statement), 'B')) stored;
create index lesson_search_idx on lesson using gin (search);
