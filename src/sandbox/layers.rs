//! The isolation layers: prepared in the parent, applied in the child between fork and exec.
//!
//! Everything that allocates (the Landlock ruleset, the seccomp BPF program, argv and envp) is
//! built before `fork`; the child runs only async-signal-safe system calls, in this order:
//! fd 3 = reply pipe, close-on-exec for fds >= 4, rlimits, `unshare(CLONE_NEWNET)` (with
//! `CLONE_NEWUSER` when not root), drop to uid/gid 65534 when root, `PR_SET_NO_NEW_PRIVS`,
//! `landlock_restrict_self`, seccomp, a status record on a pipe, then `execve` of the
//! interpreter with an environment holding only `PYTHONHASHSEED=0`.
//!
//! The seccomp filter is installed before that `execve`, so `execve` must stay allowed for it:
//! the filter allows `execve` only when its path argument is the very pointer prepared here (a
//! program in the new image cannot produce that pointer to a path of its choosing), and
//! Landlock allows executing only the interpreter and its dynamic loader in any case.

use std::collections::BTreeMap;
use std::ffi::{CString, c_char};
use std::fmt;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch, sock_filter,
};

use super::config::{Layers, SandboxConfig};
use super::doctor::PythonInfo;

/// The uid and gid workers run as when elmer runs as root (`nobody`).
pub(crate) const NOBODY: u32 = 65534;
/// RLIMIT_CPU of a worker in seconds; the pool replaces a worker well before it is reached.
pub(crate) const WORKER_CPU_LIMIT_S: u64 = 3600;
/// RLIMIT_NOFILE of a worker.
pub(crate) const WORKER_MAX_FILES: u64 = 64;
/// Directories the interpreter may read besides its own prefixes.
const SYSTEM_READ_DIRS: &[&str] = &["/usr", "/lib", "/lib64", "/lib32", "/libx32"];
/// A pid that never exists (above PID_MAX_LIMIT): patched to the worker's pid in the child.
const PID_PLACEHOLDER: u32 = 0x7ead_beef;
const SECCOMP_SET_MODE_FILTER: libc::c_long = 1;
const SECCOMP_RET_ERRNO: u32 = 0x0005_0000;
const CLOSE_RANGE_CLOEXEC: libc::c_uint = 4;
const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1;

/// One isolation layer of a worker (DESIGN.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Address space (`memory_mb`), CPU time, 64 open files, no file writes, no core dumps.
    Rlimits,
    /// A new, empty network namespace: no interface but a downed loopback.
    NetworkNamespace,
    /// Runs as uid/gid 65534 without supplementary groups (when elmer runs as root).
    UidDrop,
    /// Landlock: read-only system and interpreter paths, execute only the interpreter and its
    /// loader, no TCP, no signals or abstract sockets outside the worker.
    Landlock,
    /// seccomp: sockets, fork/clone, ptrace, kill, mount, bpf, io_uring, namespaces and exec
    /// after start fail with EPERM.
    Seccomp,
    /// The worker starts with nothing of elmer's environment (API keys above all).
    EmptyEnvironment,
    /// The Rust watchdog kills a worker `timeout_s + 1 s` after a request.
    Watchdog,
}

impl Layer {
    /// Every layer, in the order they are applied and reported.
    pub const ALL: [Layer; 7] = [
        Layer::Rlimits,
        Layer::NetworkNamespace,
        Layer::UidDrop,
        Layer::Landlock,
        Layer::Seccomp,
        Layer::EmptyEnvironment,
        Layer::Watchdog,
    ];

    /// Short name used in reports: `rlimits`, `netns`, `uid`, `landlock`, `seccomp`,
    /// `empty-env`, `watchdog`.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Rlimits => "rlimits",
            Layer::NetworkNamespace => "netns",
            Layer::UidDrop => "uid",
            Layer::Landlock => "landlock",
            Layer::Seccomp => "seccomp",
            Layer::EmptyEnvironment => "empty-env",
            Layer::Watchdog => "watchdog",
        }
    }
}

impl fmt::Display for Layer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The layers applied in the child, in the order of the status record.
pub(crate) const CHILD_LAYERS: [Layer; 5] = [
    Layer::Rlimits,
    Layer::NetworkNamespace,
    Layer::UidDrop,
    Layer::Landlock,
    Layer::Seccomp,
];
/// Bytes per layer in the status record: state, then errno (i32, little-endian).
const RECORD: usize = 5;
pub(crate) const STATUS_BYTES: usize = RECORD * CHILD_LAYERS.len();

