"""elmer's sandbox worker: one CPython process that runs walker programs on request.

Started by ``src/sandbox`` (DESIGN.md section 6) as ``python -s -S -B -P -c BOOTSTRAP``
inside the OS layers (rlimits, network namespace, uid 65534, Landlock, seccomp).
It cannot read the checkout: the bootstrap reads one JSON line from stdin holding
this file and the embedded modules (walker_creator, cppn, ...), then runs this
file. Requests arrive as JSON lines on stdin; replies leave as JSON lines on a
private file descriptor (3); fd 1 is /dev/null and ``sys.stdout``/``sys.stderr``
are sinks, so a program that prints cannot touch the reply channel.

Per ``run`` request the program gets a fresh namespace, fresh copies of the API
modules, a restricted ``__import__`` (math, random, itertools, functools, cppn and
the API names), ``random`` seeded with the request's seed and a time limit
(``ITIMER_REAL``, wall clock like the watchdog, so a loaded machine does not turn
ordinary timeouts into watchdog kills; a program that swallows the timeout or
loops in C is killed by the Rust watchdog one second later). After it, the state of the allowed modules, ``builtins`` and
``sys`` is restored, so a program that patches ``math.sin`` cannot change the
next program's walker.

This in-process layer is a usability and determinism filter, not the security
boundary: an audit hook blocks frame and gc introspection, file and process
access and real imports while a program runs, and the worker's own state is
kept out of reach of ``__subclasses__()`` escapes, but the OS layers are what
contain a program that gets past it. Rust validates every reply.

Protocol (one JSON object per line; floats that are not finite are sent as the
strings "NaN", "Infinity", "-Infinity"):

  boot  (first line)  {"worker": src, "modules": [{"name", "source", "importable",
                       "aliases"}], "allowed": ["math", ...]}
  ready (reply)       {"ready": true, "python": "3.11.2"} | {"ready": false, "error"}
  run                 {"id", "nonce", "op": "run", "source", "seed", "timeout_s",
                       "max_joints", "max_springs"}
    -> {"id", "nonce", "ok": true, "walker": {"joints": [[x, y]], "springs": [[i, j, a, p]]}}
    -> {"id", "nonce", "ok": false, "kind": "syntax_error" | "forbidden_import" |
        "exception" | "timeout" | "memory_error" | "no_walker" | "too_large",
        "error", "line", "col"}          ("too_large" carries "joints", "springs")
  call                {"id", "nonce", "op": "call", "module", "function", "args", "timeout_s"}
    -> {"id", "nonce", "ok": true, "result": ...} | {"ok": false, "kind": "exception", "error"}
  probe               {"id", "nonce", "op": "probe"} -> {"ok": true, "result": {...}}

Any reply may carry "recycle": true: the worker could not restore its state
(e.g. a finalizer of the program kept running) and asks to be replaced.

No class with Python methods is defined in this module's globals: every class
is listed by ``object.__subclasses__()``, and a method's ``__globals__`` would
hand a program this namespace (nonce, reply fd, audit switch). Objects a program
can reach (import hook, sinks, exception classes, timer handler) live in a
separate namespace that is restored after every program.
"""

import sys
import os
import gc
import builtins
import _json
import json
import _signal

# What the allowed modules use lazily, imported now (real imports are blocked
# while a program runs).
import math
import random
import itertools
import functools
import types
import weakref
import typing  # noqa: F401  (functools.singledispatch imports it lazily)

_boot = BOOT  # noqa: F821  (set by the bootstrap)

# ---------------------------------------------------------------- constants

_REPLY_FD = 3
_MAX_ERROR = 2000          # characters of an error message
_MAX_LINE = 200            # characters of a source line in a traceback
_TRACE_FRAMES = 3          # program frames shown for an exception
_CODE_CACHE = 64           # compiled programs kept (a re-evaluated program skips compile)
_TIMER_REPEAT = 0.05       # after the first timeout signal, re-raise every 50 ms

# ---------------------------------------------------------------- C-level handles

