//! Undo and redo over a [`Curation`]: every applied edit's inverse is kept, so any number
//! of steps can be undone and redone within a session.

use super::curation::{Curation, Edit};

/// A curation with its undo and redo stacks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    pub curation: Curation,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl History {
    pub fn new(curation: Curation) -> History {
        History {
            curation,
            ..History::default()
        }
    }

    /// Carries out `edit`; it can be undone. A new edit forgets what could be redone.
    pub fn apply(&mut self, edit: Edit) {
        let inverse = self.curation.apply(edit);
        self.undo.push(inverse);
        self.redo.clear();
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(edit) = self.undo.pop() else {
            return false;
        };
        let again = self.curation.apply(edit);
        self.redo.push(again);
        true
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(edit) = self.redo.pop() else {
            return false;
        };
        let inverse = self.curation.apply(edit);
        self.undo.push(inverse);
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
