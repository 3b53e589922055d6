//! Fuzz target: `temporal::extract` on arbitrary bytes (as UTF-8, lossily) with a reference
//! date and options taken from the first bytes. Checks the same invariants as the property
//! tests: no panic, spans in bounds / on char boundaries / sorted / disjoint, values
//! well-formed.
#![no_main]

use chrono::NaiveDate;
use chronoscope::temporal::{extract, value::is_well_formed, Bias, DateOrder, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, rest) = data.split_at(data.len().min(4));
    let mut h = [0u8; 4];
    h[..head.len()].copy_from_slice(head);
    let year = i32::from(i16::from_le_bytes([h[0], h[1]]));
    let reference = if h[2] & 1 == 0 {
        None
    } else {
        NaiveDate::from_ymd_opt(year, u32::from(h[2] % 12) + 1, u32::from(h[3] % 28) + 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
    };
    let options = Options {
        bias: [Bias::Auto, Bias::Past, Bias::Future][usize::from(h[3] % 3)],
        date_order: if h[3] & 4 == 0 {
            DateOrder::MonthFirst
        } else {
            DateOrder::DayFirst
        },
    };
    let text = String::from_utf8_lossy(rest);
    let mut last = 0;
    for m in extract(&text, reference, &options) {
        assert!(m.span.start >= last && m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(is_well_formed(&m.value), "{:?}", m.value);
        last = m.span.end;
    }
});
