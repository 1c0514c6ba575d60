//! How well predicted probabilities match what happened: AUROC, Brier score and the bins of a
//! reliability diagram (issue 21's self-evaluation report).
//!
//! In: `(p, truth)` pairs, `p` in [0, 1]. Out: [`Calibration`]. Pure arithmetic, no I/O.

use serde::Serialize;

/// One bin of a reliability diagram: the predictions in `[lo, hi)` (the last bin also holds
/// `p = 1`), their mean and the share that came true.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bin {
    /// Lower edge of the bin.
    pub lo: f64,
    /// Upper edge of the bin.
    pub hi: f64,
    /// Predictions in the bin.
    pub count: usize,
    /// Their mean predicted probability; `None` when the bin is empty.
    pub predicted: Option<f64>,
    /// The share of them whose truth is `true`; `None` when the bin is empty.
    pub observed: Option<f64>,
}

/// AUROC, Brier score and reliability bins of one set of predictions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Calibration {
    /// Predictions scored.
    pub n: usize,
    /// How many of them came true.
    pub positives: usize,
    /// Area under the ROC curve, ties counted one half; `None` without both outcomes.
    pub auroc: Option<f64>,
    /// Mean squared error of the probabilities against 0/1; `None` when `n` is 0.
    pub brier: Option<f64>,
    /// Equal-width bins over [0, 1].
    pub bins: Vec<Bin>,
}

impl Calibration {
    /// The calibration of `points` (`(p, truth)`) with `bins` equal-width bins (at least 1).
    pub fn of(points: &[(f64, bool)], bins: usize) -> Calibration {
        Calibration {
            n: points.len(),
            positives: points.iter().filter(|p| p.1).count(),
            auroc: auroc(points),
            brier: brier(points),
            bins: reliability(points, bins),
        }
    }
}

/// The probability that a random true case gets a higher `p` than a random false one, ties
/// counted one half (the Mann-Whitney U over positives times negatives, with mid-ranks for
/// tied values). `None` unless both outcomes occur.
///
/// ```
/// use elmer::report::calibration::auroc;
/// assert_eq!(auroc(&[(0.9, true), (0.1, false)]), Some(1.0));
/// assert_eq!(auroc(&[(0.5, true), (0.5, false)]), Some(0.5));
/// ```
pub fn auroc(points: &[(f64, bool)]) -> Option<f64> {
    let pos = points.iter().filter(|p| p.1).count();
    let neg = points.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    let mut sorted: Vec<(f64, bool)> = points.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Sum of the positives' ranks (1-based), a tied group sharing its mean rank.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        let mid_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += mid_rank * sorted[i..j].iter().filter(|p| p.1).count() as f64;
        i = j;
    }
    let (pos, neg) = (pos as f64, neg as f64);
    Some((rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg))
}

/// The mean of `(p - truth)^2`, truth as 0 or 1; `None` for no points.
///
/// ```
/// use elmer::report::calibration::brier;
/// assert_eq!(brier(&[(1.0, true), (0.5, false)]), Some(0.125));
/// ```
pub fn brier(points: &[(f64, bool)]) -> Option<f64> {
    if points.is_empty() {
        return None;
    }
    let sum: f64 = points
        .iter()
        .map(|&(p, t)| (p - f64::from(u8::from(t))).powi(2))
        .sum();
    Some(sum / points.len() as f64)
}

