//! The explorer's view of actors: how many events each has and when, the names a search
//! matches, and lanes by actor (the most frequent first, the rest folded into one lane).

use super::Explorer;
use crate::actors::Actor;

/// What the Actors panel shows of one actor.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorStat {
    /// Index into the corpus `actors`.
    pub actor: u32,
    /// How many events name it.
    pub events: u32,
    /// First start and last end of its dated events (axis seconds), if any.
    pub span: Option<(f64, f64)>,
}

/// How many actors get a lane of their own; the rest share "Other names".
pub const ACTOR_LANES: usize = 12;

impl Explorer {
    /// The actor with id `id`.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actor_index
            .get(id)
            .and_then(|&i| self.corpus.actors.get(i as usize))
    }

    /// An actor's name and aliases, one string, for search.
    pub fn actor_names(&self, id: &str) -> Option<&str> {
        self.actor_index
            .get(id)
            .and_then(|&i| self.actor_search.get(i as usize))
            .map(String::as_str)
    }

    /// Every actor with its event count and dates, most events first.
    pub fn actor_stats(&self) -> &[ActorStat] {
        &self.actor_stats
    }

    /// The lanes by actor: the most frequent actors, then "Other names".
    pub fn actor_lane_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .top_actors()
            .iter()
            .filter_map(|&i| self.corpus.actors.get(i as usize))
            .map(|a| a.name.clone())
            .collect();
        names.push("Other names".into());
        names
    }

    /// Lanes by actor: the names of the lanes ([`Self::actor_lane_names`]), and for each
    /// corpus event the lanes it is drawn in (every one of its actors that has a lane;
    /// else the last lane, "Other names").
    pub fn actor_lanes(&self) -> (Vec<String>, Vec<Vec<u32>>) {
        let top = self.top_actors();
        let lane_of = |id: &str| {
            let i = *self.actor_index.get(id)?;
            top.iter().position(|&t| t == i).map(|p| p as u32)
        };
        let other = top.len() as u32;
        let per_event = self
            .corpus
            .events
            .iter()
            .map(|ev| {
                let mut lanes: Vec<u32> = ev.actors.iter().filter_map(|a| lane_of(a)).collect();
                lanes.dedup();
                if lanes.is_empty() {
                    lanes.push(other);
                }
                lanes
            })
            .collect();
        (self.actor_lane_names(), per_event)
    }

    /// The actors with a lane of their own (indices into the corpus actors).
    fn top_actors(&self) -> Vec<u32> {
        self.actor_stats
            .iter()
            .take(ACTOR_LANES)
            .map(|s| s.actor)
            .collect()
    }
}

/// Event counts and date spans of every actor, most events first (then by name).
pub(super) fn stats(ex: &Explorer) -> Vec<ActorStat> {
    let mut out: Vec<ActorStat> = (0..ex.corpus.actors.len() as u32)
        .map(|actor| ActorStat {
            actor,
            events: 0,
            span: None,
        })
        .collect();
    let mut dated: Vec<Option<(f64, f64)>> = vec![None; ex.corpus.events.len()];
    for it in &ex.items {
        dated[it.event as usize] = Some((it.start, it.end));
    }
    for (e, ev) in ex.corpus.events.iter().enumerate() {
        for id in &ev.actors {
            let Some(&a) = ex.actor_index.get(id) else {
                continue;
            };
            let s = &mut out[a as usize];
            s.events += 1;
            if let Some((start, end)) = dated[e] {
                s.span = Some(
                    s.span
                        .map_or((start, end), |(a, b)| (a.min(start), b.max(end))),
                );
            }
        }
    }
    let name = |s: &ActorStat| ex.corpus.actors[s.actor as usize].name.to_lowercase();
    out.retain(|s| s.events > 0);
    out.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| name(a).cmp(&name(b))));
    out
}
