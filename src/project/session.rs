//! A project being worked on: its file, its sources and the edit history, saved after
//! every edit (autosave) so that killing the app at any moment loses at most the edit
//! being made. The app and the crash test drive the same code.
//!
//! A set of files opened without a project gets an *automatic* project in the app's data
//! folder, named by a hash of the sources' absolute paths: opening the same files again
//! finds it and re-applies the edits. "Save as" moves the project where the user wants it.
//! The data folder also keeps `last-project`, the path of the project to reopen on start
//! (written atomically when it changes).

use super::curation::Edit;
use super::history::History;
use super::store::{Project, ProjectError, Settings};
use crate::fsutil::write_atomic;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The suffix of project files.
pub const EXTENSION: &str = crate::documents::PROJECT_SUFFIX;

/// True when `path` names a project file.
pub fn is_project_file(path: &Path) -> bool {
    path.to_string_lossy().ends_with(EXTENSION)
}

/// The open project.
#[derive(Clone, Debug, Default)]
pub struct Session {
    /// Where the project is saved; `None` until the first edit when no place is known.
    pub path: Option<PathBuf>,
    /// The files and folders the project reads (absolute).
    pub sources: Vec<PathBuf>,
    pub settings: Settings,
    pub history: History,
    /// Content hashes of the source files as the loaded events were read from them (as
    /// the project file recorded them until a load says otherwise): what a save records,
    /// so a file changed under a running app is still noticed on the next open.
    pub hashes: HashMap<PathBuf, Option<String>>,
}

impl Session {
    /// A new project over `sources`, saved at `path` once edited.
    pub fn new(path: Option<PathBuf>, sources: Vec<PathBuf>) -> Session {
        Session {
            path,
            sources,
            ..Session::default()
        }
    }

    /// Opens the project file at `path`.
    pub fn open(path: &Path) -> Result<Session, ProjectError> {
        let project = Project::open(path)?;
        // Writes a killed app left half done are of no use (the project is whole).
        crate::fsutil::remove_stale_temps(path, std::time::Duration::from_secs(60));
        let sources = project.source_paths(path);
        let hashes = sources
            .iter()
            .cloned()
            .zip(project.sources.iter().map(|s| s.hash.clone()))
            .collect();
        Ok(Session {
            path: Some(path.to_path_buf()),
            sources,
            settings: project.settings.clone(),
            history: History::new(project.curation),
            hashes,
        })
    }

    /// The project as it would be saved at `path`.
    fn project(&self, path: &Path) -> Project {
        let hash_of = |p: &Path| match self.hashes.get(p) {
            Some(h) => h.clone(),
            None => super::store::file_hash(p),
        };
        let mut p =
            Project::with_hashes(path, &self.sources, &hash_of, self.history.curation.clone());
        p.settings = self.settings.clone();
        p
    }

    /// Writes the project to its file (atomically); nothing to do without a path.
    pub fn save(&self) -> Result<(), ProjectError> {
        match &self.path {
            Some(path) => {
                ensure_folder(path)?;
                self.project(path).save(path)
            }
            None => Ok(()),
        }
    }

    /// Saves under a new path, which the project keeps from now on.
    pub fn save_as(&mut self, path: PathBuf) -> Result<(), ProjectError> {
        ensure_folder(&path)?;
        self.project(&path).save(&path)?;
        self.path = Some(path);
        Ok(())
    }

    /// Applies `edit` (undoable) and saves. When the save fails, the edit stays applied in
    /// memory (the user's work is not thrown away) and the error says why it is not on disk.
    pub fn edit(&mut self, edit: Edit) -> Result<(), ProjectError> {
        self.history.apply(edit);
        self.save()
    }

    /// Undoes the last edit and saves; `Ok(false)` when there was nothing to undo.
    pub fn undo(&mut self) -> Result<bool, ProjectError> {
        if !self.history.undo() {
            return Ok(false);
        }
        self.save().map(|()| true)
    }

    /// Redoes the last undone edit and saves; `Ok(false)` when there was none.
    pub fn redo(&mut self) -> Result<bool, ProjectError> {
        if !self.history.redo() {
            return Ok(false);
        }
        self.save().map(|()| true)
    }
}

/// The automatic project for `sources` in the data folder `dir`: the first source's name
/// and a hash of all the (absolute) paths.
pub fn auto_path(dir: &Path, sources: &[PathBuf]) -> PathBuf {
    let mut h = crate::hash::OFFSET;
    for s in sources {
        h = crate::hash::fnv1a(h, s.to_string_lossy().as_bytes());
        h = crate::hash::fnv1a(h, &[0]);
    }
    let stem: String = sources
        .first()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".into())
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    dir.join("projects")
        .join(format!("{stem}-{:08x}{EXTENSION}", h as u32))
}

/// The project to reopen on start, if one was remembered and still exists.
pub fn last_project(dir: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(dir.join("last-project")).ok()?;
    let path = PathBuf::from(text.trim_end_matches('\n'));
    path.is_file().then_some(path)
}

/// Remembers `path` as the project to reopen on start.
pub fn remember_last_project(dir: &Path, path: &Path) -> Result<(), ProjectError> {
    std::fs::create_dir_all(dir).map_err(|err| ProjectError::Read {
        path: dir.display().to_string(),
        err,
    })?;
    let text = format!("{}\n", path.display());
    write_atomic(&dir.join("last-project"), text.as_bytes(), true)?;
    Ok(())
}

/// Creates the folder a project file goes in.
pub fn ensure_folder(path: &Path) -> Result<(), ProjectError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|err| ProjectError::Read {
                path: dir.display().to_string(),
                err,
            })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn automatic_projects_are_named_by_their_sources() {
        let dir = Path::new("/data");
        let a = auto_path(dir, &[PathBuf::from("/news/a b.txt")]);
        assert!(a.starts_with("/data/projects"));
        assert!(a.to_string_lossy().contains("a_b_txt-"), "{}", a.display());
        assert!(is_project_file(&a));
        assert_eq!(a, auto_path(dir, &[PathBuf::from("/news/a b.txt")]));
        assert_ne!(a, auto_path(dir, &[PathBuf::from("/news/c.txt")]));
    }
}
