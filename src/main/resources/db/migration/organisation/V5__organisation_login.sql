-- The first admin's logged one-time password must be changed before anything else is done with the account.
alter table organisation_user add column must_change_password boolean not null default false;
