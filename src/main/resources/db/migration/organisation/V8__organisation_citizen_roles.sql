-- Issue 12 (citizens' voice): EST reporters and moderators, each scoped to a kommun or an LPO.
alter table organisation_membership drop constraint organisation_membership_role_check;
alter table organisation_membership add constraint organisation_membership_role_check
  check (role in ('ADMIN', 'COORDINATOR', 'POLICE', 'SIGNATORY', 'ANALYST', 'REPORTER', 'MODERATOR'));
alter table organisation_membership add constraint organisation_membership_scoped_citizen_roles
  check (role not in ('REPORTER', 'MODERATOR') or municipality_code is not null or lpo_id is not null);
