-- What may leave the room. A note labelled anything but NONE never appears in a publication, a public
-- page or an export made for a non-admin; staff reports count it as withheld.
alter table note add column sensitivity varchar(20) not null default 'NONE'
    check (sensitivity in ('NONE', 'PERSONAL_DATA', 'OPERATIONAL', 'RESTRICTED'));
alter table note add column sensitivity_reason varchar(500);

-- An analyst's wording of a note for outputs; the original stays for staff.
alter table note add column publication_text text;

-- Audited like moderation: the labels and the publication texts are recorded in moderation_action.
alter table moderation_action alter column action type varchar(30);
