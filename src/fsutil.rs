//! Atomic file writes, the one code path every write of the product takes: a temporary
//! file beside the target (`tempfile`), fsynced, persisted over it, the folder fsynced.

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

/// Writes `bytes` to `path` atomically: a uniquely named temporary file beside it
/// (`tempfile`), written and fsynced, then persisted over the target (with `overwrite`
/// false, `persist_noclobber`: an existing file is an error even if it appears meanwhile),
/// then the folder fsynced so the rename survives a crash. An existing file keeps its
/// permissions. On failure the temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), WriteError> {
    write_atomic_with(path, overwrite, &mut |w| w.write_all(bytes))
}

/// [`write_atomic`] for output made while it is written (a large export streamed through
/// a buffer instead of built in memory first): `fill` writes the content.
pub fn write_atomic_with(
    path: &Path,
    overwrite: bool,
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
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
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(io)?;
    {
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        fill(&mut buffered).map_err(io)?;
        buffered.flush().map_err(io)?;
    }
    if let Ok(meta) = std::fs::metadata(path) {
        // Keep the permissions of the file being replaced.
        let _ = tmp.as_file().set_permissions(meta.permissions());
    } else {
        new_file_permissions(tmp.as_file());
    }
    tmp.as_file().sync_all().map_err(io)?;
    let persisted = if overwrite {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
    if let Err(e) = persisted {
        if !overwrite && e.error.kind() == std::io::ErrorKind::AlreadyExists {
            return Err(WriteError::Exists { path: shown });
        }
        return Err(io(e.error));
    }
    sync_dir(dir);
    Ok(())
}

const TEMP_SUFFIX: &str = ".tmp";

/// Temporary files for `path` are named `.NAME.XXXXXX.tmp` beside it, so the ones a killed
/// process left can be told apart and removed ([`remove_stale_temps`]).
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.")
}

/// Removes the temporary files a process killed while writing `path` left beside it
/// (older than `age`, so a write in progress elsewhere is not touched). Returns how many.
pub fn remove_stale_temps(path: &Path, age: std::time::Duration) -> usize {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let prefix = temp_prefix(path);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let ours = name.starts_with(&prefix)
            && name.ends_with(TEMP_SUFFIX)
            && name.len() > prefix.len() + TEMP_SUFFIX.len();
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d >= age));
        if ours && old && std::fs::remove_file(e.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A new file is readable by others, as a plain `File::create` would make it (`tempfile`
/// creates its files private to the owner).
fn new_file_permissions(file: &std::fs::File) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = file.set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    #[cfg(not(unix))]
    let _ = file;
}

/// Fsyncs a folder so a rename in it is durable (Unix; elsewhere a no-op).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
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

    #[test]
    fn stale_temporary_files_of_one_target_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.chronoscope.json");
        write_atomic(&p, b"{}", true).unwrap();
        let left = dir.path().join(".a.chronoscope.json.x1Yz9Q.tmp");
        let other = dir.path().join(".b.json.x1Yz9Q.tmp");
        std::fs::write(&left, b"half").unwrap();
        std::fs::write(&other, b"half").unwrap();
        assert_eq!(
            remove_stale_temps(&p, std::time::Duration::from_secs(3600)),
            0
        );
        assert_eq!(remove_stale_temps(&p, std::time::Duration::ZERO), 1);
        assert!(!left.exists() && other.exists() && p.exists());
    }

    #[cfg(unix)]
    #[test]
    fn keeps_the_permissions_of_the_file_it_replaces() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("shared.csv");
        write_atomic(&p, b"one", false).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "a new file as File::create makes it");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"two", true).unwrap();
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
