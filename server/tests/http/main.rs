//! Integration tests: the real server on port 0 with a database of its own, over HTTP.
//! One module per route or page, mirroring `app/src/pages` and `app/src/handlers`.

mod admin;
mod approval;
mod backup;
mod bad_input;
mod calendar;
mod clarification;
mod compression;
mod crash;
mod desk;
mod file_complaint;
mod follow;
mod health;
mod helpers;
mod instances;
mod limits;
mod metrics;
mod nginx;
mod open311;
mod page_cache;
mod pages;
mod privacy;
mod profiles;
mod proxy;
mod public_list;
mod queue;
mod reports;
mod required_fields;
mod retention;
mod scheduler;
mod shutdown;
mod startup;
mod statistics;
mod storage;
mod tls;
mod track;
