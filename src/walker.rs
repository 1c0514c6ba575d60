//! A Sodarace walker as data: point masses (joints) joined by springs, some of them muscles.
//!
//! Entry points: [`WalkerBuilder`] (mirrors the Python `walker_creator`), [`Walker::from_json`]
//! (our JSON format or OpenELM's walker dict), [`Walker::descriptors`] (DESIGN §4).
//!
//! # Units
//! Coordinates are in *program units* (1 unit = 0.1 m in the simulation), +y up, exactly as the
//! Python program passed them to `add_joint`.
//!
//! # JSON format
//! ```json
//! {"joints": [[0.0, 0.0], [10.0, 0.0]], "springs": [[0, 1, 5.0, 0.25]]}
//! ```
//! `joints` are `[x, y]` pairs; `springs` are `[a, b, amplitude, phase]` with joint indices `a`,
//! `b`, amplitude in [-10, 10] and phase in cycles. Amplitude 0 and phase 0 make a passive spring.
//!
//! OpenELM's dict form is also read: `{"joints": [[x, y], ...], "muscles": [[i, j, {"type",
//! "amplitude", "phase"}], ...]}`. Its coordinates are `add_joint` output scaled by 0.22 with y
//! pointing down, so they are divided by 0.22 and y is flipped.

use crate::number::Num;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Index of a joint inside its walker.
pub type JointId = usize;

/// A point mass, in program units (+y up).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Joint {
    /// Horizontal position (program units).
    pub x: f64,
    /// Vertical position, +y up (program units).
    pub y: f64,
}

/// A spring between two joints; a muscle when amplitude or phase is non-zero.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spring {
    /// First joint.
    pub a: JointId,
    /// Second joint.
    pub b: JointId,
    /// Stroke size, in [-10, 10]; the rest length swings by `sim.stroke_per_amplitude` per unit.
    pub amplitude: f64,
    /// Phase offset in cycles (0.5 = half a period).
    pub phase: f64,
}

impl Spring {
    /// A muscle oscillates; a passive spring (amplitude 0 and phase 0) keeps its rest length.
    pub fn is_muscle(&self) -> bool {
        self.amplitude != 0.0 || self.phase != 0.0
    }
}

/// Limits a walker must satisfy (DESIGN §2). `[walker]` in the run config.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WalkerLimits {
    /// Fewest joints (default: 2).
    pub min_joints: usize,
    /// Most joints (default: 64).
    pub max_joints: usize,
    /// Fewest springs after self-springs are dropped (default: 1).
    pub min_springs: usize,
    /// Most springs (default: 256).
    pub max_springs: usize,
    /// Most springs attached to one joint (default: 10).
    pub max_springs_per_joint: usize,
    /// Largest |amplitude| (default: 10).
    pub max_amplitude: f64,
    /// Smallest distance between two joints, program units (default: 0.01).
    pub min_joint_distance: f64,
    /// Largest width and height of the joints' bounding box, program units (default: 40).
    pub max_extent: f64,
}

impl Default for WalkerLimits {
    fn default() -> Self {
        Self {
            min_joints: 2,
            max_joints: 64,
            min_springs: 1,
            max_springs: 256,
            max_springs_per_joint: 10,
            max_amplitude: 10.0,
            min_joint_distance: 0.01,
            max_extent: 40.0,
        }
    }
}