/// What the child did with one layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChildState {
    /// Not attempted (disabled, or unavailable when the pool was prepared).
    Skipped,
    /// Applied.
    Applied,
    /// The system call failed with this errno.
    Failed(i32),
}

/// Decodes the child's status record (missing bytes: the child died before writing it).
pub(crate) fn decode_status(bytes: &[u8]) -> Option<[ChildState; 5]> {
    if bytes.len() < STATUS_BYTES {
        return None;
    }
    let mut out = [ChildState::Skipped; 5];
    for (i, state) in out.iter_mut().enumerate() {
        let r = &bytes[i * RECORD..(i + 1) * RECORD];
        let errno = i32::from_le_bytes([r[1], r[2], r[3], r[4]]);
        *state = match r[0] {
            1 => ChildState::Applied,
            2 => ChildState::Failed(errno),
            _ => ChildState::Skipped,
        };
    }
    Some(out)
}

/// How the network namespace is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Netns {
    Off,
    Plain,
    WithUser,
}

/// The interpreter's path, argv and envp as C strings, with the pointer arrays `execve` takes.
struct ExecImage {
    path: CString,
    _argv: Vec<CString>,
    argv_ptrs: Vec<*const c_char>,
    _envp: Vec<CString>,
    envp_ptrs: Vec<*const c_char>,
}

// SAFETY: the pointers point into the CStrings owned by the same value, which is never mutated
// after construction; sharing it between threads only reads them.
unsafe impl Send for ExecImage {}
unsafe impl Sync for ExecImage {}

impl ExecImage {
    fn new(path: &Path, args: &[String], env: &[&str]) -> io::Result<ExecImage> {
        let cstr =
            |b: &[u8]| CString::new(b).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e));
        let path = cstr(path.as_os_str().as_bytes())?;
        let mut argv = vec![path.clone()];
        for a in args {
            argv.push(cstr(a.as_bytes())?);
        }
        let envp = env
            .iter()
            .map(|e| cstr(e.as_bytes()))
            .collect::<io::Result<Vec<_>>>()?;
        let ptrs = |v: &[CString]| {
            v.iter()
                .map(|c| c.as_ptr())
                .chain(std::iter::once(std::ptr::null()))
                .collect::<Vec<_>>()
        };
        Ok(ExecImage {
            argv_ptrs: ptrs(&argv),
            envp_ptrs: ptrs(&envp),
            path,
            _argv: argv,
            _envp: envp,
        })
    }
}

/// The seccomp program and where the worker's pid goes in it.
#[derive(Clone)]
struct Seccomp {
    program: Vec<sock_filter>,
    pid_slots: Vec<usize>,
}

/// Everything prepared once per pool.
pub(crate) struct Plan {
    exec: Arc<ExecImage>,
    rlimits: Option<[(libc::__rlimit_resource_t, u64); 6]>,
    netns: Netns,
    uid_drop: bool,
    landlock: Option<OwnedFd>,
    seccomp: Option<Seccomp>,
    strict: bool,
    /// The child layers as prepared on this host, in [`CHILD_LAYERS`] order.
    pub(crate) layers: [LayerPlan; 5],
}

/// One child layer as prepared once per pool: what it does on this host, or why it is not
/// attempted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LayerPlan {
    /// The layer.
    pub(crate) layer: Layer,
    /// What it does on this host, for reports (empty when it is not attempted).
    pub(crate) detail: String,
    /// Why it is not attempted, if so.
    pub(crate) note: Option<String>,
}

impl LayerPlan {
    /// A layer that will be applied, doing `detail`.
    fn ready(layer: Layer, detail: String) -> LayerPlan {
        LayerPlan {
            layer,
            detail,
            note: None,
        }
    }

    /// A layer that will not be attempted, because of `note`.
    fn missing(layer: Layer, note: String) -> LayerPlan {
        LayerPlan {
            layer,
            detail: String::new(),
            note: Some(note),
        }
    }
}

