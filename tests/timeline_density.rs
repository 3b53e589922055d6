//! Property tests for the density and geometry core: counts are conserved for any sorted
//! input and view, clusters never hold items farther apart than the gap, and zooming keeps
//! the time under the pointer.

use chronoscope::timeline::density::{bins, clusters, visible_range, zoom_target};
use chronoscope::timeline::geometry::{PixelRange, TimeView, MAX_SPAN_SECS, MIN_SPAN_SECS};
use proptest::prelude::*;

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn bins_and_clusters_conserve_visible_counts(
        times in prop::collection::vec(-1e6f64..1e6, 0..400).prop_map(sorted),
        a in -1.2e6f64..1.2e6,
        span in 1.0f64..3e6,
        width in 50.0f64..2000.0,
        bin_px in 0.5f64..20.0,
        gap_px in 0.0f64..30.0,
    ) {
        let view = TimeView { start_secs: a, end_secs: a + span };
        let px = PixelRange::new(10.0, 10.0 + width);
        let visible = visible_range(&times, &view);
        let expected = times.iter().filter(|&&t| view.contains(t)).count();
        prop_assert_eq!(visible.len(), expected);

        let b = bins(&times, &view, px, bin_px);
        prop_assert_eq!(b.iter().map(|b| b.count).sum::<usize>(), expected);
        for w in b.windows(2) {
            prop_assert!(w[0].x_px < w[1].x_px);
            prop_assert_eq!(w[0].first_index + w[0].count, w[1].first_index);
        }
        for bin in &b {
            for &t in &times[bin.first_index..bin.first_index + bin.count] {
                let x = view.x_from_time(t, px);
                prop_assert!(x >= bin.x_px - 1e-6 && x <= bin.x_px + bin.width_px + 1e-6);
            }
        }

        let c = clusters(&times, &view, px, gap_px);
        prop_assert_eq!(c.iter().map(|c| c.count).sum::<usize>(), expected);
        let gap_secs = gap_px * view.secs_per_px(px);
        for w in c.windows(2) {
            // Clusters are separated by at least the gap.
            prop_assert!(w[1].start_secs - w[0].end_secs >= gap_secs);
        }
        for cl in &c {
            // Inside a cluster, neighbours are closer than the gap.
            for i in cl.indices().skip(1) {
                prop_assert!(times[i] - times[i - 1] < gap_secs || gap_secs == 0.0 && times[i] == times[i - 1]);
            }
            prop_assert_eq!(cl.start_secs, times[cl.first_index]);
            let z = zoom_target(cl);
            prop_assert!(z.contains(cl.start_secs) && z.contains(cl.end_secs));
        }
    }

    #[test]
    fn zoom_and_pan_keep_their_promises(
        a in -3e11f64..3e11,
        ln_span in MIN_SPAN_SECS.ln()..MAX_SPAN_SECS.ln(),
        x in 0.0f64..1000.0,
        ln_factor in -5.0f64..5.0,
        dx in -2000.0f64..2000.0,
    ) {
        let px = PixelRange::from_width(1000.0);
        let v = TimeView::new(a, a + ln_span.exp());
        let z = v.zoom_at(x, ln_factor.exp(), px);
        prop_assert!(z.span_secs() >= MIN_SPAN_SECS - 1e-6 && z.span_secs() <= MAX_SPAN_SECS * (1.0 + 1e-12));
        let drift_px = (z.x_from_time(v.time_from_x(x, px), px) - x).abs();
        prop_assert!(drift_px < 1e-3, "time under the pointer moved {drift_px} px");
        let p = v.pan(dx, px);
        prop_assert!((p.span_secs() - v.span_secs()).abs() <= 1e-6 * v.span_secs());
        let t = v.time_from_x(500.0, px);
        prop_assert!((p.x_from_time(t, px) - (500.0 + dx)).abs() < 1e-3);
    }
}
