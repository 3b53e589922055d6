//! Atomic file writes: write a temporary file beside the target, then rename it over.

use std::io::Write;
use std::path::Path;
use thiserror::Error;

/// Why a file could not be written.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum WriteError {
    #[error("{path} already exists (use --force to overwrite)")]
    Exists { path: String },
    /// The I/O error is part of the message (and deliberately not a `source`, so that
    /// error chains do not print it twice).
    #[error("cannot write {path}: {err}")]
    Io { path: String, err: std::io::Error },
}

/// Writes `bytes` to `path` atomically. With `overwrite` false an existing file is an error.
/// On failure the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    if !overwrite && path.exists() {
        return Err(WriteError::Exists { path: shown });
    }
    let io = |err| WriteError::Io {
        path: shown.clone(),
        err,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_and_leaves_no_partial_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        write_atomic(&p, b"one", false).unwrap();
        assert!(matches!(
            write_atomic(&p, b"two", false),
            Err(WriteError::Exists { .. })
        ));
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        write_atomic(&p, b"two", true).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let bad = dir.path().join("no/such/dir/out.json");
        assert!(matches!(
            write_atomic(&bad, b"x", true),
            Err(WriteError::Io { .. })
        ));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
