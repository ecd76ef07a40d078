-- Publications: the project's outputs (reports, recommendations, training and ethics material, the
-- technology catalogue, pattern cards), assembled from published lessons and patterns within a scope.
create sequence publication_seq start with 1 increment by 50;

create table publication (
    id            bigint primary key,
    slug          varchar(100) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    kind          varchar(40) not null check (kind in ('BEST_PRACTICE_REPORT', 'STANDARDS_RECOMMENDATIONS',
                      'TRAINING_OPTIONS', 'ETHICS_AWARENESS', 'TECHNOLOGY_CATALOGUE', 'PATTERN_CARDS')),
    introduction  text not null default '',
    status        varchar(20) not null default 'DRAFT'
                  check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    created_by    bigint references account (id) on delete set null,
    version       bigint not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);

-- The scope: no rows means every theme / every workshop.
create table publication_theme (
    publication_id bigint not null references publication (id) on delete cascade,
    theme          varchar(60) not null references theme (slug),
    primary key (publication_id, theme)
);

-- No foreign key to workshop on purpose: deleting a (draft) workshop must not widen a scope that named
-- it to "every workshop"; a workshop that is gone simply contributes nothing.
create table publication_workshop (
    publication_id bigint not null references publication (id) on delete cascade,
    workshop_id    bigint not null,
    primary key (publication_id, workshop_id)
);

-- Each publishing freezes a numbered version: the assembled document as JSON and as rendered files, so
-- that later changes to lessons, notes or patterns never alter what was published.
create sequence publication_version_seq start with 1 increment by 50;

create table publication_version (
    id             bigint primary key,
    publication_id bigint not null references publication (id) on delete cascade,
    number         int not null check (number >= 1),
    title          varchar(200) not null,
    published_at   timestamptz not null,
    published_by   bigint references account (id) on delete set null,
    reference_count int not null default 0,
    content        jsonb not null,
    unique (publication_id, number)
);

-- The patterns a version cites, for "the publications that cite this pattern".
create table publication_version_pattern (
    version_id   bigint not null references publication_version (id) on delete cascade,
    pattern_slug varchar(80) not null,
    primary key (version_id, pattern_slug)
);
create index publication_version_pattern_slug_idx on publication_version_pattern (pattern_slug);

create table publication_document (
    version_id bigint not null references publication_version (id) on delete cascade,
    format     varchar(10) not null check (format in ('html', 'md', 'pdf')),
    body       bytea not null,
    primary key (version_id, format)
);