/// Why a walker is invalid. Each variant carries the offending values.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum WalkerError {
    /// Too few joints. Fix: add joints with `add_joint`.
    #[error("too few joints: {count} (at least {min})")]
    TooFewJoints {
        /// Joints given.
        count: usize,
        /// The limit.
        min: usize,
    },
    /// Too many joints. Fix: use fewer joints or raise `walker.max_joints`.
    #[error("too many joints: {count} (at most {max})")]
    TooManyJoints {
        /// Joints given.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// Too few springs (after dropping self-springs). Fix: connect joints with `add_muscle`.
    #[error("too few springs: {count} (at least {min}; {self_springs} self-springs dropped)")]
    TooFewSprings {
        /// Springs kept.
        count: usize,
        /// The limit.
        min: usize,
        /// Self-springs dropped.
        self_springs: usize,
    },
    /// Too many springs. Fix: use fewer springs or raise `walker.max_springs`.
    #[error("too many springs: {count} (at most {max})")]
    TooManySprings {
        /// Springs given.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A joint carries too many springs. Fix: spread springs over more joints.
    #[error("joint {joint} has {count} springs (at most {max})")]
    TooManySpringsOnJoint {
        /// The joint.
        joint: JointId,
        /// Springs attached.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// A spring refers to a joint that does not exist. Fix: use indices below the joint count.
    #[error("spring {spring} refers to joint {index}, but there are only {joints} joints")]
    JointIndexOutOfRange {
        /// The spring.
        spring: usize,
        /// The bad index.
        index: usize,
        /// Number of joints.
        joints: usize,
    },
    /// An amplitude is too large. Fix: keep |amplitude| <= the limit.
    #[error("spring {spring} has amplitude {} (|amplitude| at most {})", Num(*amplitude), Num(*max))]
    AmplitudeTooLarge {
        /// The spring.
        spring: usize,
        /// Its amplitude.
        amplitude: f64,
        /// The limit.
        max: f64,
    },
    /// Two joints nearly coincide. Fix: move them apart.
    #[error("joints {a} and {b} are {} units apart (at least {})", Num(*distance), Num(*min))]
    JointsTooClose {
        /// First joint.
        a: JointId,
        /// Second joint.
        b: JointId,
        /// Their distance.
        distance: f64,
        /// The limit.
        min: f64,
    },
    /// A NaN or infinite number. Fix: compute finite coordinates, amplitudes and phases.
    #[error("{field} is not finite: {}", Num(*value))]
    NotFinite {
        /// Where, e.g. `joints[3].x` or `springs[2].phase`.
        field: String,
        /// The value.
        value: f64,
    },
    /// The bounding box is too large. Fix: keep the body within the limit.
    #[error(
        "bounding box is {} x {} units (at most {} x {})",
        Num(*width),
        Num(*height),
        Num(*max),
        Num(*max)
    )]
    TooLarge {
        /// Width of the joints' bounding box.
        width: f64,
        /// Height of the joints' bounding box.
        height: f64,
        /// The limit.
        max: f64,
    },
}

/// Why a walker file could not be read.
#[derive(Debug, Error)]
pub enum WalkerFileError {
    /// Malformed JSON or wrong shape; the message names line, column or field.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// A field has the wrong shape.
    #[error("{field}: {message}")]
    Field {
        /// The field, e.g. `muscles[3][2].amplitude`.
        field: String,
        /// What is wrong and what is expected.
        message: String,
    },
    /// The walker breaks a limit.
    #[error(transparent)]
    Invalid(#[from] WalkerError),
}

/// A validated walker: joints and springs within [`WalkerLimits`].
#[derive(Clone, Debug, PartialEq)]
pub struct Walker {
    joints: Vec<Joint>,
    springs: Vec<Spring>,
    self_springs: usize,
}

/// Behaviour descriptors of DESIGN §4, in program units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Descriptors {
    /// Height of the joints' bounding box.
    pub height: f64,
    /// Width of the joints' bounding box.
    pub width: f64,
    /// Joints (1 each) plus half the summed spring rest lengths (OpenELM's proxy).
    pub mass: f64,
}

impl Walker {
    /// The joints, in program units.
    pub fn joints(&self) -> &[Joint] {
        &self.joints
    }

    /// The springs, self-springs removed.
    pub fn springs(&self) -> &[Spring] {
        &self.springs
    }

    /// How many self-springs (a == b) were dropped when the walker was built.
    pub fn self_springs_dropped(&self) -> usize {
        self.self_springs
    }

    /// Number of springs that are muscles.
    pub fn muscle_count(&self) -> usize {
        self.springs.iter().filter(|s| s.is_muscle()).count()
    }

    /// Rest length of a spring: the distance between its joints as built (program units).
    pub fn rest_length(&self, spring: &Spring) -> f64 {
        let (p, q) = (self.joints[spring.a], self.joints[spring.b]);
        (p.x - q.x).hypot(p.y - q.y)
    }

    /// (min x, min y, max x, max y) of the joints.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        bounds(&self.joints)
    }

    /// Height, width and mass of DESIGN §4.
    pub fn descriptors(&self) -> Descriptors {
        let (x0, y0, x1, y1) = self.bounds();
        let lengths: f64 = self.springs.iter().map(|s| self.rest_length(s)).sum();
        Descriptors {
            height: y1 - y0,
            width: x1 - x0,
            mass: self.joints.len() as f64 + 0.5 * lengths,
        }
    }

    /// Reads our JSON format or OpenELM's dict (detected by its `muscles` key) and validates it.
    pub fn from_json(text: &str, limits: &WalkerLimits) -> Result<Walker, WalkerFileError> {
        let value: serde_json::Value = serde_json::from_str(text)?;
        let builder = if value.get("muscles").is_some() {
            parse_openelm(&value)?
        } else {
            parse_ours(&value)?
        };
        Ok(builder.build(limits)?)
    }

    /// Our JSON format (see the module doc).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&WalkerJson::from(self)).expect("walker JSON is always serialisable")
    }
}

