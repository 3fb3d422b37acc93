-- Lists read only the page they show, however many applications there are: a round's list
-- walks the (round_id, sequence) index of the UNIQUE constraint, other lists this one on
-- (updated_at, id), and an organisation's list unions two covering look-ups.
CREATE INDEX applications_updated ON applications (updated_at, id);
DROP INDEX application_members_organisation;
CREATE INDEX application_members_organisation ON application_members (organisation_id, application_id);
