//! Tense of the clause around an expression: decides whether "Thursday" or "August" means
//! the one before or after the reference date.
//!
//! A cheap heuristic, not a parser: within the sentence, the nearest tense marker to the
//! expression wins — future markers ("will", "'ll", "expected to", "plans", "next") or past
//! markers ("was", "said", "ago", irregular past forms, words in "-ed"). Reporting verbs
//! ("said", "told") count only when nothing else is found, since news reports future
//! plans in past-tense attributions. Future markers win near-ties because "will be held"
//! puts a past participle right next to the expression.

use super::lexicon::Lex;
use super::scan::{Kind, Tok};
use super::tense_words::{marker_word, moves_date, Marker};

/// Tense of a clause. The weak variants come from weak evidence only (a word in "-ed",
/// "expected", a reporting verb): the resolver lets them override the nearest date only
/// when that date is clearly on the wrong side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    WeakPast,
    WeakFuture,
    None,
}

/// The tense governing the tokens `[start, end)`.
pub fn tense_at(text: &str, toks: &[Tok], start: usize, end: usize) -> Tense {
    // "since March", "since shortly after the Oct. 23 slaying" can only look back
    for i in (start.saturating_sub(5)..start).rev() {
        let w = word(text, toks, i);
        if w.eq_ignore_ascii_case("since") {
            return Tense::Past;
        }
        let inside = [
            "shortly", "just", "soon", "right", "after", "the", "early", "late", "mid",
        ];
        if !inside.iter().any(|x| w.eq_ignore_ascii_case(x)) {
            break;
        }
    }
    // "postponed until Tuesday morning", "extended until Nov. 16": what is put off lies
    // ahead of the act of putting it off, unless it is clearly past
    if start >= 2
        && ["until", "till"]
            .iter()
            .any(|w| word(text, toks, start - 1).eq_ignore_ascii_case(w))
    {
        let delay = [
            "postponed",
            "postpone",
            "postpones",
            "delayed",
            "delay",
            "delays",
            "deferred",
            "defer",
            "adjourned",
            "extended",
            "extend",
            "extends",
            "suspended",
            "off",
            "back",
        ];
        let v = word(text, toks, start - 2);
        if delay.iter().any(|d| v.eq_ignore_ascii_case(d)) {
            // weak: "the harvest was delayed until late October" (said in November)
            // is still the October just past
            return Tense::WeakFuture;
        }
    }
    // "the quarter ended Oct. 31" (alone or inside "the quarter ended …"): a period that
    // has ended lies behind
    if (start.saturating_sub(1)..=end).any(|i| word(text, toks, i).eq_ignore_ascii_case("ended")) {
        return Tense::Past;
    }
    // "the company said Tuesday it will close the plant": a date right after a
    // reporting verb dates the report, whatever the reported clause says
    let mut b = start;
    if b > 0 && word(text, toks, b - 1).eq_ignore_ascii_case("on") {
        b -= 1;
    }
    // (weak, like any "-ed" verb right before it, "released Thursday": wire stories are
    // often filed the day before the date they report — "New Zealand said Friday" in a
    // story of Thursday — so an adjacent weekday stays tomorrow; see the resolver)
    if b > 0
        && matches!(
            marker(text, toks, b - 1),
            Some(Marker::Reporting | Marker::WeakPast)
        )
    {
        return Tense::WeakPast;
    }
    // "the plant, which opened in January": a past verb with "in" before a month, a
    // season or a year is a finite past (a future would read "will open", "is to open")
    if start >= 2
        && word(text, toks, start - 1).eq_ignore_ascii_case("in")
        && marker(text, toks, start - 2) == Some(Marker::WeakPast)
    {
        return Tense::Past;
    }
    // "originally set for Dec. 1", "had been due to expire Friday": the date of an
    // overtaken plan is the nearest one, whatever the sentence goes on to say
    let plan_lo = start.saturating_sub(4);
    if (plan_lo..start).any(|i| superseded_plan(text, toks, i)) {
        return Tense::None;
    }
    let lo = sentence_start(text, toks, start);
    let hi = sentence_end(text, toks, end);
    let mut best: Option<(usize, Marker)> = None;
    let mut strong_future = false;
    let mut consider = |i: usize, dist: usize| {
        let Some(m) = marker(text, toks, i) else {
            return;
        };
        strong_future |= m == Marker::Future;
        let eff = match m {
            Marker::Future => dist.saturating_sub(1),
            Marker::Reporting | Marker::WeakPast | Marker::WeakFuture => dist + 1,
            Marker::Past => dist,
        };
        if best.is_none_or(|(d, _)| eff < d) {
            best = Some((eff, m));
        }
    };
    // Scan outwards but stop at a clause boundary: in "said on Monday that she would
    // not run", "would" belongs to another clause than "Monday".
    for i in (lo..start).rev() {
        if clause_break(text, toks, i) {
            break;
        }
        consider(i, start - i);
    }
    for i in end..hi {
        if clause_break(text, toks, i) {
            break;
        }
        consider(i, i + 1 - end);
    }
    // "gave Merieux until mid-November", "no reason for the Jan. 14 deadline": a deadline
    // may lie after a past-tense verb, so the past is only weak evidence for it, and a
    // strong future anywhere in the clause decides
    // ("until at least Monday")
    let lead = if start >= 3
        && word(text, toks, start - 2).eq_ignore_ascii_case("at")
        && word(text, toks, start - 1).eq_ignore_ascii_case("least")
    {
        start - 2
    } else {
        start
    };
    let deadline = (lead > 0
        && ["until", "till", "by"]
            .iter()
            .any(|w| word(text, toks, lead - 1).eq_ignore_ascii_case(w)))
        || word(text, toks, end).eq_ignore_ascii_case("deadline");
    match best {
        Some((_, Marker::Future)) => Tense::Future,
        // "will double its flights by August in markets untouched by the crisis"
        Some(_) if deadline && strong_future => Tense::Future,
        Some((_, Marker::Past)) if deadline => Tense::WeakPast,
        Some((_, Marker::Past)) => Tense::Past,
        Some((_, Marker::WeakFuture)) => Tense::WeakFuture,
        Some(_) => Tense::WeakPast,
        None => Tense::None,
    }
}