/// `bins` equal-width bins over [0, 1] (at least one); a `p` outside [0, 1] is clamped into
/// the edge bins.
pub fn reliability(points: &[(f64, bool)], bins: usize) -> Vec<Bin> {
    let bins = bins.max(1);
    let width = 1.0 / bins as f64;
    let mut sums = vec![(0usize, 0.0f64, 0usize); bins];
    for &(p, t) in points {
        let k = ((p.clamp(0.0, 1.0) / width) as usize).min(bins - 1);
        sums[k].0 += 1;
        sums[k].1 += p;
        sums[k].2 += usize::from(t);
    }
    sums.into_iter()
        .enumerate()
        .map(|(k, (count, p_sum, hits))| Bin {
            lo: k as f64 * width,
            hi: (k + 1) as f64 * width,
            count,
            predicted: (count > 0).then(|| p_sum / count as f64),
            observed: (count > 0).then(|| hits as f64 / count as f64),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn auroc_of_known_rankings() {
        // Perfect, reversed, and all tied.
        let perfect = [(0.9, true), (0.8, true), (0.3, false), (0.1, false)];
        assert_eq!(auroc(&perfect), Some(1.0));
        let reversed = [(0.1, true), (0.2, true), (0.7, false), (0.9, false)];
        assert_eq!(auroc(&reversed), Some(0.0));
        let tied = [(0.5, true), (0.5, false), (0.5, true), (0.5, false)];
        assert_eq!(auroc(&tied), Some(0.5));
        // Positives 0.8, 0.4; negatives 0.6, 0.2: pairs (0.8>0.6, 0.8>0.2, 0.4<0.6, 0.4>0.2)
        // = 3 of 4.
        let mixed = [(0.8, true), (0.4, true), (0.6, false), (0.2, false)];
        assert!(close(auroc(&mixed), 0.75));
        // One tie across classes counts one half: positives 0.7, 0.5; negatives 0.5, 0.1:
        // 0.7 beats both (2), 0.5 ties one (0.5) and beats one (1): 3.5 / 4.
        let half = [(0.7, true), (0.5, true), (0.5, false), (0.1, false)];
        assert!(close(auroc(&half), 0.875));
        // Order of the input does not matter.
        let shuffled = [(0.1, false), (0.5, false), (0.7, true), (0.5, true)];
        assert!(close(auroc(&shuffled), 0.875));
    }

    #[test]
    fn auroc_needs_both_outcomes() {
        assert_eq!(auroc(&[]), None);
        assert_eq!(auroc(&[(0.3, true), (0.9, true)]), None);
        assert_eq!(auroc(&[(0.3, false)]), None);
    }

    #[test]
    fn brier_of_known_cases() {
        assert_eq!(brier(&[]), None);
        assert_eq!(brier(&[(1.0, true), (0.0, false)]), Some(0.0));
        assert_eq!(brier(&[(0.0, true), (1.0, false)]), Some(1.0));
        // (0.8-1)^2 = 0.04, (0.3-0)^2 = 0.09, (0.5-1)^2 = 0.25: mean 0.38 / 3.
        assert!(close(
            brier(&[(0.8, true), (0.3, false), (0.5, true)]),
            0.38 / 3.0
        ));
        // Always saying 0.5 scores 0.25 whatever happens.
        assert_eq!(
            brier(&[(0.5, true), (0.5, false), (0.5, false)]),
            Some(0.25)
        );
    }

    #[test]
    fn bins_count_mean_and_observe() {
        let points = [
            (0.05, false),
            (0.15, false),
            (0.12, true),
            (0.5, true),
            (0.55, false),
            (0.95, true),
            (1.0, true),
        ];
        let bins = reliability(&points, 5);
        assert_eq!(bins.len(), 5);
        let counts: Vec<usize> = bins.iter().map(|b| b.count).collect();
        // [0, .2): .05 .15 .12; [.2, .4): none; [.4, .6): .5 .55; [.8, 1]: .95 and 1.0.
        assert_eq!(counts, [3, 0, 2, 0, 2]);
        assert!(close(bins[0].predicted, 0.32 / 3.0));
        assert!(close(bins[0].observed, 1.0 / 3.0));
        assert_eq!((bins[1].predicted, bins[1].observed), (None, None));
        assert!(close(bins[2].predicted, 0.525));
        assert!(close(bins[2].observed, 0.5));
        assert!(close(bins[4].predicted, 0.975));
        assert_eq!(bins[4].observed, Some(1.0));
        assert!(close(Some(bins[1].lo), 0.2) && close(Some(bins[4].hi), 1.0));
        // Counts add up to the points; zero bins means one.
        assert_eq!(reliability(&points, 0).len(), 1);
        assert_eq!(reliability(&points, 0)[0].count, points.len());
    }

    #[test]
    fn calibration_bundles_the_three() {
        let points = [(0.9, true), (0.2, false), (0.6, true)];
        let c = Calibration::of(&points, 10);
        assert_eq!((c.n, c.positives), (3, 2));
        assert_eq!(c.auroc, Some(1.0));
        assert_eq!(c.bins.len(), 10);
        assert!(close(c.brier, (0.01 + 0.04 + 0.16) / 3.0));
    }
}