/// The Python bootstrap passed with `-c`: reads the boot line, runs the worker source.
const BOOTSTRAP: &str = "import sys\nsys.path[:] = [p for p in sys.path if p]\nimport json\n\
(lambda b: exec(compile(b[\"worker\"], \"<elmer-worker>\", \"exec\"), {\"__builtins__\": \
dict(vars(__builtins__)), \"__name__\": \"elmer_worker\", \"BOOT\": b}))\
(json.loads(sys.stdin.buffer.readline()))\n";

impl Plan {
    /// Prepares the layers for `python` under `config`; what cannot be prepared is noted.
    pub(crate) fn new(config: &SandboxConfig, python: &PythonInfo) -> io::Result<Plan> {
        let mut args: Vec<String> = ["-s", "-S", "-B"].iter().map(|s| s.to_string()).collect();
        if python.version >= (3, 11, 0) {
            args.push("-P".into());
        }
        args.push("-c".into());
        args.push(BOOTSTRAP.into());
        let exec = Arc::new(ExecImage::new(&python.path, &args, &["PYTHONHASHSEED=0"])?);
        let root = unsafe { libc::geteuid() } == 0;
        if config.layers == Layers::UnsafeNone {
            return Ok(Plan {
                exec,
                rlimits: None,
                netns: Netns::Off,
                uid_drop: false,
                landlock: None,
                seccomp: None,
                strict: config.strict,
                layers: CHILD_LAYERS.map(|layer| {
                    LayerPlan::missing(layer, "disabled (sandbox.layers = unsafe_none)".into())
                }),
            });
        }
        let mb = config.memory_mb;
        let rlimits = [
            (libc::RLIMIT_AS, mb.saturating_mul(1 << 20)),
            (libc::RLIMIT_CPU, WORKER_CPU_LIMIT_S),
            (libc::RLIMIT_NOFILE, WORKER_MAX_FILES),
            (libc::RLIMIT_FSIZE, 0),
            (libc::RLIMIT_CORE, 0),
            (libc::RLIMIT_MEMLOCK, 0),
        ];
        let rlimits_plan = LayerPlan::ready(
            Layer::Rlimits,
            format!(
                "address space {mb} MiB, CPU {WORKER_CPU_LIMIT_S} s, {WORKER_MAX_FILES} open files, file size 0, no core dumps"
            ),
        );
        let netns_plan = LayerPlan::ready(
            Layer::NetworkNamespace,
            if root {
                "new network namespace (no interfaces up)".into()
            } else {
                "new user + network namespace (no interfaces up)".into()
            },
        );
        let (uid_drop, uid_plan) = if root {
            match python_accessible_to_nobody(python) {
                Ok(()) => (
                    true,
                    LayerPlan::ready(
                        Layer::UidDrop,
                        format!("uid/gid {NOBODY}, no supplementary groups"),
                    ),
                ),
                Err(why) => (false, LayerPlan::missing(Layer::UidDrop, why)),
            }
        } else {
            let uid = unsafe { libc::getuid() };
            (
                false,
                LayerPlan::ready(
                    Layer::UidDrop,
                    format!("elmer is not root: workers keep uid {uid}, unprivileged"),
                ),
            )
        };
        let (read_dirs, exec_files) = landlock_paths(python);
        let (landlock, landlock_plan) = match landlock_ruleset(&read_dirs, &exec_files) {
            Ok((fd, abi)) => {
                let list = |v: &[PathBuf]| {
                    v.iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let detail = format!(
                    "ABI {abi}; read-only {}; execute only {}; no TCP; signals and abstract sockets scoped",
                    list(&read_dirs),
                    list(&exec_files)
                );
                (Some(fd), LayerPlan::ready(Layer::Landlock, detail))
            }
            Err(why) => (None, LayerPlan::missing(Layer::Landlock, why)),
        };
        let (seccomp, seccomp_plan) = match seccomp_program(exec.path.as_ptr() as u64) {
            Ok((s, denied)) => {
                let detail = format!(
                    "{denied} system calls fail with EPERM (sockets, fork/clone, ptrace, kill, mount, bpf, io_uring, namespaces, exec after start)"
                );
                (Some(s), LayerPlan::ready(Layer::Seccomp, detail))
            }
            Err(why) => (None, LayerPlan::missing(Layer::Seccomp, why)),
        };
        Ok(Plan {
            exec,
            rlimits: Some(rlimits),
            netns: if root { Netns::Plain } else { Netns::WithUser },
            uid_drop,
            landlock,
            seccomp,
            strict: config.strict,
            layers: [
                rlimits_plan,
                netns_plan,
                uid_plan,
                landlock_plan,
                seccomp_plan,
            ],
        })
    }

    /// The per-spawn closure state: `reply_fd` becomes fd 3, the status record goes to
    /// `status_fd`.
    pub(crate) fn child(&self, reply_fd: RawFd, status_fd: RawFd) -> Child {
        Child {
            exec: Arc::clone(&self.exec),
            rlimits: self.rlimits,
            netns: self.netns,
            uid_drop: self.uid_drop,
            landlock: self.landlock.as_ref().map(|fd| fd.as_raw_fd()),
            seccomp: self.seccomp.clone(),
            strict: self.strict,
            reply_fd,
            status_fd,
        }
    }
}

/// State moved into the `pre_exec` closure of one spawn.
pub(crate) struct Child {
    exec: Arc<ExecImage>,
    rlimits: Option<[(libc::__rlimit_resource_t, u64); 6]>,
    netns: Netns,
    uid_drop: bool,
    landlock: Option<RawFd>,
    seccomp: Option<Seccomp>,
    strict: bool,
    reply_fd: RawFd,
    status_fd: RawFd,
}

fn errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl Child {
    /// Applies the layers and execs the interpreter; returns only on failure.
    ///
    /// # Safety
    /// Must run in the child between `fork` and `exec` (it is `Command::pre_exec`'s closure):
    /// it makes only async-signal-safe system calls and does not allocate.
    pub(crate) unsafe fn apply(&mut self) -> io::Result<()> {
        let mut status = [0u8; STATUS_BYTES];
        let mut failed = false;
        let mut record = |i: usize, result: Option<i32>| {
            let (state, code) = match result {
                None => (0u8, 0i32),
                Some(0) => (1, 0),
                Some(e) => {
                    failed = true;
                    (2, e)
                }
            };
            status[i * RECORD] = state;
            status[i * RECORD + 1..(i + 1) * RECORD].copy_from_slice(&code.to_le_bytes());
        };
        unsafe {
            if self.reply_fd == 3 {
                if libc::fcntl(3, libc::F_SETFD, 0) != 0 {
                    return Err(io::Error::last_os_error());
                }
            } else if libc::dup2(self.reply_fd, 3) < 0 {
                return Err(io::Error::last_os_error());
            }
            // Nothing but 0-3 survives the exec (a failure here is harmless: std's own fds are
            // close-on-exec already).
            libc::syscall(
                libc::SYS_close_range,
                4 as libc::c_uint,
                libc::c_uint::MAX,
                CLOSE_RANGE_CLOEXEC,
            );

            record(
                0,
                self.rlimits.map(|limits| {
                    let mut err = 0;
                    for (resource, value) in limits {
                        let lim = libc::rlimit {
                            rlim_cur: value,
                            rlim_max: value,
                        };
                        if libc::setrlimit(resource, &lim) != 0 {
                            err = errno();
                        }
                    }
                    err
                }),
            );
            record(
                1,
                match self.netns {
                    Netns::Off => None,
                    Netns::Plain => Some(if libc::unshare(libc::CLONE_NEWNET) == 0 {
                        0
                    } else {
                        errno()
                    }),
                    Netns::WithUser => Some(
                        if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNET) == 0 {
                            0
                        } else {
                            errno()
                        },
                    ),
                },
            );
            record(
                2,
                if self.uid_drop {
                    let id = NOBODY as libc::c_long;
                    let ok = libc::syscall(
                        libc::SYS_setgroups,
                        0 as libc::c_long,
                        std::ptr::null::<libc::gid_t>(),
                    ) == 0
                        && libc::syscall(libc::SYS_setresgid, id, id, id) == 0
                        && libc::syscall(libc::SYS_setresuid, id, id, id) == 0
                        && libc::getuid() == NOBODY
                        && libc::geteuid() == NOBODY;
                    Some(if ok { 0 } else { errno().max(1) })
                } else {
                    None
                },
            );
            // Needed by Landlock and seccomp without CAP_SYS_ADMIN; also stops setuid binaries.
            libc::prctl(
                libc::PR_SET_NO_NEW_PRIVS,
                1 as libc::c_ulong,
                0 as libc::c_ulong,
                0 as libc::c_ulong,
                0 as libc::c_ulong,
            );
            record(
                3,
                self.landlock.map(|fd| {
                    if libc::syscall(libc::SYS_landlock_restrict_self, fd, 0 as libc::c_uint) == 0 {
                        0
                    } else {
                        errno()
                    }
                }),
            );
            let pid = libc::getpid() as u32;
            record(
                4,
                self.seccomp.as_mut().map(|s| {
                    for &i in &s.pid_slots {
                        s.program[i].k = pid;
                    }
                    let prog = SockFprog {
                        len: s.program.len() as libc::c_ushort,
                        filter: s.program.as_ptr(),
                    };
                    if libc::syscall(
                        libc::SYS_seccomp,
                        SECCOMP_SET_MODE_FILTER,
                        0 as libc::c_ulong,
                        &prog as *const SockFprog,
                    ) == 0
                    {
                        0
                    } else {
                        errno()
                    }
                }),
            );
            libc::write(self.status_fd, status.as_ptr().cast(), status.len());
            if self.strict && failed {
                return Err(io::Error::from_raw_os_error(libc::EPERM));
            }
            libc::execve(
                self.exec.path.as_ptr(),
                self.exec.argv_ptrs.as_ptr(),
                self.exec.envp_ptrs.as_ptr(),
            );
        }
        Err(io::Error::last_os_error())
    }
}

