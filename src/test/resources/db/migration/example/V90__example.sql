-- The example module of the tests (see se.medborgarlofte.example): its own table, in its own version range.
create table example_tip (
  id                bigint generated always as identity primary key,
  municipality_code varchar(4) not null,
  text              varchar(200) not null
);
