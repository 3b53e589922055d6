//! The regression guard: floors for the overall measures, kept in `eval-floor.json` at the
//! repository root, and the check that no measure has dropped below its floor.
//!
//! The file holds `{"strict_f1": …, "relaxed_f1": …, "value_f1": …, "type_f1": …}` in
//! percent. This module reads and compares; it runs no evaluation.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

use super::score::Measures;

/// Minimum overall measures, in percent.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    pub strict_f1: f64,
    pub relaxed_f1: f64,
    pub value_f1: f64,
    pub type_f1: f64,
}

/// Why a floor file could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FloorError {
    #[error("cannot read floor file {}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("floor file {}: expected {{\"strict_f1\", \"relaxed_f1\", \"value_f1\", \"type_f1\"}} numbers", path.display())]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
}

impl Floor {
    /// Reads a floor file.
    pub fn load(path: &Path) -> Result<Floor, FloorError> {
        let text = std::fs::read_to_string(path).map_err(|source| FloorError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|source| FloorError::Parse {
            path: path.to_path_buf(),
            source,
        })
    }

    /// One line per measure below its floor (empty when all hold).
    pub fn violations(&self, m: &Measures) -> Vec<String> {
        [
            ("strict_f1", m.strict.f1, self.strict_f1),
            ("relaxed_f1", m.relaxed.f1, self.relaxed_f1),
            ("value_f1", m.value_f1, self.value_f1),
            ("type_f1", m.type_f1, self.type_f1),
        ]
        .into_iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(name, got, floor)| {
            format!("{name}: expected at least {floor:.2}, but measured {got:.2}")
        })
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::score::Prf;

    #[test]
    fn reports_only_measures_below_floor() {
        let floor = Floor {
            strict_f1: 80.0,
            relaxed_f1: 90.0,
            value_f1: 70.0,
            type_f1: 85.0,
        };
        let prf = |f1| Prf {
            precision: 0.0,
            recall: 0.0,
            f1,
        };
        let m = Measures {
            strict: prf(80.0),
            relaxed: prf(89.5),
            value_f1: 75.0,
            value_f1_lenient: 75.0,
            type_f1: 84.0,
        };
        let v = floor.violations(&m);
        assert_eq!(v.len(), 2, "{v:?}");
        assert!(v[0].starts_with("relaxed_f1: expected at least 90.00, but measured 89.50"));
        assert!(v[1].starts_with("type_f1"));
    }
}
