//! The words that mark tense around a time expression, for `tense`: future words ("will",
//! "'ll", "tomorrow"), words of plan ("expects", "scheduled", "is to"), the present of a
//! scheduled event ("opens", "resumes"), reporting verbs ("said", "told"), irregular past
//! forms and words in "-ed"; and the verbs that move or set a date ("postponed").
//! Classification of one token only; the clause logic lives in `tense`.

use super::lexicon::Lex;
use super::scan::{Kind, Tok};
use super::tense::word;

/// What a word says about tense.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Marker {
    Past,
    Future,
    WeakPast,
    WeakFuture,
    Reporting,
}

/// Verbs whose object is a date they move or set: the date may lie on either side.
pub(super) fn moves_date(w: &str) -> bool {
    matches!(
        w,
        "postponed"
            | "delayed"
            | "deferred"
            | "adjourned"
            | "extended"
            | "suspended"
            | "moved"
            | "rescheduled"
            | "pushed"
            | "brought"
            | "advanced"
            | "changed"
            | "planned"
            | "scheduled"
            | "set"
            | "fixed"
            | "slated"
            | "timed"
            | "booked"
            | "expected"
            | "asked"
            | "ordered"
            | "told"
            | "invited"
            | "urged"
            | "summoned"
            | "required"
            | "supposed"
            | "allowed"
            | "forced"
    )
}

pub(super) fn marker_word(text: &str, toks: &[Tok], i: usize) -> Option<Marker> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || t.len() > 14 {
        return None;
    }
    let mut buf = [0u8; 14];
    let w = word(text, toks, i);
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..w.len()]).ok()?;
    let prev_apos = i > 0 && matches!(word(text, toks, i - 1), "'" | "’") && !t.gap;
    match lower {
        "will" | "shall" | "tomorrow" | "upcoming" | "soon" => Some(Marker::Future),
        "expects" | "expect" | "plans" | "plan" | "intends" | "scheduled" | "expected"
        | "planned" | "planning" | "aims" | "hopes" | "would" | "due" | "forecast" | "slated"
        | "forecasts" | "predicts" | "must" | "may" | "might" | "effective" | "should" => {
            Some(Marker::WeakFuture)
        }
        // the present of a scheduled event: "the film opens Friday", "talks resume Monday"
        "opens" | "arrives" | "begins" | "starts" | "expires" | "resumes" | "convenes"
        | "reconvenes" | "departs" | "debuts" | "premieres" | "begin" | "resume" | "convene"
        | "reconvene" | "expire" | "meets" | "flies" | "travels" | "visits" | "heads" | "hosts"
        | "faces" | "testifies" | "launches" => Some(Marker::WeakFuture),
        // "waiting for Friday's jobs report", "ahead of Sunday's vote"
        "awaiting" | "await" | "awaits" | "waiting" => Some(Marker::WeakFuture),
        "ahead" if word(text, toks, i + 1).eq_ignore_ascii_case("of") => Some(Marker::WeakFuture),
        // "the cuts take effect June 30", "no later than June 30": a deadline ahead
        "take" | "takes" if word(text, toks, i + 1).eq_ignore_ascii_case("effect") => {
            Some(Marker::WeakFuture)
        }
        "than"
            if word(text, toks, i.wrapping_sub(1)).eq_ignore_ascii_case("later")
                && matches!(
                    word(text, toks, i.wrapping_sub(2))
                        .to_ascii_lowercase()
                        .as_str(),
                    "no" | "not"
                ) =>
        {
            Some(Marker::WeakFuture)
        }
        "ll" if prev_apos => Some(Marker::Future),
        // "agreed to purchase", "is to resume", "set to expire": an infinitive of intent
        "to" if toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && !n.cap && n.lex == Lex::None)
            && matches!(
                word(text, toks, i.wrapping_sub(1))
                    .to_ascii_lowercase()
                    .as_str(),
                "agreed"
                    | "agree"
                    | "agrees"
                    | "plans"
                    | "plan"
                    | "planned"
                    | "expects"
                    | "expected"
                    | "is"
                    | "are"
                    | "set"
                    | "due"
                    | "scheduled"
                    | "slated"
                    | "likely"
                    | "going"
                    | "decided"
                    | "promised"
                    | "hopes"
                    | "hoped"
                    | "wants"
                    | "intends"
                    | "intended"
                    | "aims"
                    | "seeks"
                    | "voted"
                    | "pledged"
                    | "vowed"
                    | "offered"
                    | "proposed"
                    | "threatened"
                    | "prepared"
                    | "ready"
                    | "able"
                    | "unable"
            ) =>
        {
            Some(Marker::WeakFuture)
        }
        "going" if word(text, toks, i + 1).eq_ignore_ascii_case("to") => Some(Marker::Future),
        "said" | "told" | "predicted" | "added" | "reported" | "announced" | "stated" | "noted"
        | "according" => Some(Marker::Reporting),
        "was" | "were" | "had" | "did" | "ago" | "yesterday" | "came" | "went" | "took"
        | "made" | "gave" | "began" | "fell" | "rose" | "saw" | "sat" | "left" | "lost"
        | "sold" | "bought" | "paid" | "got" | "found" | "led" | "spoke" | "wrote" | "ran"
        | "became" | "brought" | "thought" | "felt" | "kept" | "met" | "held" | "sent"
        | "spent" | "built" | "fought" | "caught" | "knew" | "grew" | "drew" | "threw" | "flew"
        | "chose" | "broke" | "stood" | "shot" | "fled" | "won" | "struck" | "told," | "hit"
        | "quit" | "slid" | "sank" | "swore" | "wore" | "tore" | "froze" | "stole" | "spun"
        | "sought" | "taught" | "dealt" | "meant" | "heard" | "laid" | "lay" | "fed"
        | "overtook" | "undertook" | "withdrew" | "forgot" | "forgave" | "rode" | "drove"
        | "ate" | "arose" | "died" | "shook" | "woke" | "slept" | "swept" | "wept" | "hung"
        | "stuck" | "blew" | "hid" | "dug" | "sang" | "rang" | "swam" | "bled" | "sped"
        | "forbade" | "strode" | "clung" | "flung" | "swung" | "stung" => Some(Marker::Past),
        _ => {
            let b = lower.as_bytes();
            if b.len() >= 5
                && lower.ends_with("ed")
                && !matches!(
                    lower,
                    "indeed"
                        | "hundred"
                        | "united"
                        | "limited"
                        | "proceed"
                        | "succeed"
                        | "exceed"
                        | "speed"
                        | "breed"
                        | "based"
                        | "need"
                        | "needed"
                        | "related"
                        | "concerned"
                        | "interested"
                        | "advanced"
                        | "detailed"
                        | "red"
                        | "bed"
                )
                && t.lex == Lex::None
                && !t.cap
                && !matches!(
                    word(text, toks, i.wrapping_sub(1))
                        .to_ascii_lowercase()
                        .as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "previously"
                        | "newly"
                        | "recently"
                )
            {
                return Some(Marker::WeakPast);
            }
            None
        }
    }
}