#[repr(C)]
struct SockFprog {
    len: libc::c_ushort,
    filter: *const sock_filter,
}

/// Read-only directories and executable files for Landlock.
fn landlock_paths(python: &PythonInfo) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut read: Vec<PathBuf> = Vec::new();
    let mut push = |p: PathBuf| {
        if p.is_dir() && !read.iter().any(|r| p.starts_with(r)) {
            read.retain(|r| !r.starts_with(&p));
            read.push(p);
        }
    };
    for d in SYSTEM_READ_DIRS {
        if let Ok(real) = Path::new(d).canonicalize() {
            push(real);
        }
    }
    for p in python.prefixes.iter().chain(&python.sys_path) {
        if let Ok(real) = p.canonicalize() {
            push(real);
        }
    }
    let mut exec = vec![python.path.clone()];
    if let Some(loader) = python.loader.as_ref().and_then(|l| l.canonicalize().ok()) {
        exec.push(loader);
    }
    (read, exec)
}

/// Creates the Landlock ruleset; returns its fd and the kernel's ABI version.
fn landlock_ruleset(read: &[PathBuf], exec: &[PathBuf]) -> Result<(OwnedFd, i64), String> {
    use landlock::{
        ABI, Access, AccessFs, AccessNet, PathBeneath, PathFd, Ruleset, RulesetAttr,
        RulesetCreatedAttr, Scope,
    };
    let version = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    if version < 1 {
        return Err(format!(
            "the kernel has no Landlock ({}); needs Linux 5.13+ with landlock in the lsm= boot list",
            io::Error::last_os_error()
        ));
    }
    let abi = ABI::V6;
    let err = |e: &dyn fmt::Display| format!("could not prepare the Landlock ruleset: {e}");
    let mut ruleset = Ruleset::default()
        .handle_access(AccessFs::from_all(abi))
        .and_then(|r| r.handle_access(AccessNet::from_all(abi)))
        .and_then(|r| r.scope(Scope::from_all(abi)))
        .and_then(|r| r.create())
        .map_err(|e| err(&e))?;
    for d in read {
        let fd = PathFd::new(d).map_err(|e| err(&e))?;
        ruleset = ruleset
            .add_rule(PathBeneath::new(fd, AccessFs::ReadFile | AccessFs::ReadDir))
            .map_err(|e| err(&e))?;
    }
    for f in exec {
        let fd = PathFd::new(f).map_err(|e| err(&e))?;
        ruleset = ruleset
            .add_rule(PathBeneath::new(fd, AccessFs::Execute | AccessFs::ReadFile))
            .map_err(|e| err(&e))?;
    }
    let fd: Option<OwnedFd> = ruleset.into();
    let fd = fd.ok_or_else(|| "Landlock is not supported by this kernel".to_string())?;
    let fd = super::worker::high_fd(fd).map_err(|e| err(&e))?;
    Ok((fd, version))
}

