//! The seed programs of DESIGN §2, embedded in the binary (`sodarace/seeds/*.py`).

/// A seed program: its name and source.
#[derive(Clone, Copy, Debug)]
pub struct Seed {
    /// Name used by `--seed-program` and `elmer seeds show`.
    pub name: &'static str,
    /// One line saying what the walker is.
    pub summary: &'static str,
    /// The Python source.
    pub source: &'static str,
}

/// Every seed, in the order `elmer seeds` lists them. The first four are the ELM paper's seeds;
/// the last three its out-of-distribution walkers.
pub const SEEDS: &[Seed] = &[
    Seed {
        name: "square",
        summary: "a 10 x 10 square with a centre joint; three spoke muscles",
        source: include_str!("../sodarace/seeds/square.py"),
    },
    Seed {
        name: "radial",
        summary: "8 joints on a circle of radius 5 around a centre; spokes and ring",
        source: include_str!("../sodarace/seeds/radial.py"),
    },
    Seed {
        name: "cppn_fixed",
        summary: "an 8 x 3 grid whose muscles come from the fixed cppn module",
        source: include_str!("../sodarace/seeds/cppn_fixed.py"),
    },
    Seed {
        name: "cppn_mutable",
        summary: "the same grid with query_cppn written in the program",
        source: include_str!("../sodarace/seeds/cppn_mutable.py"),
    },
    Seed {
        name: "wheel",
        summary: "a ring of 8 joints around an off-centre hub (out of distribution)",
        source: include_str!("../sodarace/seeds/wheel.py"),
    },
    Seed {
        name: "galloper",
        summary: "five clusters of six joints around a centre (out of distribution)",
        source: include_str!("../sodarace/seeds/galloper.py"),
    },
    Seed {
        name: "runner",
        summary: "a CPPN-patterned 5 x 8 grid (out of distribution)",
        source: include_str!("../sodarace/seeds/runner.py"),
    },
];

/// The seed called `name`, if any.
pub fn find(name: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|s| s.name == name)
}

/// The names of every seed, comma-separated, for error messages.
pub fn names() -> String {
    SEEDS.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
}
