//! `tag` output: valid TimeML that reads back with our mentions as its gold.

mod shared_data;

use chronoscope::documents::timeml::parse;
use chronoscope::documents::timeml::write::tag_timeml;
use chronoscope::temporal::{self, Mention, Modifier, Options, TimexType};
use rayon::prelude::*;
use std::ops::Range;
use std::path::Path;

/// A TIMEX3 as a round trip must preserve it: span, type, value, mod.
type Timex = (Range<usize>, TimexType, String, Option<String>);

fn fixture_path(name: &str) -> String {
    format!(
        "{}/tests/fixtures/timeml/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}

fn mention(text: &str, needle: &str, ty: TimexType, value: &str) -> Mention {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Mention {
        span: start..start + needle.len(),
        timex_type: ty,
        value: value.into(),
        modifier: None,
        granularity: None,
        interval: None,
    }
}

/// Mentions in the form of the gold a round trip must give back.
fn as_gold(mentions: &[Mention]) -> Vec<Timex> {
    mentions
        .iter()
        .map(|m| {
            (
                m.span.clone(),
                m.timex_type,
                m.value.clone(),
                m.modifier.map(|x| x.as_str().to_string()),
            )
        })
        .collect()
}

fn reread(xml: &str) -> (String, Vec<Timex>) {
    let doc = parse(xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let gold = doc
        .gold
        .iter()
        .map(|g| {
            (
                g.span.clone(),
                g.timex_type,
                g.value.clone(),
                g.modifier.clone(),
            )
        })
        .collect();
    (doc.text, gold)
}

#[test]
fn round_trip_with_entities_and_mod() {
    let xml = fixture("entities.tml");
    let doc = parse(&xml).unwrap();
    let mut more = mention(
        &doc.text,
        "more than three years",
        TimexType::Duration,
        "P3Y",
    );
    more.modifier = Some(Modifier::MoreThan);
    let mentions = vec![
        mention(&doc.text, "Café owners", TimexType::Date, "a\"b&c<d"),
        mention(&doc.text, "Thursday", TimexType::Date, "1998-08-06"),
        more,
        mention(&doc.text, "\"Q&A\"", TimexType::Set, "XXXX"),
    ];
    let tagged = tag_timeml(&xml, &doc, &mentions);
    assert_eq!(tagged.skipped, 0);
    let (text, gold) = reread(&tagged.xml);
    assert_eq!(text, doc.text);
    assert_eq!(gold, as_gold(&mentions));

    let out = parse(&tagged.xml).unwrap();
    // The header is kept: id, title, DCT; t0 stays the DCT's and our tids are fresh.
    assert_eq!(out.id, doc.id);
    assert_eq!(out.title, doc.title);
    assert_eq!(out.dct, doc.dct);
    assert_eq!(out.dct_source, doc.dct_source);
    let tids: Vec<&str> = out.gold.iter().map(|g| g.tid.as_str()).collect();
    assert_eq!(tids, ["t1", "t2", "t3", "t4"]);
    // Gold annotations and links are gone.
    for gone in [
        "<EVENT",
        "<SIGNAL",
        "<MAKEINSTANCE",
        "<TLINK",
        "anchorTimeID",
        "AP-NY-08-07-98",
    ] {
        let body = &tagged.xml[doc.text_element_start..];
        assert!(!body.contains(gone), "{gone} left in output:\n{body}");
    }
    assert!(
        tagged.xml.trim_end().ends_with("</TEXT>\n</TimeML>"),
        "{}",
        tagged.xml
    );
}

#[test]
fn overlapping_and_bad_spans_are_skipped() {
    let xml = fixture("plain_day.tml");
    let doc = parse(&xml).unwrap();
    let a = mention(&doc.text, "on Thursday", TimexType::Date, "2023-11-16");
    let b = mention(&doc.text, "Thursday", TimexType::Date, "2023-11-16");
    let mut out_of_bounds = b.clone();
    out_of_bounds.span = doc.text.len()..doc.text.len() + 3;
    let tagged = tag_timeml(&xml, &doc, &[b.clone(), a.clone(), out_of_bounds]);
    assert_eq!(tagged.skipped, 2);
    let (_, gold) = reread(&tagged.xml);
    assert_eq!(gold, as_gold(&[a]));
}

#[test]
fn tids_used_outside_text_are_not_reused() {
    let xml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-17" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TITLE><TIMEX3 tid="t1" type="DATE" value="2023">2023</TIMEX3> review</TITLE><TEXT>In 2022 and 2021.</TEXT></TimeML>"#;
    let doc = parse(xml).unwrap();
    let mentions = [
        mention(&doc.text, "2022", TimexType::Date, "2022"),
        mention(&doc.text, "2021", TimexType::Date, "2021"),
    ];
    let out = parse(&tag_timeml(xml, &doc, &mentions).xml).unwrap();
    let tids: Vec<&str> = out.gold.iter().map(|g| g.tid.as_str()).collect();
    assert_eq!(tids, ["t2", "t3"]);
}

/// The engine's own output over the TempEval-3 corpus survives the round trip.
#[test]
fn engine_round_trip_on_corpus() {
    if shared_data::tempeval3("engine_round_trip_on_corpus").is_none() {
        return;
    }
    let root = shared_data::path("tempeval3").display().to_string();
    let files: Vec<_> = ["timebank", "aquaint"]
        .iter()
        .flat_map(|c| std::fs::read_dir(format!("{root}/{c}")).unwrap())
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 256);
    files.par_iter().for_each(|path| {
        let xml = std::fs::read_to_string(path).unwrap();
        let doc = parse(&xml).unwrap();
        let mentions = temporal::extract(&doc.text, doc.dct, &Options::default());
        let tagged = tag_timeml(&xml, &doc, &mentions);
        assert_eq!(tagged.skipped, 0, "{}", path.display());
        let (text, gold) = reread(&tagged.xml);
        assert_eq!(text, doc.text, "{}", path.display());
        assert_eq!(gold, as_gold(&mentions), "{}", path.display());
    });
}

#[test]
fn tag_command_writes_valid_files_and_reports_bad_ones() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("nested/out");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_chronoscope"))
        .args(["tag", "--timeml"])
        .arg(fixture_path("plain_day.tml"))
        .arg(fixture_path("malformed.tml"))
        .arg(fixture_path("no_such_file.tml"))
        .arg(fixture_path("entities.tml"))
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(!status.status.success(), "bad inputs must fail the command");
    assert!(
        stderr.contains("malformed.tml") && stderr.contains("malformed XML at line 5"),
        "{stderr}"
    );
    assert!(stderr.contains("no_such_file.tml"), "{stderr}");
    for name in ["plain_day.tml", "entities.tml"] {
        let written = std::fs::read_to_string(out_dir.join(name)).unwrap();
        let original = parse(&fixture(name)).unwrap();
        let back = parse(&written).unwrap();
        assert_eq!(back.text, original.text);
        assert_eq!(back.dct, original.dct);
    }
    assert!(!out_dir.join("malformed.tml").exists());
}

#[test]
fn tag_command_never_overwrites_silently_and_never_writes_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("plain_day.tml");
    std::fs::copy(fixture_path("plain_day.tml"), &input).unwrap();
    let gold = std::fs::read(&input).unwrap();
    let tag = |out: &Path, force: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_chronoscope"));
        cmd.args(["tag", "--timeml"])
            .arg(&input)
            .arg("--out")
            .arg(out);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap()
    };
    // --out is the input's own folder: refused, even with --force; the gold file is intact.
    for force in [false, true] {
        let o = tag(dir.path(), force);
        assert!(!o.status.success());
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains("over an input"), "{stderr}");
        assert_eq!(std::fs::read(&input).unwrap(), gold);
    }
    // An existing output is kept without --force, replaced with it.
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("plain_day.tml"), "mine").unwrap();
    let o = tag(&out, false);
    assert!(!o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("already exists (use --force to overwrite)"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("plain_day.tml")).unwrap(),
        "mine"
    );
    assert!(tag(&out, true).status.success());
    assert!(parse(&std::fs::read_to_string(out.join("plain_day.tml")).unwrap()).is_ok());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text with the characters XML cares about, some Unicode and newlines.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("&".to_string()),
                Just("<".to_string()),
                Just(">".to_string()),
                Just("\"".to_string()),
                Just("'".to_string()),
                Just("\n".to_string()),
                Just("é".to_string()),
                Just("日本".to_string()),
                "[a-zA-Z0-9 ,.;-]{1,8}",
            ],
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    /// Non-overlapping mentions on char boundaries, from cut points into the text.
    fn mentions(text: &str, cuts: &[usize], values: &[String]) -> Vec<Mention> {
        let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        bounds.push(text.len());
        let mut points: Vec<usize> = cuts
            .iter()
            .filter_map(|c| bounds.get(c % bounds.len()).copied())
            .collect();
        points.sort_unstable();
        points.dedup();
        let types = [
            TimexType::Date,
            TimexType::Time,
            TimexType::Duration,
            TimexType::Set,
        ];
        points
            .chunks_exact(2)
            .zip(values)
            .enumerate()
            .map(|(i, (pair, value))| Mention {
                span: pair[0]..pair[1],
                timex_type: types[i % 4],
                value: value.clone(),
                modifier: (i % 3 == 0).then_some(Modifier::Approx),
                granularity: None,
                interval: None,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn tag_then_parse_gives_back_text_and_mentions(
            text in text(),
            cuts in proptest::collection::vec(0usize..1000, 0..12),
            values in proptest::collection::vec("[A-Z0-9&<>\"' -]{0,6}", 6),
        ) {
            let xml = format!(
                "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2023-11-17\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>\n<TEXT>{}</TEXT>\n</TimeML>\n",
                text.replace('&', "&amp;").replace('<', "&lt;")
            );
            let doc = parse(&xml).unwrap();
            prop_assert_eq!(&doc.text, &text);
            let mentions = mentions(&text, &cuts, &values);
            let tagged = tag_timeml(&xml, &doc, &mentions);
            prop_assert_eq!(tagged.skipped, 0);
            let (back_text, gold) = reread(&tagged.xml);
            prop_assert_eq!(back_text, text);
            prop_assert_eq!(gold, as_gold(&mentions));
        }

        #[test]
        fn parse_never_panics(input in "(<|>|&|[A-Z]{1,6}|/|=|\"|TEXT|TIMEX3| |;|#|x|é)*") {
            let _ = parse(&input);
        }
    }
}