fn clause_break(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = word(text, toks, i);
    [
        "that", "which", "who", "because", "but", "while", "when", "if", "although", "whereas",
        "where",
    ]
    .iter()
    .any(|b| w.eq_ignore_ascii_case(b))
        || matches!(w, ";" | "(" | ")")
        // a colon ends a clause, not the one inside a clock time ("at 06:00 GMT on Monday")
        || (w == ":" && !(is_number(toks, i.wrapping_sub(1)) && is_number(toks, i + 1)))
}

fn is_number(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind == Kind::Num)
}

/// The text of token `i` (empty past the end).
pub(super) fn word<'a>(text: &'a str, toks: &[Tok], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| &text[t.start..t.end])
}

fn is_boundary(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return true };
    if t.kind != Kind::Punct {
        return false;
    }
    let c = text.as_bytes()[t.start];
    if c == b'!' || c == b'?' || c == b';' {
        return true;
    }
    if c != b'.' {
        return false;
    }
    let next_ok = toks
        .get(i + 1)
        .is_none_or(|n| n.gap && (n.cap || n.newline || n.kind != Kind::Word));
    if !next_ok {
        return false;
    }
    let prev = word(text, toks, i.wrapping_sub(1));
    let abbr = matches!(
        toks.get(i.wrapping_sub(1)).map(|t| t.lex),
        Some(Lex::Month { abbr: true, .. })
    ) || (prev.len() == 1 && prev.bytes().all(|b| b.is_ascii_alphabetic()))
        || matches!(
            prev,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Jr"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "No"
                | "Lt"
                | "Col"
                | "Prof"
                | "vs"
        );
    !abbr
}

pub(crate) fn sentence_start(text: &str, toks: &[Tok], start: usize) -> usize {
    let mut i = start;
    let limit = start.saturating_sub(60);
    while i > limit {
        if is_boundary(text, toks, i - 1) || toks.get(i).is_some_and(|t| t.newline) {
            return i;
        }
        i -= 1;
    }
    i
}

fn sentence_end(text: &str, toks: &[Tok], end: usize) -> usize {
    let mut i = end;
    let limit = (end + 60).min(toks.len());
    while i < limit {
        if is_boundary(text, toks, i) || (i > end && toks.get(i).is_some_and(|t| t.newline)) {
            return i;
        }
        i += 1;
    }
    i
}

