-- Reference data: the six MEDI@4SEC workshop themes, described in our own words.
create table theme (
    slug        varchar(60) primary key,
    name        varchar(80) not null,
    description varchar(600) not null,
    position    int not null unique
);

insert into theme (slug, name, description, position) values
('diy-policing', 'DIY policing',
 'Citizens using social media to do things that usually fall to the police, from sharing suspects'' pictures to organising street patrols. The question is how police can work with this energy without vigilantism, wrong accusations or damaged investigations.', 1),
('everyday-security', 'Everyday security',
 'How social media shapes the routine work of keeping neighbourhoods safe and how people feel about their safety. It covers community engagement, crime prevention advice and the fear of crime that online talk can raise or calm.', 2),
('riots-and-mass-gatherings', 'Riots and mass gatherings',
 'Using social media before, during and after large events and public disorder, from festivals and football matches to protests that turn violent. Timely, trusted information can steer crowds and counter rumours, while live sharing can also escalate a situation.', 3),
('dark-web', 'The dark web',
 'Hidden services and anonymous marketplaces where drugs, weapons, data and illegal content are traded beyond the reach of ordinary search. Investigators need skills, tools and a clear legal footing to work there without harming privacy or due process.', 4),
('trolling', 'Trolling',
 'Abuse, harassment, threats and deliberate provocation online, aimed at individuals, communities or public officials. Responses range from moderation and counter-speech to prosecution, and each one has to balance free expression against harm.', 5),
('innovative-market-solutions', 'Innovative market solutions',
 'Products and services from industry and research that public authorities could use to work with social media, from monitoring and analytics to verification and alerting. Buying them well means judging their accuracy, ethics, legality and fit with how agencies actually work.', 6);

create sequence account_seq start with 1 increment by 50;

create table account (
    id            bigint primary key,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(100) not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    constraint account_email_lower check (email = lower(email))
);
create unique index account_email_key on account (email);

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('ADMIN', 'ORGANISER', 'FACILITATOR', 'ANALYST')),
    primary key (account_id, role)
);

create sequence workshop_seq start with 1 increment by 50;

create table workshop (
    id          bigint primary key,
    title       varchar(160) not null,
    theme       varchar(60) not null references theme (slug),
    description varchar(5000) not null default '',
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    time_zone   varchar(64) not null,
    venue       varchar(200),
    online_url  varchar(500),
    capacity    int not null check (capacity between 1 and 10000),
    attribution varchar(20) not null default 'CHATHAM_HOUSE'
                check (attribution in ('ATTRIBUTED', 'CHATHAM_HOUSE', 'ANONYMOUS')),
    status      varchar(20) not null default 'DRAFT'
                check (status in ('DRAFT', 'SCHEDULED', 'LIVE', 'CLOSED', 'ARCHIVED', 'CANCELLED')),
    join_code   varchar(12) not null unique,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint workshop_ends_after_start check (ends_at > starts_at),
    constraint workshop_has_place check (venue is not null or online_url is not null)
);
create index workshop_starts_at_idx on workshop (starts_at, id);
create index workshop_status_idx on workshop (status);
