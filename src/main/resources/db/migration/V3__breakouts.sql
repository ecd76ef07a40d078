create sequence breakout_allocation_seq start with 1 increment by 50;

-- Each split of a workshop's delegates into groups; the newest is current, older ones stay as history.
create table breakout_allocation (
    id          bigint primary key,
    workshop_id bigint not null references workshop (id) on delete cascade,
    seed        bigint not null,
    group_count int not null check (group_count > 0),
    is_current  boolean not null default true,
    created_at  timestamptz not null default now()
);
create unique index breakout_allocation_one_current on breakout_allocation (workshop_id) where is_current;

create sequence breakout_member_seq start with 1 increment by 50;

create table breakout_member (
    id            bigint primary key,
    allocation_id bigint not null references breakout_allocation (id) on delete cascade,
    delegate_id   bigint not null references delegate (id) on delete cascade,
    -- SHA-256 of the delegate's email: who met whom across workshops, without copying the address
    person_key    varchar(64) not null,
    group_number  int not null check (group_number > 0),
    unique (allocation_id, delegate_id)
);
create index breakout_member_person_idx on breakout_member (person_key, allocation_id, group_number);