impl Serialize for Walker {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WalkerJson::from(self).serialize(s)
    }
}

#[derive(Serialize)]
struct WalkerJson {
    joints: Vec<[f64; 2]>,
    springs: Vec<(usize, usize, f64, f64)>,
}

impl From<&Walker> for WalkerJson {
    fn from(w: &Walker) -> Self {
        WalkerJson {
            joints: w.joints.iter().map(|j| [j.x, j.y]).collect(),
            springs: w
                .springs
                .iter()
                .map(|s| (s.a, s.b, s.amplitude, s.phase))
                .collect(),
        }
    }
}

fn bounds(joints: &[Joint]) -> (f64, f64, f64, f64) {
    joints.iter().fold(
        (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        ),
        |(x0, y0, x1, y1), j| (x0.min(j.x), y0.min(j.y), x1.max(j.x), y1.max(j.y)),
    )
}

/// Builds a [`Walker`] the way the Python `walker_creator` does; `build` validates.
///
/// ```
/// use elmer::walker::{WalkerBuilder, WalkerLimits};
/// let mut b = WalkerBuilder::new();
/// let j0 = b.add_joint(0.0, 0.0);
/// let j1 = b.add_joint(10.0, 0.0);
/// b.add_muscle(j0, j1, 5.0, 0.25);
/// let walker = b.build(&WalkerLimits::default()).unwrap();
/// assert_eq!(walker.springs().len(), 1);
/// ```
#[derive(Clone, Debug, Default)]
pub struct WalkerBuilder {
    joints: Vec<Joint>,
    springs: Vec<Spring>,
}

impl WalkerBuilder {
    /// An empty walker.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a joint at (x, y) program units and returns its index.
    pub fn add_joint(&mut self, x: f64, y: f64) -> JointId {
        self.joints.push(Joint { x, y });
        self.joints.len() - 1
    }

    /// Adds a spring; amplitude 0 and phase 0 make it passive.
    pub fn add_muscle(&mut self, a: JointId, b: JointId, amplitude: f64, phase: f64) -> &mut Self {
        self.springs.push(Spring {
            a,
            b,
            amplitude,
            phase,
        });
        self
    }

    /// Validates against `limits`: drops self-springs (counted), then checks every rule.
    pub fn build(self, limits: &WalkerLimits) -> Result<Walker, WalkerError> {
        let WalkerBuilder { joints, springs } = self;
        let n = joints.len();
        if n < limits.min_joints {
            return Err(WalkerError::TooFewJoints {
                count: n,
                min: limits.min_joints,
            });
        }
        if n > limits.max_joints {
            return Err(WalkerError::TooManyJoints {
                count: n,
                max: limits.max_joints,
            });
        }
        for (i, j) in joints.iter().enumerate() {
            finite(&format!("joints[{i}].x"), j.x)?;
            finite(&format!("joints[{i}].y"), j.y)?;
        }
        let total = springs.len();
        let kept: Vec<Spring> = springs.into_iter().filter(|s| s.a != s.b).collect();
        let self_springs = total - kept.len();
        if kept.len() > limits.max_springs {
            return Err(WalkerError::TooManySprings {
                count: kept.len(),
                max: limits.max_springs,
            });
        }
        if kept.len() < limits.min_springs {
            return Err(WalkerError::TooFewSprings {
                count: kept.len(),
                min: limits.min_springs,
                self_springs,
            });
        }
        let mut per_joint = vec![0usize; n];
        for (i, s) in kept.iter().enumerate() {
            for index in [s.a, s.b] {
                if index >= n {
                    return Err(WalkerError::JointIndexOutOfRange {
                        spring: i,
                        index,
                        joints: n,
                    });
                }
                per_joint[index] += 1;
            }
            finite(&format!("springs[{i}].amplitude"), s.amplitude)?;
            finite(&format!("springs[{i}].phase"), s.phase)?;
            if s.amplitude.abs() > limits.max_amplitude {
                return Err(WalkerError::AmplitudeTooLarge {
                    spring: i,
                    amplitude: s.amplitude,
                    max: limits.max_amplitude,
                });
            }
        }
        if let Some((joint, &count)) = per_joint
            .iter()
            .enumerate()
            .find(|&(_, &c)| c > limits.max_springs_per_joint)
        {
            return Err(WalkerError::TooManySpringsOnJoint {
                joint,
                count,
                max: limits.max_springs_per_joint,
            });
        }
        let (x0, y0, x1, y1) = bounds(&joints);
        if x1 - x0 > limits.max_extent || y1 - y0 > limits.max_extent {
            return Err(WalkerError::TooLarge {
                width: x1 - x0,
                height: y1 - y0,
                max: limits.max_extent,
            });
        }
        for a in 0..n {
            for b in a + 1..n {
                let d = (joints[a].x - joints[b].x).hypot(joints[a].y - joints[b].y);
                if d < limits.min_joint_distance {
                    return Err(WalkerError::JointsTooClose {
                        a,
                        b,
                        distance: d,
                        min: limits.min_joint_distance,
                    });
                }
            }
        }
        Ok(Walker {
            joints,
            springs: kept,
            self_springs,
        })
    }
}

