-- Fills the benchmark workshop (:workshop, sessions :sessions as "{1,2,3}") for a large publication:
-- 200 delegates, 1,100 notes (1,000 that may be quoted, 100 labelled RESTRICTED or hidden, which the
-- publication must leave out), some with contact details and delegates' names for the redactor; 200
-- PUBLISHED lessons of the best-practice types, each citing five quotable notes and half a note that may
-- not be quoted; four in five lessons tagged to one or two of the seeded patterns.
\set ON_ERROR_STOP on
create temporary table words (i int, w text);
insert into words
select row_number() over () - 1, w from unnest(string_to_array(
 'rumour riot crowd police official account facts video fake viral festival stadium protest march officers ' ||
 'citizens patrol vigilante suspect image appeal witness victim identity evidence hashtag translation ' ||
 'troll abuse harassment threat moderation counter speech platform report hotline livestream drone ' ||
 'neighbourhood community engagement trust misinformation verification analytics privacy ethics training ' ||
 'evacuation traffic safety alert warning message schedule language youth school Zażółć gęślą Ελληνικά Българският', ' ')) w;
select count(*) as n from words \gset

insert into delegate (id, workshop_id, name, email, organisation, sector, country, status, access_token_hash,
                      consent_notice_version, consented_at, registered_at, checked_in_at, created_at)
select nextval('delegate_seq'), :workshop,
       'Person' || g || ' ' || (array['Kowalska','Papadopoulos','Ivanova','Janssens','Moreau','Rossi','García','Novak'])[1 + g % 8],
       'bench-person-' || g || '@example.org',
       'Organisation ' || (g % 60),
       (array['POLICE','POLICE','POLICE','PUBLIC_SECURITY_PLANNER','POLICYMAKER','ACADEMIA','INDUSTRY','CIVIL_SOCIETY','CITIZEN','MEDIA','OTHER'])[1 + g % 11],
       (array['BE','NL','PL','GR','BG','FR','DE','IT','ES','IE','MT'])[1 + (g * 7) % 11],
       'REGISTERED',
       md5('bench-key-' || g || '-' || :workshop) || md5('more-' || g || '-' || :workshop),
       'v1', now(), now(), now(), now()
from generate_series(1, 200) g;

create temporary table people as
select row_number() over (order by id) - 1 as i, id from delegate where workshop_id = :workshop;

-- notes 1..1000 may be quoted; 1001..1100 may not (every other one RESTRICTED, the rest hidden)
insert into note (id, workshop_id, session_id, author_delegate_id, kind, text, status, votes, sensitivity,
                  created_at, updated_at)
select nextval('note_seq'), :workshop, (:'sessions'::bigint[])[1 + g % 5],
       (select id from people where i = (g * 37) % 200),
       (array['INSIGHT','GOOD_PRACTICE','CONCERN','QUESTION','IDEA'])[1 + (g / 5) % 5],
       initcap((select string_agg(w, ' ') from (select w from words where i in (
            (g * 7) % :n, (g * 13) % :n, (g * 31) % :n, (g * 17 + 3) % :n, (g * 23 + 5) % :n,
            (g * 29 + 11) % :n, (g * 37 + 1) % :n, (g * 41 + 2) % :n, (g * 43 + 7) % :n, (g * 47 + 13) % :n,
            (g * 53 + 17) % :n, (g * 59 + 19) % :n)) s))
         || case when g % 40 = 0 then ' — ask Person' || (g % 200 + 1) || ' at bench-person-' || (g % 200 + 1) || '@example.org'
                 when g % 41 = 0 then ', call +32 470 ' || lpad((g % 1000)::text, 3, '0') || ' 12 34 or see https://example.org/x'
                 when g % 43 = 0 then ', said Kowalska on @someone_else'
                 else '.' end,
       case when g > 1000 and g % 2 = 0 then 'HIDDEN' else 'VISIBLE' end,
       (g * 7919) % 13,
       case when g > 1000 and g % 2 = 1 then 'RESTRICTED' else 'NONE' end,
       now() - make_interval(secs => 2000 - g), now()
from generate_series(1, 1100) g;

insert into lesson (id, workshop_id, title, statement, type, status, created_at, updated_at)
select nextval('lesson_seq'), :workshop, 'Lesson ' || g || ': keep one trusted voice online',
       'Delegates agreed that a named official account that answers within minutes keeps rumours short.'
         || E'\n' || 'It needs a rota, an approval route and partners who share rather than repeat (' || g || ').',
       (array['BEST_PRACTICE','LESSON_LEARNED','ROLE_AND_RESPONSIBILITY'])[1 + g % 3],
       'PUBLISHED', now() - make_interval(secs => 400 - g), now()
from generate_series(1, 200) g;

create temporary table numbered_notes as
select row_number() over (order by id) as i, id from note where workshop_id = :workshop;
create temporary table numbered_lessons as
select row_number() over (order by id) as k, id from lesson where workshop_id = :workshop;

-- lesson k cites quotable notes 5k-4 .. 5k, and every other lesson one note that may not be quoted
insert into lesson_note (lesson_id, note_id)
select l.id, n.id from numbered_lessons l join numbered_notes n on n.i between 5 * l.k - 4 and 5 * l.k;
insert into lesson_note (lesson_id, note_id)
select l.id, n.id from numbered_lessons l join numbered_notes n on n.i = 1000 + (l.k + 1) / 2
where l.k % 2 = 1;

insert into pattern_tag (id, pattern_id, workshop_id, lesson_id, stance, tagged_at)
select nextval('pattern_tag_seq'), p.id, :workshop, l.id, case when l.k % 9 = 0 then 'CONTRADICTS' else 'SUPPORTS' end, now()
from numbered_lessons l
join (select row_number() over (order by id) - 1 as j, id from pattern) p on p.j = l.k % 25
where l.k % 5 <> 0;
insert into pattern_tag (id, pattern_id, workshop_id, lesson_id, stance, tagged_at)
select nextval('pattern_tag_seq'), p.id, :workshop, l.id, 'SUPPORTS', now()
from numbered_lessons l
join (select row_number() over (order by id) - 1 as j, id from pattern) p on p.j = (l.k * 7 + 3) % 25
where l.k % 4 = 0 and l.k % 5 <> 0 and (l.k * 7 + 3) % 25 <> l.k % 25;

analyze delegate; analyze note; analyze lesson; analyze lesson_note; analyze pattern_tag;
