//! Evaluation of the temporal engine against gold TimeML (TempEval-3 Task A), and TimeML
//! writing of our own annotations.
//!
//! - [`score`]: match predictions to gold in one document and compute the measures;
//! - [`corpus`]: run extraction over folders of `.tml` files (in parallel) and sum;
//! - [`report`]: the measures table, error listing and JSON;
//! - [`breakdown`]: recall, value accuracy and precision per TIMEX3 type (diagnostics);
//! - [`floor`]: the regression floors of `eval-floor.json`;
//!
//! Document reading lives in [`crate::documents::timeml`]; printing lives in the binary.

pub mod breakdown;
pub mod corpus;
pub mod floor;
pub mod report;
pub mod score;

pub use corpus::{
    evaluate, evaluate_corpus, CorpusResult, DocResult, EvalError, Evaluation, FileProblem,
};
pub use floor::{Floor, FloorError};
pub use score::{score_document, Counts, Discrepancy, DocScore, Measures, Prf};