# Captured once: C functions and bound methods of C objects cannot be patched
# by a program, unlike the Python-level json/signal wrappers.
_write = os.write
_exit = os._exit
_readline = sys.stdin.buffer.readline
_scan = _json.make_scanner(json.JSONDecoder())
_encstr = _json.encode_basestring_ascii
_setitimer = _signal.setitimer
_set_handler = _signal.signal
_ITIMER = _signal.ITIMER_REAL
_SIGNUM = _signal.SIGALRM
_SIG_IGN = _signal.SIG_IGN
_collect = gc.collect
_gc_callbacks = gc.callbacks
_settrace = sys.settrace
_setprofile = sys.setprofile
_ModuleType = types.ModuleType
_FunctionType = types.FunctionType
_float_repr = float.__repr__
_recursion_limit = sys.getrecursionlimit()
_setrecursionlimit = sys.setrecursionlimit
_int_digits = getattr(sys, "get_int_max_str_digits", None)
_set_int_digits = getattr(sys, "set_int_max_str_digits", None)
_int_digits = _int_digits() if _int_digits else None
_gc_threshold = gc.get_threshold()
_set_threshold = gc.set_threshold
_gc_enable = gc.enable
_inf = float("inf")

# ---------------------------------------------------------------- audit hook

_mode = [0]  # 0: worker code; 1: program code may run; 2: restoring state

_BLOCK_EVENTS = frozenset(
    (
        "object.__getattr__",  # tb_frame, gi_frame, cr_frame, f_code, __code__, ...
        "object.__setattr__",  # __code__, __defaults__ of functions
        "object.__delattr__",
        "sys._getframe",
        "sys._current_frames",
        "sys._current_exceptions",
        "sys.settrace",
        "sys.setprofile",
        "sys.set_asyncgen_hooks_firstiter",
        "sys.set_asyncgen_hooks_finalizer",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
        "code.__new__",
        "function.__new__",
        "marshal.loads",
        "marshal.load",
        "open",
        "builtins.input",
        "builtins.breakpoint",
        "sys.excepthook",
        "sys.unraisablehook",
    )
)
_BLOCK_PREFIXES = (
    "os.",
    "subprocess.",
    "socket.",
    "ctypes.",
    "shutil.",
    "pty.",
    "mmap.",
    "cpython.",
    "fcntl.",
    "resource.",
    "signal.",
    "syslog.",
    "tempfile.",
    "urllib.",
    "http.",
    "ftplib.",
    "smtplib.",
    "webbrowser.",
    "winreg.",
    "sqlite3.",
    "pickle.",
    "shelve.",
    "glob.",
    "pdb.",
)

_ns = {}  # the isolated namespace (filled below); its ForbiddenImport is raised on imports


def _audit(event, args):
    if event == "sys.addaudithook":
        # A RuntimeError from an existing hook aborts the addition silently.
        raise RuntimeError("audit hooks are reserved by the elmer sandbox")
    mode = _mode[0]
    if not mode:
        return
    if mode == 2 and (
        event == "sys.settrace"
        or event == "sys.setprofile"
    ):
        return  # the worker restoring state
    if event == "import":
        raise _ns["ForbiddenImport"](args[0])
    if event in _BLOCK_EVENTS or event.startswith(_BLOCK_PREFIXES):
        raise _ns["SandboxBlocked"]("blocked by the elmer sandbox: " + event)


# ---------------------------------------------------------------- isolated namespace

_ISOLATED_SOURCE = '''
class ProgramTimeout(BaseException):
    """The program ran out of time (sandbox.timeout_s)."""


class ForbiddenImport(ModuleNotFoundError):
    """An import outside math, random, itertools, functools, cppn and the walker API."""


class SandboxBlocked(PermissionError):
    """An operation the sandbox does not allow (files, processes, introspection)."""


class Sink:
    """sys.stdout and sys.stderr while programs run: accepts and discards."""

    def write(self, text):
        return len(text)

    def writelines(self, lines):
        pass

    def flush(self):
        pass

    def isatty(self):
        return False


def on_timer(signum, frame):
    raise ProgramTimeout()


def restricted_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level != 0 or type(name) is not str:
        raise ForbiddenImport(name if type(name) is str else "?")
    module = MODULES.get(name)
    if module is None:
        raise ForbiddenImport(name.partition(".")[0])
    if fromlist:
        return module
    return MODULES[name.partition(".")[0]]
'''


def _make_isolated():
    ns = {"__builtins__": dict(_pristine_builtins), "__name__": "elmer_sandbox"}
    exec(compile(_ISOLATED_SOURCE, "<elmer-sandbox>", "exec"), ns)
    return ns