fn finite(field: &str, value: f64) -> Result<(), WalkerError> {
    if value.is_finite() {
        Ok(())
    } else {
        Err(WalkerError::NotFinite {
            field: field.to_string(),
            value,
        })
    }
}

/// Scale of OpenELM's walker dict: its coordinates are program units times this.
const OPENELM_SCALE: f64 = 0.22;

fn field_err(field: impl Into<String>, message: impl Into<String>) -> WalkerFileError {
    WalkerFileError::Field {
        field: field.into(),
        message: message.into(),
    }
}

fn number(v: &serde_json::Value, field: &str) -> Result<f64, WalkerFileError> {
    match v {
        serde_json::Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| field_err(field, "number out of range")),
        // JSON has no NaN; accept the spellings Python's json module writes so the error can
        // name the field as not finite instead of as malformed.
        serde_json::Value::String(s) if matches!(s.as_str(), "NaN" | "Infinity" | "-Infinity") => {
            Ok(s.parse::<f64>().unwrap_or(f64::NAN))
        }
        other => Err(field_err(field, format!("expected a number, got {other}"))),
    }
}

fn index(v: &serde_json::Value, field: &str) -> Result<usize, WalkerFileError> {
    v.as_u64()
        .and_then(|i| usize::try_from(i).ok())
        .ok_or_else(|| {
            field_err(
                field,
                format!("expected a joint index (integer >= 0), got {v}"),
            )
        })
}

fn array<'a>(
    v: &'a serde_json::Value,
    field: &str,
) -> Result<&'a Vec<serde_json::Value>, WalkerFileError> {
    v.as_array()
        .ok_or_else(|| field_err(field, "expected an array"))
}

fn point(v: &serde_json::Value, field: &str) -> Result<(f64, f64), WalkerFileError> {
    let a = array(v, field)?;
    if a.len() != 2 {
        return Err(field_err(field, format!("expected [x, y], got {v}")));
    }
    Ok((
        number(&a[0], &format!("{field}[0]"))?,
        number(&a[1], &format!("{field}[1]"))?,
    ))
}

fn parse_ours(v: &serde_json::Value) -> Result<WalkerBuilder, WalkerFileError> {
    let obj = v
        .as_object()
        .ok_or_else(|| field_err("(top level)", "expected an object with joints and springs"))?;
    if let Some(key) = obj
        .keys()
        .find(|k| !matches!(k.as_str(), "joints" | "springs"))
    {
        return Err(field_err(
            key.as_str(),
            "unknown key (expected only joints and springs, or OpenELM's joints and muscles)",
        ));
    }
    let mut b = WalkerBuilder::new();
    let joints = v
        .get("joints")
        .ok_or_else(|| field_err("joints", "missing"))?;
    for (i, j) in array(joints, "joints")?.iter().enumerate() {
        let (x, y) = point(j, &format!("joints[{i}]"))?;
        b.add_joint(x, y);
    }
    let springs = v
        .get("springs")
        .ok_or_else(|| field_err("springs", "missing"))?;
    for (i, s) in array(springs, "springs")?.iter().enumerate() {
        let f = format!("springs[{i}]");
        let a = array(s, &f)?;
        if a.len() != 4 {
            return Err(field_err(
                f,
                format!("expected [a, b, amplitude, phase], got {s}"),
            ));
        }
        b.add_muscle(
            index(&a[0], &format!("{f}[0]"))?,
            index(&a[1], &format!("{f}[1]"))?,
            number(&a[2], &format!("{f}[2]"))?,
            number(&a[3], &format!("{f}[3]"))?,
        );
    }
    Ok(b)
}

