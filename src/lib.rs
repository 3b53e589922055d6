//! Chronoscope: turn news articles into an explorable, provable chronology.
//!
//! The crate is layered; each layer only depends on the ones above it in this list:
//!
//! | module        | job                                                        | egui? |
//! |---------------|------------------------------------------------------------|-------|
//! | [`text`]      | sentence splitting and other byte-span text utilities     | no    |
//! | [`temporal`]  | find and resolve time expressions (TIMEX3) in text         | no    |
//! | [`documents`] | read articles (text, TimeML, JSON Lines, events files)     | no    |
//! | [`actors`]    | names of people, organisations, places; one actor per name | no    |
//! | [`events`]    | turn mentions into events; the events file (JSON, CSV)     | no    |
//! | [`timeline`]  | timeline model: geometry, calendar ticks, lanes, clusters  | no    |
//! | [`eval`]      | TempEval-3 scoring and TimeML tagging                      | no    |
//! | [`project`]   | the user's corrections (curation), undo and redo           | no    |
//! | [`app`]       | the egui desktop app, and its headless PNG rendering        | yes   |
//!
//! `app` exists only with the `gui` feature (on by default): building with
//! `--no-default-features` compiles the core alone, which proves it needs no egui.
//!
//! See `ARCHITECTURE.md` for the full table.

pub mod actors;
#[cfg(feature = "gui")]
pub mod app;
pub mod corpus;
pub mod documents;
pub mod eval;
pub mod events;
pub mod explore;
pub mod fsutil;
pub mod hash;
pub mod project;
pub mod temporal;
pub mod text;
pub mod timeline;