# ---------------------------------------------------------------- embedded modules

_allowed_std = tuple(_boot["allowed"])
_std_modules = {}
for _name in _allowed_std:
    _std_modules[_name] = sys.modules[_name]

_trusted = {}  # name -> module, for the "call" op
_table = dict(_std_modules)  # what a program may import: name -> module
_api = None  # the walker API module (the first importable embedded module)


def _add_alias(alias, module):
    """Registers ``module`` as ``alias``, with stub parent packages for a dotted name."""
    parts = alias.split(".")
    for i in range(1, len(parts)):
        pkg = ".".join(parts[:i])
        if pkg not in _table:
            p = _ModuleType(pkg)
            p.__path__ = []
            _table[pkg] = p
            if i > 1:
                setattr(_table[".".join(parts[: i - 1])], parts[i - 1], p)
    _table[alias] = module
    if len(parts) > 1:
        setattr(_table[".".join(parts[:-1])], parts[-1], module)


for _spec in _boot["modules"]:
    _m = _ModuleType(_spec["name"])
    exec(compile(_spec["source"], "<" + _spec["name"] + ".py>", "exec"), _m.__dict__)
    if _spec["importable"]:
        _table[_spec["name"]] = _m
        for _alias in _spec.get("aliases", ()):
            _add_alias(_alias, _m)
        if _api is None:
            _api = _m
    else:
        _trusted[_spec["name"]] = _m
_Walker = _api.Walker  # the genuine class: the dict restore keeps it pristine
_to_dict = _Walker.__dict__["to_dict"]
_walker_creator = _api.walker_creator
_allowed_names = ", ".join(
    list(_std_modules)
    + [s["name"] for s in _boot["modules"] if s["importable"] and s["name"] != _api.__name__]
) + " and the walker API (%s)" % ", ".join(
    [_api.__name__] + [a for s in _boot["modules"] if s["name"] == _api.__name__ for a in s.get("aliases", ())]
)
del _boot, _spec, _m


def echo(args):
    """The trusted call used by the tests: returns its argument."""
    return args


_trusted_functions = {("worker", "echo"): echo}

# ---------------------------------------------------------------- sys state

_pristine_builtins = dict(builtins.__dict__)
_ns = _make_isolated()
_sink = _ns["Sink"]()


def _seal():
    """Sinks for the standard streams; hides the signal modules and frame hooks.

    A signal handler or a trace function receives frames, and frames lead to
    this namespace, so programs must not be able to install either.
    """
    sys.stdout = _sink
    sys.stderr = _sink
    sys.stdin = None
    sys.breakpointhook = None
    os.environ.clear()  # PYTHONHASHSEED=0 (and locale coercion) only: nothing for programs
    for name in ("signal", "_signal"):
        sys.modules.pop(name, None)
    for name in ("settrace", "setprofile", "_getframe", "_current_frames", "_current_exceptions"):
        sys.__dict__.pop(name, None)


# ---------------------------------------------------------------- snapshots


def _module_closure(roots):
    seen = {}
    stack = list(roots)
    while stack:
        m = stack.pop()
        if id(m) in seen:
            continue
        seen[id(m)] = m
        for v in list(m.__dict__.values()):
            if type(v) is _ModuleType and id(v) not in seen:
                stack.append(v)
    return list(seen.values())


def _snapshot(modules):
    """Module dicts and the dicts of their Python classes and module-level instances.

    Functions need no snapshot: writing ``__code__``, ``__defaults__`` or
    ``__kwdefaults__`` is audited and blocked while program code runs.
    """
    modules = [m for m in modules if isinstance(m, _ModuleType) and type(m.__dict__) is dict]
    mods = [(m.__dict__, dict(m.__dict__)) for m in modules]
    classes = []
    seen = set()
    for m in modules:
        for v in list(m.__dict__.values()):
            if isinstance(v, type) and v.__flags__ & (1 << 9) and id(v) not in seen:  # heap type
                seen.add(id(v))
                classes.append((v, dict(v.__dict__)))
            inst = getattr(v, "__dict__", None)
            if type(v).__module__ == m.__name__ and type(inst) is dict and not isinstance(v, type):
                # module-level instances such as random._inst
                mods.append((inst, dict(inst)))
    return mods, classes