/// Checks that uid 65534 can reach the interpreter and its library paths.
fn python_accessible_to_nobody(python: &PythonInfo) -> Result<(), String> {
    let mut paths = vec![python.path.clone()];
    paths.extend(python.prefixes.iter().filter(|p| p.is_dir()).cloned());
    for p in &paths {
        let mut cur = PathBuf::new();
        for comp in p.components() {
            cur.push(comp);
            let Ok(meta) = std::fs::metadata(&cur) else {
                continue;
            };
            let need = if meta.is_dir() { 0o001 } else { 0o004 };
            if meta.mode() & need == 0 {
                return Err(format!(
                    "{} is not accessible to uid {NOBODY} (mode {:o}), so workers keep root's uid; use a system Python such as /usr/bin/python3.11 or make it world-readable",
                    cur.display(),
                    meta.mode() & 0o7777
                ));
            }
        }
    }
    Ok(())
}

/// System calls that always fail with EPERM.
fn denied_syscalls() -> Vec<libc::c_long> {
    let mut v = vec![
        libc::SYS_socket,
        libc::SYS_socketpair,
        libc::SYS_connect,
        libc::SYS_bind,
        libc::SYS_listen,
        libc::SYS_accept,
        libc::SYS_accept4,
        libc::SYS_clone,
        libc::SYS_clone3,
        libc::SYS_ptrace,
        libc::SYS_process_vm_readv,
        libc::SYS_process_vm_writev,
        libc::SYS_tkill,
        libc::SYS_pidfd_open,
        libc::SYS_pidfd_send_signal,
        libc::SYS_pidfd_getfd,
        libc::SYS_mount,
        libc::SYS_umount2,
        libc::SYS_pivot_root,
        libc::SYS_chroot,
        libc::SYS_move_mount,
        libc::SYS_open_tree,
        libc::SYS_fsopen,
        libc::SYS_fsconfig,
        libc::SYS_fsmount,
        libc::SYS_fspick,
        libc::SYS_mount_setattr,
        libc::SYS_bpf,
        libc::SYS_perf_event_open,
        libc::SYS_userfaultfd,
        libc::SYS_io_uring_setup,
        libc::SYS_io_uring_enter,
        libc::SYS_io_uring_register,
        libc::SYS_unshare,
        libc::SYS_setns,
        libc::SYS_execveat,
        libc::SYS_keyctl,
        libc::SYS_add_key,
        libc::SYS_request_key,
        libc::SYS_init_module,
        libc::SYS_finit_module,
        libc::SYS_delete_module,
        libc::SYS_kexec_load,
        libc::SYS_kexec_file_load,
        libc::SYS_reboot,
        libc::SYS_swapon,
        libc::SYS_swapoff,
        libc::SYS_acct,
        libc::SYS_syslog,
        libc::SYS_name_to_handle_at,
        libc::SYS_open_by_handle_at,
        libc::SYS_quotactl,
    ];
    #[cfg(target_arch = "x86_64")]
    v.extend([
        libc::SYS_fork,
        libc::SYS_vfork,
        libc::SYS_iopl,
        libc::SYS_ioperm,
    ]);
    v
}

