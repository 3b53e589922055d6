//! The seed article's actors, as the actors issue states them: people, places and
//! organisations under their full names, whatever the sentence calls them.

use chronoscope::actors::{find_mentions, join, ActorKind, Gazetteer};
use chronoscope::documents::{read_bytes, Format};

#[test]
fn the_seed_names_its_people_places_and_organisations() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_e2108d0b9f2792be.txt"
    ))
    .unwrap();
    let doc = read_bytes("seed.txt", Format::Text, &bytes)
        .documents
        .remove(0);
    let mentions = find_mentions(&doc.text, Gazetteer::get());
    for m in &mentions {
        assert!(m.span.is_valid_in(&doc.text));
    }
    let (actors, ids) = join(&[("d1", doc.text.as_str(), mentions.as_slice())]);
    let has = |name: &str, kind: ActorKind| actors.iter().any(|a| a.name == name && a.kind == kind);
    for p in ["Xi Jinping", "Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"] {
        assert!(has(p, ActorKind::Person), "{p}: {actors:#?}");
    }
    for p in [
        "China",
        "Japan",
        "United States",
        "South Korea",
        "San Francisco",
    ] {
        assert!(has(p, ActorKind::Place), "{p}: {actors:#?}");
    }
    assert!(has("Reuters", ActorKind::Organization), "{actors:#?}");
    assert!(
        actors.iter().any(|a| a.kind == ActorKind::Organization
            && (a.name == "APEC" || a.aliases.iter().any(|x| x == "APEC"))),
        "{actors:#?}"
    );
    // "Mr. Yoon, Mr. Kishida and Mr. Biden" are the full names.
    let at = doc
        .text
        .find("Mr. Yoon, Mr. Kishida and Mr. Biden")
        .expect("the trilateral sentence");
    let names: Vec<&str> = mentions
        .iter()
        .zip(&ids[0])
        .filter(|(m, _)| m.span.start >= at && m.span.end <= at + 40)
        .map(|(_, &i)| actors[i].name.as_str())
        .collect();
    assert_eq!(names, ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"]);
    // No actor is a bare title or a weekday.
    assert!(
        !actors
            .iter()
            .any(|a| ["Mr.", "President", "Thursday", "The"].contains(&a.name.as_str())),
        "{actors:#?}"
    );
}

#[test]
fn timelinejs_slides_can_be_grouped_by_their_first_actor() {
    let file = chronoscope::corpus::load_embedded_seed(&chronoscope::temporal::Options::default());
    let by_doc = chronoscope::events::timelinejs::to_timelinejs(&file);
    let by_actor = chronoscope::events::timelinejs::to_timelinejs_by_actor(&file);
    assert_eq!(by_doc.timeline.events.len(), by_actor.timeline.events.len());
    let groups: Vec<&str> = by_actor
        .timeline
        .events
        .iter()
        .map(|s| s.group.as_str())
        .collect();
    assert!(
        groups.contains(&"Yoon Suk Yeol") || groups.contains(&"Fumio Kishida"),
        "{groups:?}"
    );
    assert!(by_doc
        .timeline
        .events
        .iter()
        .all(|s| s.group.starts_with("Chinese President")));
}
