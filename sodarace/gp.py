"""gp: the embedded genetic-programming mutation operator (DESIGN.md section 5).

Trusted code, run inside the sandboxed worker through ``Pool::call("gp", "mutate", args)``.
It never executes the (hostile) program: it only parses it with ``ast``, picks a site, and
splices the SOURCE TEXT at the positions ``ast`` reports (line numbers and UTF-8 byte column
offsets), so formatting and comments outside the edited span survive. Every child is checked
with ``compile`` (no execution) and must differ from the parent (each edit changes the syntax
tree whenever it changes the text); otherwise another site or kind is tried, at most
MAX_ATTEMPTS times.

Entry point: ``mutate(args) -> dict``, with
  args = {"source": str, "others": [str, ...], "seed": int,
          "weights": [[kind, weight], ...], "sigma": float}
The kinds, their draw order and their weights come from the caller: elmer sends them from
``GpConfig`` (src/mutate/gp.rs, the one list of kinds; its defaults are in spec.json for the
tests). A kind named there must be one of the edits below.
returning {"source": child, "edit": kind} or, when the parent does not compile or no edit
applies, {"source": None, "edit": None, "error": text, "status": "syntax_error" | "exception"}.

Edit kinds (a kind is drawn by weight, then a site uniformly among that kind's sites):
  perturb_number       a numeric literal (int/float, not bool; ``-x`` counts as one literal):
                       floats times (1 + sigma * N(0, 1)), zeros plus sigma * N(0, 1), both
                       rounded to 4 significant digits; ints +-1 or +-2 (ints stay ints).
  swap_operator        a ``+ - * /`` BinOp or augmented assignment: the operator becomes its
                       counterpart (+ <-> -, * <-> /) half of the time, else one of the other
                       two; operands that are strings, lists or tuples are left alone.
  change_range         a bound (start or stop) of a ``range(...)`` call moves by +-1: literals
                       are rewritten (kept >= 0 if they were), ``e + c`` / ``e - c`` get a new
                       ``c``, anything else gets `` + 1`` / `` - 1`` appended.
  duplicate_statement  a simple statement (call, assignment) inside a function is repeated
                       right after itself (same indentation; after ``;`` when it shares a line).
  delete_statement     a simple statement inside a function that is not the last of its block
                       is removed; never ``return``, never ``wc = walker_creator()``.
  swap_arguments       two positional arguments of a call with >= 2 of them trade places.
  crossover            a top-level function of another elite replaces the parent's function of
                       the same name, or is added before ``make_walker`` when the parent lacks
                       it; the top-level imports, constants and helpers it needs that the
                       parent lacks come along.
"""
import ast
import builtins
import math
import random
import re

MAX_ATTEMPTS = 20          # edits tried (compiled and compared) before giving up
SIGNIFICANT_DIGITS = 4     # of a perturbed float

_NEWLINE = re.compile(rb"\r\n|\r|\n")
_BLANK = b" \t\f"
_LINE_TAIL = re.compile(rb"[ \t\f]*(#[^\r\n]*)?(\r\n|\r|\n)?\Z")
_COMMENT = re.compile(rb"#[^\r\n]*")
_SPACE = re.compile(rb"\s+")
_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_COUNTERPART = {"+": "-", "-": "+", "*": "/", "/": "*"}
_NON_NUMERIC = (ast.List, ast.Tuple, ast.ListComp, ast.JoinedStr, ast.Dict, ast.Set,
                ast.DictComp, ast.SetComp, ast.GeneratorExp)
_TIGHT = (ast.Name, ast.Call, ast.Attribute, ast.Subscript, ast.Constant, ast.UnaryOp)
_LOOSE_BINOPS = (ast.LShift, ast.RShift, ast.BitOr, ast.BitXor, ast.BitAnd)
_SIMPLE = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign)
_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
# Names a program may use without defining them: builtins and the predefined API.
_KNOWN = frozenset(dir(builtins)) | {"walker_creator", "__name__", "__file__"}