def _restore(snapshot):
    """Puts the snapshot back; returns True if anything had changed."""
    mods, classes = snapshot
    changed = False
    for d, saved in mods:
        # dict == compares identity first; a changed value may run its __eq__
        # (program code), under the audit hook and the Rust watchdog.
        if d != saved:
            changed = True
            d.clear()
            d.update(saved)
    for cls, saved in classes:
        current = cls.__dict__
        if current == saved:
            continue
        changed = True
        for k in [k for k in current if k not in saved]:
            try:
                type.__delattr__(cls, k)
            except (AttributeError, TypeError):
                pass
        for k, v in saved.items():
            if current.get(k, current) is not v:
                try:
                    type.__setattr__(cls, k, v)
                except (AttributeError, TypeError):
                    pass
    return changed


_light = None  # the allowed modules and what they reach: restored after every program
_full = None  # every loaded module: restored before a "call" that follows programs
_isolated_saved = (dict(_ns), dict(_ns["__builtins__"]))
_dirty = [False]  # a program ran since the last full restore


def _restore_isolated():
    ns_saved, b_saved = _isolated_saved
    b = ns_saved["__builtins__"]
    b.clear()
    b.update(b_saved)
    _ns.clear()
    _ns.update(ns_saved)
    _ns["MODULES"] = dict(_table)


def _reset_interpreter():
    _settrace(None)
    _setprofile(None)
    _setrecursionlimit(_recursion_limit)
    if _set_int_digits is not None:
        _set_int_digits(_int_digits)
    _set_threshold(*_gc_threshold)
    _gc_enable()
    del _gc_callbacks[:]


# ---------------------------------------------------------------- JSON out


def _num(x):
    r = _float_repr(x)
    if r == "nan":
        return '"NaN"'
    if r == "inf":
        return '"Infinity"'
    if r == "-inf":
        return '"-Infinity"'
    return r


def _text(s, limit=_MAX_ERROR):
    if type(s) is not str:
        s = "?"
    if len(s) > limit:
        s = s[:limit] + "... (%d characters)" % len(s)
    return _encstr(s.encode("utf-8", "replace").decode("utf-8"))


