-- The community after the workshops: one member per person, linked to each of their registrations only
-- when they confirm it with that registration's personal link; an opt-in profile; introductions with
-- double opt-in; blocks. Everything here goes when the person is erased.

create sequence community_member_seq start with 1 increment by 50;

-- A person in the community. The profile lives on the row: hidden, with every field hidden, until the
-- member chooses otherwise. Name, organisation, sector and country are not copied here: they are read
-- from the member's latest registration, and only the ones switched on are ever shown.
create table community_member (
    id                 bigint primary key,
    created_at         timestamptz not null default now(),
    visible            boolean not null default false,
    show_name          boolean not null default false,
    show_organisation  boolean not null default false,
    show_sector        boolean not null default false,
    show_country       boolean not null default false,
    bio                varchar(1000),
    contact            varchar(300),
    profile_updated_at timestamptz
);
create index community_member_visible_idx on community_member (id) where visible;

-- Each registration a member confirmed as theirs. A registration belongs to at most one member.
create table community_member_delegate (
    member_id   bigint not null references community_member (id) on delete cascade,
    delegate_id bigint not null unique references delegate (id) on delete cascade,
    linked_at   timestamptz not null default now(),
    primary key (member_id, delegate_id)
);

-- The patterns a member says they are interested in, in the order they gave them (each once: the
-- service drops repeats; not a key here, so that reordering the list never clashes mid-update).
create table community_interest (
    member_id    bigint not null references community_member (id) on delete cascade,
    position     int not null,
    pattern_slug varchar(80) not null references pattern (slug) on delete cascade on update cascade,
    primary key (member_id, position)
);

create sequence introduction_seq start with 1 increment by 50;

-- A request to be introduced. One per pair of members, whichever asked: a declined pair is not asked
-- again, and an open or accepted one is not asked twice.
create table introduction (
    id             bigint primary key,
    from_member_id bigint not null references community_member (id) on delete cascade,
    to_member_id   bigint not null references community_member (id) on delete cascade,
    message        varchar(1000) not null,
    status         varchar(20) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at     timestamptz not null default now(),
    decided_at     timestamptz,
    check (from_member_id <> to_member_id)
);
create unique index introduction_pair_key on introduction (least(from_member_id, to_member_id),
                                                           greatest(from_member_id, to_member_id));
create index introduction_from_idx on introduction (from_member_id, status);
create index introduction_to_idx on introduction (to_member_id, status);

-- A member who does not want to see or hear from another: neither sees the other in the directory or
-- the suggestions, and neither can ask the other for an introduction.
create table community_block (
    member_id         bigint not null references community_member (id) on delete cascade,
    blocked_member_id bigint not null references community_member (id) on delete cascade,
    created_at        timestamptz not null default now(),
    primary key (member_id, blocked_member_id),
    check (member_id <> blocked_member_id)
);
create index community_block_blocked_idx on community_block (blocked_member_id);