class _Text:
    """A program's UTF-8 bytes and where each line starts (ast's line numbering)."""

    def __init__(self, source):
        self.source = source
        self.data = source.encode("utf-8", "surrogatepass")
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(self.data)]
        m = _NEWLINE.search(self.data)
        self.newline = m.group() if m else b"\n"

    def pos(self, lineno, col):
        return self.starts[lineno - 1] + col

    def span(self, node):
        return self.pos(node.lineno, node.col_offset), self.pos(node.end_lineno, node.end_col_offset)

    def segment(self, node):
        s, e = self.span(node)
        return self.data[s:e]

    def line_start(self, lineno):
        return self.starts[lineno - 1]

    def line_end(self, lineno):
        """Just after the newline ending line ``lineno`` (or the end of the text)."""
        return self.starts[lineno] if lineno < len(self.starts) else len(self.data)

    def splice(self, edits):
        """The text with each (start, end, bytes) replaced; spans must not overlap."""
        data = self.data
        for s, e, new in sorted(edits, key=lambda t: (t[0], t[1]), reverse=True):
            data = data[:s] + new + data[e:]
        return data.decode("utf-8", "surrogatepass")

    def full_lines(self, first_line, node):
        """(start, end) of the whole lines from ``first_line`` to ``node``'s last line, if
        nothing but blanks precedes it on its first line and only blanks or a comment follow."""
        start = self.line_start(first_line)
        s, e = self.span(node)
        if self.data[start:s].strip(_BLANK):
            return None
        end = self.line_end(node.end_lineno)
        if not _LINE_TAIL.match(self.data, e, end):
            return None
        return start, end


def _first_line(node):
    decorators = getattr(node, "decorator_list", None) or []
    return min([node.lineno] + [d.lineno for d in decorators])


def _bare(code):
    """Code without comments and whitespace: two defs equal here differ in layout only (a
    ``#`` inside a string may make different code look equal: then a candidate is lost)."""
    return _SPACE.sub(b"", _COMMENT.sub(b"", code))


def _same_tree(a, b):
    return ast.dump(a) == ast.dump(b)


