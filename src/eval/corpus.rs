//! Running the evaluation over gold corpora: read every `.tml` file of a folder, extract
//! with [`crate::temporal::extract`] (the document creation time as reference, default
//! options), score each document, and sum per corpus and overall.
//!
//! Documents are read, extracted and scored in parallel (rayon). A file that cannot be read
//! or parsed becomes a [`FileProblem`] of its corpus and is left out of the counts; the
//! others are still scored. This module prints nothing.

use rayon::prelude::*;
use std::path::{Path, PathBuf};

use super::score::{score_document, Counts, DocScore};
use crate::documents::timeml::{self, TimemlDoc};
use crate::temporal::{self, Mention, Options};

/// One scored document.
#[derive(Clone, Debug)]
pub struct DocResult {
    /// File name, e.g. `APW19980807.0261.tml`.
    pub name: String,
    pub doc: TimemlDoc,
    pub predicted: Vec<Mention>,
    pub score: DocScore,
}

/// A file that could not be scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    pub path: PathBuf,
    pub message: String,
}

/// One corpus (a folder of `.tml` files, or a single file).
#[derive(Clone, Debug)]
pub struct CorpusResult {
    /// The folder's name (or the file's, for a single file).
    pub name: String,
    pub path: PathBuf,
    /// Scored documents, sorted by file name.
    pub docs: Vec<DocResult>,
    pub problems: Vec<FileProblem>,
    pub counts: Counts,
}

/// All corpora and their micro-averaged sum.
#[derive(Clone, Debug)]
pub struct Evaluation {
    pub corpora: Vec<CorpusResult>,
    pub overall: Counts,
}

/// Why a corpus could not be evaluated at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("cannot read gold folder {}", path.display())]
    ReadDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("expected .tml files in gold folder {} (or in its subfolders), but found none", path.display())]
    NoDocuments { path: PathBuf },
}

/// Evaluates every corpus; see the module documentation. A folder with no `.tml` files of
/// its own stands for its subfolders that have some (so `tempeval3/` means `tempeval3/aquaint`
/// and `tempeval3/timebank`).
pub fn evaluate(paths: &[PathBuf], options: &Options) -> Result<Evaluation, EvalError> {
    let mut expanded = Vec::new();
    for path in paths {
        expanded.extend(corpus_folders(path)?);
    }
    let corpora = expanded
        .iter()
        .map(|path| evaluate_corpus(path, options))
        .collect::<Result<Vec<_>, _>>()?;
    let overall = corpora.iter().map(|c| c.counts).sum();
    Ok(Evaluation { corpora, overall })
}

/// Evaluates one folder of `.tml` files (or one file).
pub fn evaluate_corpus(path: &Path, options: &Options) -> Result<CorpusResult, EvalError> {
    let files = tml_files(path)?;
    let outcomes: Vec<Result<DocResult, FileProblem>> = files
        .par_iter()
        .map(|file| evaluate_file(file, options))
        .collect();
    let mut docs = Vec::with_capacity(outcomes.len());
    let mut problems = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(doc) => docs.push(doc),
            Err(problem) => problems.push(problem),
        }
    }
    let counts = docs.iter().map(|d| d.score.counts).sum();
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(CorpusResult {
        name,
        path: path.to_path_buf(),
        docs,
        problems,
        counts,
    })
}

/// Reads, extracts and scores one file.
pub fn evaluate_file(path: &Path, options: &Options) -> Result<DocResult, FileProblem> {
    let problem = |message: String| FileProblem {
        path: path.to_path_buf(),
        message,
    };
    let xml = std::fs::read_to_string(path).map_err(|e| problem(format!("cannot read: {e}")))?;
    let doc = timeml::parse(&xml).map_err(|e| problem(e.to_string()))?;
    let predicted = temporal::extract(&doc.text, doc.dct, options);
    let score = score_document(&doc.gold, &predicted);
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(DocResult {
        name,
        doc,
        predicted,
        score,
    })
}

/// `path` itself when it is a file or holds `.tml` files; otherwise its subfolders that
/// hold `.tml` files, sorted by name.
pub fn corpus_folders(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    match tml_files(path) {
        Ok(_) => Ok(vec![path.to_path_buf()]),
        Err(EvalError::NoDocuments { .. }) => {
            let read_err = |source| EvalError::ReadDir {
                path: path.to_path_buf(),
                source,
            };
            let mut subfolders = Vec::new();
            for entry in std::fs::read_dir(path).map_err(read_err)? {
                let sub = entry.map_err(read_err)?.path();
                if sub.is_dir() && tml_files(&sub).is_ok() {
                    subfolders.push(sub);
                }
            }
            if subfolders.is_empty() {
                return Err(EvalError::NoDocuments {
                    path: path.to_path_buf(),
                });
            }
            subfolders.sort();
            Ok(subfolders)
        }
        Err(err) => Err(err),
    }
}

/// The `.tml` files of a folder, sorted by name; a file path is returned as is.
pub fn tml_files(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let read_err = |source| EvalError::ReadDir {
        path: path.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(read_err)? {
        let entry_path = entry.map_err(read_err)?.path();
        let is_tml = entry_path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("tml"));
        if is_tml && entry_path.is_file() {
            files.push(entry_path);
        }
    }
    if files.is_empty() {
        return Err(EvalError::NoDocuments {
            path: path.to_path_buf(),
        });
    }
    files.sort();
    Ok(files)
}
