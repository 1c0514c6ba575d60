use elmer::sandbox::*;
use elmer::walker::WalkerLimits;
#[test]
fn smoke() {
    let cfg = SandboxConfig { workers: Some(1), ..Default::default() };
    let pool = Pool::new(&cfg, WalkerLimits::default()).unwrap();
    for l in pool.layers() { eprintln!("{:?}", l); }
    let sq = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/sodarace/seeds/square.py")).unwrap();
    eprintln!("{:?}", pool.run(&sq, 1));
    eprintln!("{:?}", pool.run("import numpy", 1));
    eprintln!("{:?}", pool.run("sum(range(10**12))", 1));
    eprintln!("{:?}", pool.run(&sq, 1));
    eprintln!("{:?}", pool.call("worker", "echo", serde_json::json!({"a": 1})));
    eprintln!("{}", doctor(&cfg));
}