/// Compiles the seccomp filter: deny-list with EPERM, execve only with `exec_path`'s pointer,
/// signals only to the worker itself; on x86_64, x32 system calls are denied too.
fn seccomp_program(exec_path: u64) -> Result<(Seccomp, usize), String> {
    let arch = TargetArch::try_from(std::env::consts::ARCH).map_err(|_| {
        format!(
            "seccomp filters are not built for {}",
            std::env::consts::ARCH
        )
    })?;
    let err = |e: &dyn fmt::Display| format!("could not build the seccomp filter: {e}");
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> = BTreeMap::new();
    let denied = denied_syscalls();
    for &nr in &denied {
        rules.insert(nr, vec![]);
    }
    let not_self = |arg| -> Result<Vec<SeccompRule>, String> {
        let c = SeccompCondition::new(
            arg,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Ne,
            PID_PLACEHOLDER as u64,
        )
        .map_err(|e| err(&e))?;
        Ok(vec![SeccompRule::new(vec![c]).map_err(|e| err(&e))?])
    };
    for nr in [
        libc::SYS_kill,
        libc::SYS_tgkill,
        libc::SYS_rt_sigqueueinfo,
        libc::SYS_rt_tgsigqueueinfo,
    ] {
        rules.insert(nr, not_self(0)?);
    }
    let exec_rule = SeccompCondition::new(0, SeccompCmpArgLen::Qword, SeccompCmpOp::Ne, exec_path)
        .map_err(|e| err(&e))?;
    rules.insert(
        libc::SYS_execve,
        vec![SeccompRule::new(vec![exec_rule]).map_err(|e| err(&e))?],
    );
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        arch,
    )
    .map_err(|e| err(&e))?;
    let mut program: BpfProgram = filter
        .try_into()
        .map_err(|e: seccompiler::BackendError| err(&e))?;
    if cfg!(target_arch = "x86_64") {
        insert_x32_guard(&mut program)?;
    }
    const JEQ_K: u16 = (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16;
    let pid_slots: Vec<usize> = program
        .iter()
        .enumerate()
        .filter(|(_, i)| i.code == JEQ_K && i.k == PID_PLACEHOLDER)
        .map(|(n, _)| n)
        .collect();
    if pid_slots.len() != 4 {
        return Err(format!(
            "unexpected seccomp program layout ({} pid comparisons, expected 4)",
            pid_slots.len()
        ));
    }
    let count = denied.len() + 6;
    Ok((Seccomp { program, pid_slots }, count))
}