class _Parent:
    """A parsed parent and the sites of each edit kind (computed once, lazily)."""

    def __init__(self, source, others):
        self.text = _Text(source)
        self.tree = ast.parse(source)
        # compile-time errors too (``return`` outside a function, ...): children must compile
        compile(source, "<parent>", "exec", dont_inherit=True)
        self.others = others
        self.parent_of = {}
        self.nodes = []   # every node outside f-strings (their positions are unreliable
        self.blocks = []  # before Python 3.12); blocks: (statement list, inside a function)
        stack = [(self.tree, False, False)]
        while stack:
            node, in_function, in_fstring = stack.pop()
            if isinstance(node, ast.JoinedStr):
                in_fstring = True
            if not in_fstring:
                self.nodes.append(node)
            inside = in_function or isinstance(node, _FUNCS)
            for field in reversed(node._fields):
                value = getattr(node, field, None)
                if isinstance(value, ast.expr_context):
                    continue
                if isinstance(value, ast.AST):
                    self.parent_of[id(value)] = node
                    stack.append((value, inside, in_fstring))
                elif isinstance(value, list):
                    if value and isinstance(value[0], ast.stmt):
                        self.blocks.append((value, inside))
                    for v in reversed(value):
                        if isinstance(v, ast.AST):
                            self.parent_of[id(v)] = node
                            stack.append((v, inside, in_fstring))
        self._sites = {}

    def sites(self, kind):
        if kind not in self._sites:
            self._sites[kind] = list(getattr(self, "_sites_" + kind)())
        return self._sites[kind]

    # ------------------------------------------------------------------ sites

    def _sites_perturb_number(self):
        for node in self.nodes:
            if isinstance(node, ast.Constant) and type(node.value) in (int, float):
                up = self.parent_of.get(id(node))
                if isinstance(up, ast.UnaryOp) and isinstance(up.op, ast.USub):
                    yield (up, -node.value)
                else:
                    yield (node, node.value)

    def _sites_swap_operator(self):
        for node in self.nodes:
            if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
                if not (_non_numeric(node.left) or _non_numeric(node.right)):
                    yield (node, node.left, node.right, _OPS[type(node.op)])
            elif isinstance(node, ast.AugAssign) and type(node.op) in _OPS:
                if not _non_numeric(node.value):
                    yield (node, node.target, node.value, _OPS[type(node.op)])

    def _sites_change_range(self):
        for node in self.nodes:
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "range"
                and 1 <= len(node.args) <= 3
                and not node.keywords
                and not any(isinstance(a, ast.Starred) for a in node.args)
            ):
                if len(node.args) == 1:
                    yield (node.args[0], True)
                else:
                    yield (node.args[0], False)
                    yield (node.args[1], True)

    def _statements(self, deletable):
        for block, in_function in self.blocks:
            if not in_function:
                continue
            for i, stmt in enumerate(block):
                if not isinstance(stmt, _SIMPLE) or _is_docstring(stmt) or _makes_creator(stmt):
                    continue
                if deletable and i == len(block) - 1:
                    continue
                yield stmt

    def _sites_duplicate_statement(self):
        return self._statements(False)

    def _sites_delete_statement(self):
        return self._statements(True)

    def _sites_swap_arguments(self):
        for node in self.nodes:
            if not isinstance(node, ast.Call):
                continue
            args = [a for a in node.args if not isinstance(a, ast.Starred)]
            if len(args) < 2:
                continue
            texts = [self.text.segment(a) for a in args]
            pairs = [
                (args[i], args[j])
                for i in range(len(args))
                for j in range(i + 1, len(args))
                if texts[i] != texts[j]
            ]
            if pairs:
                yield pairs

    def _sites_crossover(self):
        mine = _top_functions(self.tree)
        seen = set()
        for other in self.others:
            if type(other) is not str:
                continue
            try:
                otext = _Text(other)
                otree = ast.parse(other)
            except Exception:
                continue
            for name, fn in _top_functions(otree).items():
                span = otext.full_lines(_first_line(fn), fn)
                if span is None:
                    continue
                chunk = otext.data[span[0]:span[1]]
                if (name, chunk) in seen:
                    continue
                if name in mine:
                    span = self.text.full_lines(_first_line(mine[name]), mine[name])
                    if span is not None and _bare(self.text.data[span[0]:span[1]]) == _bare(chunk):
                        continue
                seen.add((name, chunk))
                yield (name, fn, otext, otree)


def _non_numeric(node):
    return isinstance(node, _NON_NUMERIC) or (
        isinstance(node, ast.Constant) and type(node.value) in (str, bytes)
    )


def _is_docstring(stmt):
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and type(stmt.value.value) is str


def _makes_creator(stmt):
    """``wc = walker_creator()`` (or any assignment from a ``walker_creator(...)`` call)."""
    value = getattr(stmt, "value", None)
    if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or not isinstance(value, ast.Call):
        return False
    f = value.func
    return (isinstance(f, ast.Name) and f.id == "walker_creator") or (
        isinstance(f, ast.Attribute) and f.attr == "walker_creator"
    )


def _top_functions(tree):
    """Top-level functions by name (the last definition wins, as in Python)."""
    return {s.name: s for s in tree.body if isinstance(s, _FUNCS)}


