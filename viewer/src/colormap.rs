//! Viridis, a perceptually uniform colour map (van der Walt and Smith, matplotlib), sampled at
//! nine points and interpolated linearly in sRGB; close enough to the full table for a legend.

use bevy::color::Color;

const VIRIDIS: [[u8; 3]; 9] = [
    [68, 1, 84],
    [71, 44, 122],
    [59, 81, 139],
    [44, 113, 142],
    [33, 144, 141],
    [39, 173, 129],
    [92, 200, 99],
    [170, 220, 50],
    [253, 231, 37],
];

/// The colour for `t` in [0, 1] (clamped; NaN maps to 0).
pub fn viridis(t: f64) -> Color {
    let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
    let x = t * (VIRIDIS.len() - 1) as f64;
    let i = (x.floor() as usize).min(VIRIDIS.len() - 2);
    let f = (x - i as f64) as f32;
    let (a, b) = (VIRIDIS[i], VIRIDIS[i + 1]);
    let mix = |k: usize| (a[k] as f32 + (b[k] as f32 - a[k] as f32) * f) / 255.0;
    Color::srgb(mix(0), mix(1), mix(2))
}

/// Where `value` lies in [lo, hi], in [0, 1]; a degenerate range maps to 1 (all elites equal).
pub fn normalise(value: f64, lo: f64, hi: f64) -> f64 {
    if hi > lo {
        (value - lo) / (hi - lo)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_and_clamping() {
        assert_eq!(viridis(0.0), Color::srgb_u8(68, 1, 84));
        assert_eq!(viridis(1.0), Color::srgb_u8(253, 231, 37));
        assert_eq!(viridis(-3.0), viridis(0.0));
        assert_eq!(viridis(f64::NAN), viridis(0.0));
        assert_eq!(normalise(5.0, 5.0, 5.0), 1.0);
        assert_eq!(normalise(7.5, 5.0, 10.0), 0.5);
    }
}
