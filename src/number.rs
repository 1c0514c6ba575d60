//! How messages write a number: plainly when it is of everyday size, in scientific notation
//! when plain digits would run long (Rust's `{}` writes 1e308 with 309 digits).

use std::fmt;

/// An `f64` as a message writes it: `0.25`, `40`, `-3.5`, but `1e308` and `1.5e-9`.
///
/// ```
/// use elmer::number::Num;
/// assert_eq!(Num(40.0).to_string(), "40");
/// assert_eq!(Num(0.125).to_string(), "0.125");
/// assert_eq!(Num(1e308).to_string(), "1e308");
/// assert_eq!(Num(-2.5e-7).to_string(), "-2.5e-7");
/// assert_eq!(Num(f64::NAN).to_string(), "NaN");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

/// At or above this magnitude (or below [`SMALL`], non-zero) a number is written as `1.5e12`.
const LARGE: f64 = 1e9;
/// See [`LARGE`].
const SMALL: f64 = 1e-4;

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        let a = v.abs();
        if v.is_finite() && a != 0.0 && !(SMALL..LARGE).contains(&a) {
            // Six significant digits at most; `{:e}` alone would print every digit of the
            // shortest round-trip form.
            let short: f64 = format!("{v:.5e}").parse().unwrap_or(v);
            write!(f, "{short:e}")
        } else {
            write!(f, "{v}")
        }
    }
}