fn marker(text: &str, toks: &[Tok], i: usize) -> Option<Marker> {
    let m = marker_word(text, toks, i)?;
    // "were planning to drive … on Monday", "was due to expire Friday": the plan, not the
    // past, speaks for the time
    if m == Marker::Past {
        let w = word(text, toks, i);
        let next = word(text, toks, i + 1);
        let after = word(text, toks, i + 2);
        // a progressive of intent on its own; "due", "set" … only with "to"/"for" ("the
        // fire was set Monday" is past)
        let plan = ["planning", "expecting", "hoping", "going", "preparing"]
            .iter()
            .any(|p| next.eq_ignore_ascii_case(p))
            || (["scheduled", "expected", "due", "set"]
                .iter()
                .any(|p| next.eq_ignore_ascii_case(p))
                && (after.eq_ignore_ascii_case("to") || after.eq_ignore_ascii_case("for")));
        if plan && (w.eq_ignore_ascii_case("was") || w.eq_ignore_ascii_case("were")) {
            return None;
        }
    }
    // "the Senate is expected to vote before the August recess": a plan in the present
    // is the future itself
    if m == Marker::WeakFuture
        && ["expected", "scheduled", "due", "slated", "planned"]
            .iter()
            .any(|p| word(text, toks, i).eq_ignore_ascii_case(p))
        && ["is", "are", "am"]
            .iter()
            .any(|b| word(text, toks, i.wrapping_sub(1)).eq_ignore_ascii_case(b))
    {
        return Some(Marker::Future);
    }
    // "had been due to expire Friday", "as previously planned Saturday night": a plan
    // made in the past and overtaken says nothing about the side of its date
    if m == Marker::WeakFuture && superseded_plan(text, toks, i) {
        return None;
    }
    if m == Marker::Past && word(text, toks, i).eq_ignore_ascii_case("had") {
        let next = if word(text, toks, i + 1).eq_ignore_ascii_case("been") {
            i + 2
        } else {
            i + 1
        };
        if superseded_plan(text, toks, next) {
            return None;
        }
    }
    // "was told Wednesday", "had said": a passive or pluperfect of a reporting verb is a
    // plain past, not an attribution of something else
    if m == Marker::Reporting
        && ["was", "were", "had"]
            .iter()
            .any(|p| word(text, toks, i.wrapping_sub(1)).eq_ignore_ascii_case(p))
    {
        return Some(Marker::Past);
    }
    // "will be held", "has been closed": a participle, not a past tense
    if matches!(m, Marker::Past | Marker::WeakPast) {
        let prev = word(text, toks, i.wrapping_sub(1)).to_ascii_lowercase();
        // (also after a copula of state: "will stay closed", "remains locked")
        if matches!(
            prev.as_str(),
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "'s"
                | "s"
                | "stay"
                | "stays"
                | "remain"
                | "remains"
                | "seem"
                | "seems"
                | "become"
                | "becomes"
        ) {
            return None;
        }
        // "has fluctuated": a present perfect still reports the past, weakly
        if matches!(prev.as_str(), "has" | "have") {
            return Some(Marker::WeakPast);
        }
        // "police were called Saturday": a past passive is a finite past, as strong as
        // "was" itself — unless what was done moves a date ("was postponed to Friday")
        // ("was called for Friday", "was put off to June" set a date ahead)
        let next = w_lower(text, toks, i + 1);
        if m == Marker::WeakPast
            && matches!(prev.as_str(), "was" | "were")
            && !moves_date(&w_lower(text, toks, i))
            && !matches!(
                next.as_str(),
                "for" | "to" | "until" | "till" | "off" | "back"
            )
        {
            return Some(Marker::Past);
        }
    }
    Some(m)
}

fn w_lower(text: &str, toks: &[Tok], i: usize) -> String {
    word(text, toks, i).to_ascii_lowercase()
}

/// A plan word ("scheduled", "due", "planned", the "to" after them) right after "had
/// (been)", "previously" or "originally".
fn superseded_plan(text: &str, toks: &[Tok], i: usize) -> bool {
    let mut j = i;
    if word(text, toks, j).eq_ignore_ascii_case("to") {
        j = j.wrapping_sub(1);
    }
    let plan = ["scheduled", "due", "planned", "expected", "set", "slated"];
    if !plan
        .iter()
        .any(|p| word(text, toks, j).eq_ignore_ascii_case(p))
    {
        return false;
    }
    let mut k = j.wrapping_sub(1);
    if word(text, toks, k).eq_ignore_ascii_case("been") {
        k = k.wrapping_sub(1);
    }
    ["had", "previously", "originally", "initially"]
        .iter()
        .any(|w| word(text, toks, k).eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::scan::tokenize;

    fn tense_of(text: &str, target: &str) -> Tense {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let pos = text.find(target).unwrap();
        let i = toks.iter().position(|t| t.start == pos).unwrap();
        tense_at(text, &toks, i, i + 1)
    }

    #[test]
    fn nearest_marker_decides() {
        assert_eq!(
            tense_of("The talks came to an end on Thursday.", "Thursday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("He will meet Xi on Thursday, officials said.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            tense_of(
                "The senator said on Monday that she would not run.",
                "Monday"
            ),
            Tense::WeakPast
        );
        assert_eq!(
            tense_of("Turnout was low in December, officials said.", "December"),
            Tense::Past
        );
        assert_eq!(
            tense_of("The meeting is on Thursday.", "Thursday"),
            Tense::None
        );
        assert_eq!(
            tense_of("It rained. He will go Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He will go. It rained Thursday.", "Thursday"),
            Tense::WeakPast
        );
    }
}