fn parse_openelm(v: &serde_json::Value) -> Result<WalkerBuilder, WalkerFileError> {
    let mut b = WalkerBuilder::new();
    let joints = v
        .get("joints")
        .ok_or_else(|| field_err("joints", "missing"))?;
    for (i, j) in array(joints, "joints")?.iter().enumerate() {
        let (x, y) = point(j, &format!("joints[{i}]"))?;
        b.add_joint(x / OPENELM_SCALE, -y / OPENELM_SCALE);
    }
    for (i, m) in array(&v["muscles"], "muscles")?.iter().enumerate() {
        let f = format!("muscles[{i}]");
        let a = array(m, &f)?;
        if a.len() != 3 {
            return Err(field_err(
                f,
                format!("expected [i, j, {{type, amplitude, phase}}], got {m}"),
            ));
        }
        let props = &a[2];
        let kind = props
            .get("type")
            .and_then(|t| t.as_str())
            .unwrap_or("muscle");
        let (amplitude, phase) = match kind {
            "distance" => (0.0, 0.0),
            "muscle" => (
                number(
                    props.get("amplitude").unwrap_or(&0.into()),
                    &format!("{f}[2].amplitude"),
                )?,
                number(
                    props.get("phase").unwrap_or(&0.into()),
                    &format!("{f}[2].phase"),
                )?,
            ),
            other => {
                return Err(field_err(
                    format!("{f}[2].type"),
                    format!("expected \"muscle\" or \"distance\", got {other:?}"),
                ));
            }
        };
        b.add_muscle(
            index(&a[0], &format!("{f}[0]"))?,
            index(&a[1], &format!("{f}[1]"))?,
            amplitude,
            phase,
        );
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> WalkerBuilder {
        let mut b = WalkerBuilder::new();
        let j: Vec<_> = [(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0)]
            .iter()
            .map(|&(x, y)| b.add_joint(x, y))
            .collect();
        for k in 0..4 {
            b.add_muscle(j[k], j[(k + 1) % 4], 0.0, 0.0);
        }
        b
    }

    fn err(b: WalkerBuilder) -> WalkerError {
        b.build(&WalkerLimits::default()).unwrap_err()
    }

    #[test]
    fn descriptors_of_a_square() {
        let w = square().build(&WalkerLimits::default()).unwrap();
        let d = w.descriptors();
        assert_eq!((d.height, d.width), (10.0, 10.0));
        assert_eq!(d.mass, 4.0 + 0.5 * 40.0);
    }

    #[test]
    fn self_springs_are_dropped_and_counted() {
        let mut b = square();
        b.add_muscle(0, 0, 1.0, 0.0);
        b.add_muscle(2, 2, 1.0, 0.0);
        let w = b.build(&WalkerLimits::default()).unwrap();
        assert_eq!(w.springs().len(), 4);
        assert_eq!(w.self_springs_dropped(), 2);
    }

    #[test]
    fn too_few_joints() {
        let mut b = WalkerBuilder::new();
        b.add_joint(0.0, 0.0);
        assert_eq!(err(b), WalkerError::TooFewJoints { count: 1, min: 2 });
    }

    #[test]
    fn too_many_joints() {
        let mut b = WalkerBuilder::new();
        for i in 0..65 {
            b.add_joint(i as f64 * 0.5, 0.0);
        }
        b.add_muscle(0, 1, 0.0, 0.0);
        assert_eq!(err(b), WalkerError::TooManyJoints { count: 65, max: 64 });
    }

    #[test]
    fn too_few_springs_counts_self_springs() {
        let mut b = WalkerBuilder::new();
        b.add_joint(0.0, 0.0);
        b.add_joint(1.0, 0.0);
        b.add_muscle(1, 1, 0.0, 0.0);
        assert_eq!(
            err(b),
            WalkerError::TooFewSprings {
                count: 0,
                min: 1,
                self_springs: 1
            }
        );
    }

    #[test]
    fn too_many_springs() {
        let mut b = WalkerBuilder::new();
        for i in 0..30 {
            b.add_joint(i as f64, (i % 2) as f64);
        }
        for i in 0..257 {
            b.add_muscle(i % 30, (i + 1 + i / 30) % 30, 0.0, 0.0);
        }
        assert_eq!(
            err(b),
            WalkerError::TooManySprings {
                count: 257,
                max: 256
            }
        );
    }

    #[test]
    fn too_many_springs_on_one_joint() {
        let mut b = WalkerBuilder::new();
        let hub = b.add_joint(0.0, 0.0);
        for i in 0..11 {
            let j = b.add_joint(1.0 + i as f64, 1.0);
            b.add_muscle(hub, j, 0.0, 0.0);
        }
        assert_eq!(
            err(b),
            WalkerError::TooManySpringsOnJoint {
                joint: 0,
                count: 11,
                max: 10
            }
        );
    }

    #[test]
    fn index_out_of_range() {
        let mut b = square();
        b.add_muscle(1, 7, 0.0, 0.0);
        assert_eq!(
            err(b),
            WalkerError::JointIndexOutOfRange {
                spring: 4,
                index: 7,
                joints: 4
            }
        );
    }

    #[test]
    fn amplitude_too_large() {
        let mut b = square();
        b.add_muscle(0, 2, -10.5, 0.0);
        assert!(
            matches!(err(b), WalkerError::AmplitudeTooLarge { spring: 4, amplitude, .. } if amplitude == -10.5)
        );
        let mut ok = square();
        ok.add_muscle(0, 2, 10.0, 0.0);
        assert!(ok.build(&WalkerLimits::default()).is_ok());
    }

    #[test]
    fn joints_too_close() {
        let mut b = square();
        b.add_joint(0.005, 0.0);
        assert!(matches!(
            err(b),
            WalkerError::JointsTooClose { a: 0, b: 4, .. }
        ));
        let mut ok = square();
        ok.add_joint(0.0101, 0.0);
        assert!(ok.build(&WalkerLimits::default()).is_ok());
    }

    #[test]
    fn not_finite() {
        let mut b = square();
        b.add_joint(f64::NAN, 3.0);
        assert!(matches!(err(b), WalkerError::NotFinite { field, .. } if field == "joints[4].x"));
        let mut b = square();
        b.add_muscle(0, 2, 1.0, f64::INFINITY);
        assert!(
            matches!(err(b), WalkerError::NotFinite { field, .. } if field == "springs[4].phase")
        );
    }

    #[test]
    fn too_large() {
        let mut b = square();
        b.add_joint(40.5, 0.0);
        assert!(matches!(err(b), WalkerError::TooLarge { width, .. } if width == 40.5));
    }

    #[test]
    fn json_round_trip() {
        let mut b = square();
        b.add_muscle(0, 2, 5.0, 0.25);
        let w = b.build(&WalkerLimits::default()).unwrap();
        let back = Walker::from_json(&w.to_json(), &WalkerLimits::default()).unwrap();
        assert_eq!(w, back);
    }

    #[test]
    fn openelm_dict_is_scaled_and_flipped() {
        let text = r#"{"joints": [[0.0, 0.0], [2.2, -2.2]],
            "muscles": [[0, 1, {"type": "muscle", "amplitude": 3.0, "phase": 0.5}],
                        [1, 0, {"type": "distance"}]]}"#;
        let w = Walker::from_json(text, &WalkerLimits::default()).unwrap();
        let j = w.joints()[1];
        assert!(
            (j.x - 10.0).abs() < 1e-9 && (j.y - 10.0).abs() < 1e-9,
            "{j:?}"
        );
        assert_eq!(w.springs()[0].amplitude, 3.0);
        assert!(!w.springs()[1].is_muscle());
    }

    #[test]
    fn json_errors_name_the_field() {
        let limits = WalkerLimits::default();
        let e = Walker::from_json(r#"{"joints": [[0, 0], [1, "a"]], "springs": []}"#, &limits);
        assert!(e.unwrap_err().to_string().starts_with("joints[1][1]"));
        let e = Walker::from_json(
            r#"{"joints": [[0, 0], [1, 0]], "springs": [[0, -1, 0, 0]]}"#,
            &limits,
        );
        assert!(e.unwrap_err().to_string().starts_with("springs[0][1]"));
        let e = Walker::from_json(
            r#"{"joints": [[0, 0], [1, "NaN"]], "springs": [[0, 1, 0, 0]]}"#,
            &limits,
        );
        assert!(
            e.unwrap_err()
                .to_string()
                .contains("joints[1].y is not finite")
        );
    }
}