def _defined_names(stmt):
    """Names a top-level statement binds."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {stmt.name}
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).partition(".")[0] for a in stmt.names if a.name != "*"}
    targets = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        targets = [stmt.target]
    names = set()
    for t in targets:
        for n in ast.walk(t):
            if isinstance(n, ast.Name):
                names.add(n.id)
    return names


def _used_names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


# ---------------------------------------------------------------------- edits


def _op_position(text, left, right):
    """Byte offset of the operator between ``left`` and ``right`` (skipping parentheses,
    blanks, line continuations and comments), or None."""
    data = text.data
    i = text.span(left)[1]
    end = text.span(right)[0]
    while i < end:
        c = data[i:i + 1]
        if c == b"#":
            while i < end and data[i:i + 1] not in (b"\n", b"\r"):
                i += 1
            continue
        if c in (b"+", b"-", b"*", b"/"):
            return i
        i += 1
    return None


def _number_text(value):
    return str(value) if type(value) is int else repr(value)


def _edit_perturb_number(p, site, rng, sigma):
    node, value = site
    if type(value) is int:
        new = value + rng.choice((-2, -1, 1, 2))
    else:
        if value == 0.0:
            new = rng.gauss(0.0, 1.0) * sigma
        else:
            new = value * (1.0 + sigma * rng.gauss(0.0, 1.0))
        new = float("%.*g" % (SIGNIFICANT_DIGITS, new))
        if not math.isfinite(new) or new == value:
            return None
    body = _number_text(new)
    up = p.parent_of.get(id(node))
    # a parenthesised ``(-x)`` keeps its parentheses: they are outside the node's span
    if body.startswith("-") and isinstance(node, ast.Constant) and (
        (isinstance(up, ast.BinOp) and isinstance(up.op, ast.Pow) and up.left is node)
        or (isinstance(up, (ast.Attribute, ast.Subscript)) and up.value is node)
        or (isinstance(up, ast.Call) and up.func is node)
    ):
        body = "(" + body + ")"
    s, e = p.text.span(node)
    return p.text.splice([(s, e, body.encode())])


def _edit_swap_operator(p, site, rng, sigma):
    node, left, right, op = site
    at = _op_position(p.text, left, right)
    if at is None or p.text.data[at:at + 1] != op.encode():
        return None
    if rng.random() < 0.5:
        new = _COUNTERPART[op]
    else:
        new = rng.choice([o for o in "+-*/" if o != op and o != _COUNTERPART[op]])
    return p.text.splice([(at, at + 1, new.encode())])


def _int_literal(node):
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -node.operand.value
    return None


def _edit_change_range(p, site, rng, sigma):
    node, is_stop = site
    delta = rng.choice((-1, 1))
    text = p.text
    s, e = text.span(node)
    value = _int_literal(node)
    if value is not None:
        new = value + delta
        if value >= 0 and new < 0:
            new = value - delta
        return text.splice([(s, e, str(new).encode())])
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, (ast.Add, ast.Sub))
        and isinstance(node.right, ast.Constant)
        and type(node.right.value) is int
    ):
        at = _op_position(text, node.left, node.right)
        if at is None:
            return None
        k = node.right.value if isinstance(node.op, ast.Add) else -node.right.value
        k += delta
        left = text.data[s:at].rstrip(_BLANK + b"\\\r\n")
        if k == 0:
            body = left
        else:
            body = left + (b" + " if k > 0 else b" - ") + str(abs(k)).encode()
        return text.splice([(s, e, body)])
    body = text.segment(node)
    tight = isinstance(node, _TIGHT) or (
        isinstance(node, ast.BinOp) and not isinstance(node.op, _LOOSE_BINOPS)
    )
    if not tight:
        body = b"(" + body + b")"
    body += b" + 1" if delta > 0 else b" - 1"
    return text.splice([(s, e, body)])


def _edit_duplicate_statement(p, stmt, rng, sigma):
    text = p.text
    lines = text.full_lines(stmt.lineno, stmt)
    if lines is not None:
        start, end = lines
        block = text.data[start:end]
        if not block.endswith((b"\n", b"\r")):
            block = text.newline + block
        return text.splice([(end, end, block)])
    s, e = text.span(stmt)
    return text.splice([(e, e, b"; " + text.data[s:e])])


def _edit_delete_statement(p, stmt, rng, sigma):
    text = p.text
    lines = text.full_lines(stmt.lineno, stmt)
    if lines is not None:
        return text.splice([(lines[0], lines[1], b"")])
    s, e = text.span(stmt)
    after = re.compile(rb"[ \t\f]*;[ \t\f]*").match(text.data, e)
    if after:
        return text.splice([(s, after.end(), b"")])
    before = re.compile(rb";[ \t\f]*\Z").search(text.data, text.line_start(stmt.lineno), s)
    if before:
        return text.splice([(before.start(), e, b"")])
    return None


def _edit_swap_arguments(p, pairs, rng, sigma):
    a, b = rng.choice(pairs)
    (sa, ea), (sb, eb) = p.text.span(a), p.text.span(b)
    if ea > sb or _same_tree(a, b):  # e.g. ``f(x, (x))``
        return None
    return p.text.splice([(sa, ea, p.text.data[sb:eb]), (sb, eb, p.text.data[sa:ea])])


def _edit_crossover(p, site, rng, sigma):
    name, fn, otext, otree = site
    text, tree = p.text, p.tree
    nl = text.newline

    def chunk(stmt):
        span = otext.full_lines(_first_line(stmt), stmt)
        if span is None:
            return None
        data = otext.data[span[0]:span[1]]
        if not data.endswith((b"\n", b"\r")):
            data += nl
        return data

    # what the function needs from the other program that the parent does not define
    defined = set(_KNOWN)
    for stmt in tree.body:
        defined |= _defined_names(stmt)
    provider = {}
    for stmt in otree.body:
        if isinstance(stmt, (_FUNCS + (ast.ClassDef, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign))):
            for n in _defined_names(stmt):
                provider[n] = stmt
    defined.add(name)
    needed, todo = [], sorted(_used_names(fn) - defined)
    while todo:
        n = todo.pop()
        stmt = provider.get(n)
        if stmt is None or stmt is fn or any(stmt is s for s in needed):
            continue
        needed.append(stmt)
        defined |= _defined_names(stmt)
        if not isinstance(stmt, (ast.Import, ast.ImportFrom)):
            todo.extend(sorted(_used_names(stmt) - defined))
    needed.sort(key=lambda s: (s.lineno, s.col_offset))
    imports = [s for s in needed if isinstance(s, (ast.Import, ast.ImportFrom))]
    others = [s for s in needed if not isinstance(s, (ast.Import, ast.ImportFrom))]

    edits = []
    # imports go after the parent's last top-level import (or its docstring, or the top)
    if imports:
        block = b""
        for s in imports:
            c = chunk(s)
            if c is None:
                return None
            block += c
        last = [s for s in tree.body if isinstance(s, (ast.Import, ast.ImportFrom))]
        if last:
            at = text.line_end(last[-1].end_lineno)
        elif tree.body and _is_docstring(tree.body[0]):
            at = text.line_end(tree.body[0].end_lineno)
        else:
            at = 0
        if at == len(text.data) and at and not text.data.endswith((b"\n", b"\r")):
            block = nl + block
        edits.append((at, at, block))

    mine = _top_functions(tree)
    new_def = chunk(fn)
    if new_def is None:
        return None
    helpers = []
    for s in others:
        c = chunk(s)
        if c is None:
            return None
        helpers.append(c)
    target = mine.get(name)
    if target is not None:
        span = text.full_lines(_first_line(target), target)
        if span is None:
            return None
        edits.append((span[0], span[1], new_def))
    else:
        helpers.append(new_def)
    if helpers:
        # before make_walker (or the replaced def, or at the end), two blank lines after each
        anchor = mine.get("make_walker", target)
        block = b"".join(h + nl + nl for h in helpers)
        if anchor is not None:
            at = text.line_start(_first_line(anchor))
            edits.append((at, at, block))
        else:
            at = len(text.data)
            lead = b"" if not text.data or text.data.endswith((b"\n", b"\r")) else nl
            edits.append((at, at, lead + nl + nl + block.rstrip(b"\r\n") + nl))
    return text.splice(edits)


_EDITS = {
    "perturb_number": _edit_perturb_number,
    "swap_operator": _edit_swap_operator,
    "change_range": _edit_change_range,
    "duplicate_statement": _edit_duplicate_statement,
    "delete_statement": _edit_delete_statement,
    "swap_arguments": _edit_swap_arguments,
    "crossover": _edit_crossover,
}


# ---------------------------------------------------------------------- entry point


def _failure(error, status="exception"):
    return {"source": None, "edit": None, "error": error, "status": status}


def _weights(given):
    """The ``[[kind, weight], ...]`` pairs as an ordered dict (the draw order is theirs)."""
    if not isinstance(given, list) or not all(isinstance(p, list) and len(p) == 2 for p in given):
        raise ValueError("weights must be a list of [kind, weight] pairs")
    unknown = sorted(str(k) for k, _ in given if k not in _EDITS)
    if unknown:
        raise ValueError("unknown edit kind(s) %s; known: %s" % (", ".join(unknown), ", ".join(_EDITS)))
    weights = {}
    for k, w in given:
        if k in weights:
            raise ValueError("edit kind %s given twice" % k)
        if type(w) not in (int, float) or not math.isfinite(w) or w < 0:
            raise ValueError("weight of %s must be a finite number >= 0, got %r" % (k, w))
        weights[k] = float(w)
    if not any(weights.values()):
        raise ValueError("every edit weight is zero")
    return weights


def _draw(rng, weights, kinds):
    total = sum(weights[k] for k in kinds)
    r = rng.random() * total
    for k in kinds:
        r -= weights[k]
        if r < 0:
            return k
    return kinds[-1]


def mutate(args):
    """One GP child of ``args["source"]`` (see the module doc for the arguments and result)."""
    if not isinstance(args, dict) or type(args.get("source")) is not str:
        return _failure("gp.mutate needs {\"source\": str, ...}")
    seed = args.get("seed", 0)
    if type(seed) is not int:
        return _failure("seed must be an integer, got %r" % (seed,))
    sigma = args.get("sigma")
    if type(sigma) not in (int, float) or not math.isfinite(sigma) or sigma < 0:
        return _failure("sigma must be a finite number >= 0, got %r" % (sigma,))
    try:
        weights = _weights(args.get("weights"))
    except ValueError as e:
        return _failure(str(e))
    others = args.get("others") or []
    if not isinstance(others, list):
        return _failure("others must be a list of program sources")
    source = args["source"]
    try:
        parent = _Parent(source, others)
    except SyntaxError as e:
        where = " (line %s, column %s)" % (e.lineno, e.offset) if e.lineno else ""
        return _failure("the parent does not compile: %s%s" % (e.msg, where), "syntax_error")
    except (ValueError, RecursionError, MemoryError) as e:
        return _failure("the parent does not compile: %s: %s" % (type(e).__name__, e), "syntax_error")

    rng = random.Random(seed)
    alive = [k for k in weights if weights[k] > 0]
    tried = []
    attempts = 0
    while alive and attempts < MAX_ATTEMPTS:
        kind = _draw(rng, weights, alive)
        sites = parent.sites(kind)
        if not sites:
            alive.remove(kind)
            continue
        attempts += 1
        index = rng.randrange(len(sites))
        site = sites[index]
        try:
            # every edit changes the syntax tree when it changes the text (numbers get new
            # values, swapped arguments differ as trees, crossover skips identical defs)
            child = _EDITS[kind](parent, site, rng, float(sigma))
            if child is not None and child != source:
                compile(child, "<child>", "exec", dont_inherit=True)
                return {"source": child, "edit": kind}
        except (SyntaxError, ValueError, RecursionError):
            pass
        # this site gave nothing: drop it (a perturbation may fail only by bad luck, so
        # numbers keep their sites)
        tried.append(kind)
        if kind != "perturb_number":
            del sites[index]
    reason = "no edit applies" if not tried else "no valid edit found in %d attempts (%s)" % (
        attempts, ", ".join(sorted(set(tried))))
    return _failure("%s; kinds with weight > 0: %s" % (
        reason, ", ".join(k for k in weights if weights[k] > 0)))