def _enc(obj, depth=0):
    """JSON for plain data (results of trusted calls)."""
    if depth > 200:
        raise ValueError("result nested deeper than 200 levels")
    t = type(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if t is int:
        return str(obj)
    if t is float:
        r = _float_repr(obj)
        if r in ("nan", "inf", "-inf"):
            raise ValueError("result holds a non-finite float")
        return r
    if t is str:
        return _encstr(obj.encode("utf-8", "replace").decode("utf-8"))
    if t is list or t is tuple:
        return "[" + ",".join([_enc(v, depth + 1) for v in obj]) + "]"
    if t is dict:
        parts = []
        for k, v in obj.items():
            if type(k) is not str:
                raise ValueError("result has a dict key that is not a string: %s" % type(k).__name__)
            parts.append(_encstr(k) + ":" + _enc(v, depth + 1))
        return "{" + ",".join(parts) + "}"
    raise ValueError("result holds a %s, not JSON data" % t.__name__)


def _send(head, body):
    data = ("{" + head + body + "}\n").encode("ascii")
    view = memoryview(data)
    while view:
        n = _write(_REPLY_FD, view)
        view = view[n:]


def _fail(kind, error, line=None, col=None, extra=""):
    s = ',"ok":false,"kind":"%s","error":%s' % (kind, _text(error))
    if type(line) is int and 0 < line < 1 << 31:
        s += ',"line":%d' % line
        if type(col) is int and 0 < col < 1 << 31:
            s += ',"col":%d' % col
    return s + extra


# ---------------------------------------------------------------- running programs

_code_cache = {}


def _compile(source):
    code = _code_cache.get(source)
    if code is None:
        code = compile(source, "<program>", "exec", dont_inherit=True)
        if len(_code_cache) >= _CODE_CACHE:
            _code_cache.pop(next(iter(_code_cache)))
        _code_cache[source] = code
    return code


def _describe(e, source):
    """(message, line, col) of an exception raised by the program."""
    try:
        name = type(e).__name__
        name = name[:100] if type(name) is str else "Exception"
    except BaseException:
        name = "Exception"
    try:
        text = str(e)  # may run program code (__str__): the timer is still armed
        if type(text) is not str:
            text = "?"
    except BaseException:
        text = "<unprintable %s>" % name
    message = name + (": " + text[:_MAX_ERROR] if text else "")
    frames = []
    _mode[0] = 0  # reading tb_frame is audited; no program code runs below
    try:
        lines = None
        tb = e.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if type(code.co_filename) is str and code.co_filename == "<program>":
                frames.append((tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        frames = frames[-_TRACE_FRAMES:]
        if frames:
            lines = source.split("\n")
        trace = []
        for lineno, fname in frames:
            src = ""
            if type(lineno) is int and 0 < lineno <= len(lines):
                src = lines[lineno - 1].strip()[:_MAX_LINE]
            trace.append("\n  line %s, in %s: %s" % (lineno, str(fname)[:100], src))
        message += "".join(trace)
    finally:
        _mode[0] = 1
    line = frames[-1][0] if frames else None
    return message, line


def _payload(obj, max_joints, max_springs):
    """The walker as JSON, or a failure; program code may run (to_dict, lists)."""
    try:
        inst = object.__getattribute__(obj, "__dict__")
    except BaseException:
        inst = None
    if type(inst) is dict:
        # Too many joints or springs: say so before copying them all.
        j = inst.get("joints")
        sp = inst.get("springs")
        if type(j) is list and type(sp) is list and (len(j) > max_joints or len(sp) > max_springs):
            return _too_large(len(j), sp, max_joints)
    d = _to_dict(obj)
    if type(d) is not dict:
        return _fail("exception", "Walker.to_dict() returned %s, not a dict" % type(d).__name__)
    joints = d.get("joints")
    springs = d.get("springs")
    if type(joints) is not list or type(springs) is not list:
        return _fail("exception", "walker joints and springs must be lists")
    nj = len(joints)
    nsp = len(springs)
    if nj > max_joints or nsp > max_springs:
        return _too_large(nj, springs, max_joints)
    jv = []
    for i, j in enumerate(joints):
        if (type(j) is not list and type(j) is not tuple) or len(j) != 2:
            return _fail("exception", "walker joint %d is not an [x, y] pair" % i)
        x, y = j
        if type(x) is not float:
            x = _as_float(x)
        if type(y) is not float:
            y = _as_float(y)
        if x is None or y is None:
            return _fail("exception", "walker joint %d has a coordinate that is not a number" % i)
        jv.append((x, y))
    sv = []
    for i, s in enumerate(springs):
        if (type(s) is not list and type(s) is not tuple) or len(s) != 4:
            return _fail("exception", "walker spring %d is not [i, j, amplitude, phase]" % i)
        a, b, amp, phase = s
        if type(a) is not int or type(b) is not int or not (0 <= a < 1 << 53) or not (0 <= b < 1 << 53):
            return _fail("exception", "walker spring %d has a joint index that is not an index" % i)
        if type(amp) is not float:
            amp = _as_float(amp)
        if type(phase) is not float:
            phase = _as_float(phase)
        if amp is None or phase is None:
            return _fail("exception", "walker spring %d has an amplitude or phase that is not a number" % i)
        sv.append((a, b, amp, phase))
    # %r of a float is its shortest repr; only nan and inf contain an "n".
    jt = "],[".join(["%r,%r" % p for p in jv])
    st = "],[".join(["%d,%d,%r,%r" % s for s in sv])
    if "n" in jt or "n" in st:
        jt = "],[".join([_num(x) + "," + _num(y) for x, y in jv])
        st = "],[".join(["%d,%d,%s,%s" % (a, b, _num(p), _num(q)) for a, b, p, q in sv])
    if jt:
        jt = "[" + jt + "]"
    if st:
        st = "[" + st + "]"
    return ',"ok":true,"walker":{"joints":[' + jt + '],"springs":[' + st + "]}"


def _too_large(nj, springs, max_joints):
    """The counts for Rust's TooManyJoints / TooManySprings (springs without self-springs)."""
    kept = len(springs)
    if nj <= max_joints:
        kept = 0
        for s in springs:
            if (type(s) is list or type(s) is tuple) and len(s) == 4 and type(s[0]) is int and type(s[1]) is int:
                kept += s[0] != s[1]
    return ',"ok":false,"kind":"too_large","error":"","joints":%d,"springs":%d' % (nj, kept)


def _as_float(v):
    """An int as a float (inf when too large); None for anything else."""
    if type(v) is int:
        try:
            return float(v)
        except OverflowError:
            return _inf if v > 0 else -_inf
    return None


def _run(req):
    source = req["source"]
    seed = req["seed"]
    timeout = float(req["timeout_s"])
    max_joints = int(req["max_joints"])
    max_springs = int(req["max_springs"])
    ns = None
    result = None
    recycle = False
    isolated = _ns
    ProgramTimeout = isolated["ProgramTimeout"]
    ForbiddenImport = isolated["ForbiddenImport"]
    _dirty[0] = True
    isolated["MODULES"] = dict(_table)
    prog_builtins = dict(_pristine_builtins)
    prog_builtins["__import__"] = isolated["restricted_import"]
    _std_modules["random"].seed(seed)
    _set_handler(_SIGNUM, isolated["on_timer"])
    try:
        _mode[0] = 1
        _setitimer(_ITIMER, timeout, _TIMER_REPEAT)
        try:
            try:
                code = _compile(source)
            except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError) as e:
                if isinstance(e, SyntaxError):
                    result = _fail("syntax_error", "%s: %s" % (type(e).__name__, e.msg), e.lineno, e.offset)
                else:
                    result = _fail("syntax_error", "%s: %s" % (type(e).__name__, e))
                code = None
            if code is not None:
                ns = {
                    "__name__": "program",
                    "__builtins__": prog_builtins,
                    "walker_creator": _walker_creator,
                }
                exec(code, ns)
                make = ns.get("make_walker")
                if make is None:
                    result = _fail("no_walker", "the program defines no make_walker() function")
                elif not callable(make):
                    result = _fail("no_walker", "make_walker is a %s, not a function" % type(make).__name__)
                else:
                    obj = make()
                    if not isinstance(obj, _Walker):
                        result = _fail(
                            "no_walker",
                            "make_walker() returned %s, not a Walker (return wc.get_walker())"
                            % type(obj).__name__[:100],
                        )
                    else:
                        result = _payload(obj, max_joints, max_springs)
                    obj = None
        except ProgramTimeout:
            result = _fail("timeout", "the program ran out of time (%g s)" % timeout)
        except ForbiddenImport as e:
            name = e.args[0] if e.args and type(e.args[0]) is str else "?"
            result = _fail(
                "forbidden_import",
                "import of %s is not allowed (allowed: %s)" % (name[:100], _allowed_names),
                *_describe(e, source)[1:],
            )
        except MemoryError as e:
            result = _fail("memory_error", "MemoryError: the program ran out of memory", *_describe(e, source)[1:])
        except BaseException as e:
            try:
                message, line = _describe(e, source)
            except ProgramTimeout:
                result = _fail("timeout", "the program ran out of time (%g s)" % timeout)
            except BaseException:
                message, line = "%s (could not be formatted)" % type(e).__name__[:100], None
            if result is None:
                result = _fail("exception", message, line)
        e = None
        # Program objects die here; their finalizers run under the timer.
        try:
            ns = None
            make = None
            _collect()
        except BaseException:
            recycle = True
    except BaseException:
        # The timer fired inside our own handling: the program is out of time.
        if result is None:
            result = _fail("timeout", "the program ran out of time (%g s)" % timeout)
        recycle = True
    finally:
        # A signal already pending must not escape: ignore it, then stop the timer (an
        # exception at any point of the try restarts it).
        while True:
            try:
                _set_handler(_SIGNUM, _SIG_IGN)
                _setitimer(_ITIMER, 0, 0)
                break
            except BaseException:
                pass
    recycle = _cleanup() or recycle
    if result is None:
        result = _fail("exception", "the program did not finish")
    if recycle:
        result += ',"recycle":true'
    return result


def _cleanup():
    """Restores state after a program; True if the worker should be replaced.

    Rounds of restore + collect until a round finds nothing to do: finalizers
    of program objects run during collection (and when a restore drops a
    patched value) and may patch state again. Module dicts are rewritten
    every round, so only additions by such finalizers need another round.
    """
    for _ in range(4):
        try:
            _mode[0] = 2
            _reset_interpreter()
            _restore_isolated()
            changed = _restore(_light)
            found = _collect()
            if not changed and not found:
                _mode[0] = 0
                return False
        except BaseException:
            continue  # a timer signal left pending by the program: go round again
    _mode[0] = 0
    return True


def _call(req):
    module = req["module"]
    function = req["function"]
    timeout = float(req.get("timeout_s", 10.0))
    if _dirty[0]:
        _mode[0] = 2
        try:
            _restore(_full)
        finally:
            _mode[0] = 0
        _dirty[0] = False
    f = _trusted_functions.get((module, function))
    if f is None:
        m = _trusted.get(module)
        if m is None:
            return _fail("exception", "no trusted module %r (embedded: %s)" % (module, ", ".join(sorted(_trusted)) or "none"))
        if type(function) is not str or function.startswith("_"):
            return _fail("exception", "%s.%s is not a public function" % (module, function))
        f = getattr(m, function, None)
        if not callable(f):
            return _fail("exception", "module %s has no function %s" % (module, function))
    _set_handler(_SIGNUM, _ns["on_timer"])
    _setitimer(_ITIMER, timeout, _TIMER_REPEAT)
    try:
        try:
            value = f(req.get("args"))
            return ',"ok":true,"result":' + _enc(value)
        finally:
            while True:
                try:
                    _set_handler(_SIGNUM, _SIG_IGN)
                    _setitimer(_ITIMER, 0, 0)
                    break
                except BaseException:
                    pass
    except _ns["ProgramTimeout"]:
        return _fail("timeout", "%s.%s ran out of time (%g s)" % (module, function, timeout))
    except BaseException as e:
        try:
            text = "%s: %s" % (type(e).__name__, e)
        except BaseException:
            text = type(e).__name__
        return _fail("exception", "%s.%s failed: %s" % (module, function, text))


def _probe(req):
    """What the sandbox looks like from inside (elmer doctor)."""
    out = {"uid": os.getuid(), "gid": os.getgid(), "env": sorted(os.environ)}

    def attempt(name, f):
        try:
            f()
            out[name] = "allowed"
        except PermissionError:
            out[name] = "denied"
        except OSError as e:
            out[name] = "error: %s" % e

    import socket

    attempt("socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
    attempt("read_etc", lambda: open("/etc/passwd", "rb").close())
    attempt("read_proc", lambda: open("/proc/self/status", "rb").close())
    attempt("write_tmp", lambda: os.close(os.open("/tmp", os.O_TMPFILE | os.O_WRONLY, 0o600)))
    attempt("kill_parent", lambda: os.kill(os.getppid(), 0))

    def fork():
        pid = os.fork()
        if pid == 0:
            _exit(0)
        os.waitpid(pid, 0)

    attempt("fork", fork)
    import resource

    out["rlimit_as"] = resource.getrlimit(resource.RLIMIT_AS)[0]
    out["rlimit_fsize"] = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    out["rlimit_nofile"] = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return ',"ok":true,"result":' + _enc(out)


# ---------------------------------------------------------------- main loop


def _main():
    global _light, _full
    _seal()
    _light = _snapshot(_module_closure([builtins] + list(_table.values())))
    _full = _snapshot(_module_closure(list(sys.modules.values()) + list(_trusted.values())))
    sys.addaudithook(_audit)
    gc.collect()
    gc.freeze()  # later collections scan only what programs allocate
    version = "%d.%d.%d" % sys.version_info[:3]
    _send('"ready":true,"python":', _encstr(version))
    while True:
        line = _readline()
        if not line:
            _exit(0)
        req = _scan(line.decode("utf-8"), 0)[0]
        head = '"id":%d,"nonce":%s' % (req["id"], _encstr(req["nonce"]))
        op = req["op"]
        if op == "run":
            body = _run(req)
        elif op == "call":
            body = _call(req)
        elif op == "probe":
            body = _probe(req)
        else:
            body = _fail("exception", "unknown op %r" % op)
        _send(head, body)


try:
    _main()
except BaseException as _e:  # start-up failure: say why, then exit
    try:
        _send('"ready":false,"error":', _text("%s: %s" % (type(_e).__name__, _e)))
    finally:
        _exit(3)