/// After the architecture check, denies x32 system calls (numbers with bit 30 set), which the
/// deny-list, written for x86_64 numbers, would not match.
fn insert_x32_guard(program: &mut Vec<sock_filter>) -> Result<(), String> {
    const LD_ABS: u16 = (libc::BPF_LD | libc::BPF_W | libc::BPF_ABS) as u16;
    const JGE_K: u16 = (libc::BPF_JMP | libc::BPF_JGE | libc::BPF_K) as u16;
    const RET_K: u16 = (libc::BPF_RET | libc::BPF_K) as u16;
    // seccompiler starts with: ld arch; jeq ARCH, +1; ret kill; ld nr; ...
    let layout_ok = program.len() > 4
        && program[0].code == LD_ABS
        && program[0].k == 4
        && program[1].jt == 1
        && program[2].code == RET_K
        && program[3].code == LD_ABS
        && program[3].k == 0;
    if !layout_ok {
        return Err("unexpected seccomp program layout (architecture check)".into());
    }
    let guard = [
        sock_filter {
            code: LD_ABS,
            jt: 0,
            jf: 0,
            k: 0,
        },
        sock_filter {
            code: JGE_K,
            jt: 0,
            jf: 1,
            k: 0x4000_0000,
        },
        sock_filter {
            code: RET_K,
            jt: 0,
            jf: 0,
            k: SECCOMP_RET_ERRNO | libc::EPERM as u32,
        },
    ];
    program.splice(3..3, guard);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seccomp_program_has_the_pid_slots_and_the_x32_guard() {
        let (s, denied) = seccomp_program(0x1234_5678_9abc).unwrap();
        assert_eq!(s.pid_slots.len(), 4);
        assert!(denied > 50);
        if cfg!(target_arch = "x86_64") {
            assert_eq!(s.program[4].k, 0x4000_0000);
        }
    }

    #[test]
    fn status_record_round_trip() {
        let mut bytes = [0u8; STATUS_BYTES];
        bytes[0] = 1;
        bytes[5] = 2;
        bytes[6..10].copy_from_slice(&libc::EPERM.to_le_bytes());
        let s = decode_status(&bytes).unwrap();
        assert_eq!(s[0], ChildState::Applied);
        assert_eq!(s[1], ChildState::Failed(libc::EPERM));
        assert_eq!(s[2], ChildState::Skipped);
        assert!(decode_status(&bytes[..3]).is_none());
    }

    /// The plan's layers follow the status record's order, whatever the host supports.
    #[test]
    fn the_plan_lists_the_child_layers_in_status_order() {
        let python = PythonInfo::probe(Path::new(super::super::config::DEFAULT_PYTHON)).unwrap();
        for layers in [Layers::All, Layers::UnsafeNone] {
            let config = SandboxConfig {
                layers,
                ..SandboxConfig::default()
            };
            let plan = Plan::new(&config, &python).unwrap();
            assert_eq!(plan.layers.clone().map(|l| l.layer), CHILD_LAYERS);
            for l in &plan.layers {
                assert!(l.note.is_some() || !l.detail.is_empty(), "{l:?}");
            }
        }
    }
}
