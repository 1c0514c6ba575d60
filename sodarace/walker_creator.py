"""The walker-building API seen by elmer programs (DESIGN.md section 2).

A program defines ``make_walker()`` and returns ``wc.get_walker()`` where
``wc = walker_creator()``. The API follows the ELM paper and OpenELM so that
models that saw those programs write code that runs here:

    wc = walker_creator()
    a = wc.add_joint(0, 0)            # program units, +y up
    b = wc.add_joint(10, 0)
    wc.add_muscle(a, b)               # passive spring
    wc.add_muscle(a, b, 5.0, 0.25)    # muscle: amplitude, phase (cycles)
    wc.add_muscle(a, b, False, 5.0, 0.25)  # the paper's form; the bool is ignored
    return wc.get_walker()

This module is pure Python with no imports and no name-dependent code: the
worker registers it in ``sys.modules`` as ``walker_creator``, ``walk_creator``,
``walker`` and ``openelm.environments.sodaracer.walker``.

No limits are enforced here: the worker is not trusted, so Rust validates what
comes back (springs per joint, amplitude, joint distance, bounding box, counts)
and drops self-springs, counting them.
"""

__all__ = ["walker_creator", "Walker", "JointHandle"]


def _number(value, name):
    """``float(value)`` for real numbers; TypeError naming ``name`` otherwise."""
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(
            "%s must be a number, got %s %r" % (name, type(value).__name__, value)
        )
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TypeError(
            "%s must be a number, got %s" % (name, type(value).__name__)
        ) from None


class JointHandle(tuple):
    """What ``add_joint`` returns: the tuple ``(x, y)`` that also knows its joint.

    It compares, hashes, indexes and unpacks exactly like ``(x, y)`` (OpenELM
    programs write ``h[0]``, ``x, y = h``); ``joint_index`` is the joint's
    position in the walker.
    """

    def __new__(cls, x, y, joint_index, creator):
        handle = tuple.__new__(cls, (x, y))
        handle.joint_index = joint_index
        handle._creator = creator
        return handle

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "JointHandle(%r, %r, joint_index=%d)" % (self[0], self[1], self.joint_index)

    # Keep pickling and copying as a plain (x, y): the handle is a convenience.
    def __reduce__(self):
        return (tuple, (tuple(self),))


class Walker:
    """A finished walker: joints ``[x, y]`` and springs ``[i, j, amplitude, phase]``.

    Coordinates are program units (1 unit = 0.1 m), +y up; ``phase`` is in
    cycles. A spring with amplitude 0 and phase 0 is passive; anything else is
    a muscle. Self-springs (``i == j``) are kept as given; Rust drops them.
    """

    def __init__(self, joints, springs):
        self.joints = [[float(x), float(y)] for x, y in joints]
        self.springs = [[int(i), int(j), float(a), float(p)] for i, j, a, p in springs]

    def to_dict(self):
        """``{"joints": [[x, y], ...], "springs": [[i, j, amplitude, phase], ...]}``."""
        return {
            "joints": [list(j) for j in self.joints],
            "springs": [list(s) for s in self.springs],
        }

    def __repr__(self):
        return "Walker(%d joints, %d springs)" % (len(self.joints), len(self.springs))


class walker_creator:
    """Builds a walker joint by joint and spring by spring (the ELM paper's API)."""

    def __init__(self):
        self.joints = []   # [(x, y)] as floats
        self.springs = []  # [[i, j, amplitude, phase]]

    def add_joint(self, x, y):
        """Add a point mass at ``(x, y)`` (program units, +y up); return its handle."""
        x = _number(x, "x")
        y = _number(y, "y")
        index = len(self.joints)
        self.joints.append((x, y))
        return JointHandle(x, y, index, self)

    def _resolve(self, joint, name):
        """The index of ``joint``: a handle, an ``(x, y)`` of an existing joint, or an index."""
        if isinstance(joint, JointHandle) and joint._creator is self:
            return joint.joint_index
        if isinstance(joint, bool):
            raise TypeError("%s must be a joint, got a bool (%r)" % (name, joint))
        if isinstance(joint, int):
            if 0 <= joint < len(self.joints):
                return joint
            raise ValueError(
                "%s: no joint with index %d (this walker has %d joints)"
                % (name, joint, len(self.joints))
            )
        if isinstance(joint, (tuple, list)):
            if len(joint) != 2:
                raise ValueError(
                    "%s must be a joint (x, y), got a %s of length %d"
                    % (name, type(joint).__name__, len(joint))
                )
            try:
                key = (float(joint[0]), float(joint[1]))
            except (TypeError, ValueError):
                raise TypeError(
                    "%s must be a joint (x, y) of numbers, got %r" % (name, joint)
                ) from None
            # Exact match, first joint wins (as OpenELM's list.index does).
            for index, xy in enumerate(self.joints):
                if xy == key:
                    return index
            raise ValueError(
                "%s: no joint at (%r, %r); add it with add_joint first"
                % (name, key[0], key[1])
            )
        raise TypeError(
            "%s must be a joint (the handle add_joint returned), got %s"
            % (name, type(joint).__name__)
        )

    def add_muscle(self, j0, j1, *args, **kwargs):
        """Connect two joints: ``add_muscle(j0, j1, amplitude=0.0, phase=0.0)``.

        The paper's form ``add_muscle(j0, j1, flag, amplitude, phase)`` is also
        accepted: a bool in third place is a flag and is ignored. Amplitude 0
        and phase 0 give a passive spring; anything else a muscle whose rest
        length oscillates with that amplitude and phase (in cycles).
        """
        if args and isinstance(args[0], bool):
            args = args[1:]
        if len(args) > 2:
            raise TypeError(
                "add_muscle takes j0, j1, [flag,] amplitude, phase; got %d values after the joints"
                % len(args)
            )
        unknown = [k for k in kwargs if k not in ("amplitude", "phase")]
        if unknown:
            raise TypeError("add_muscle got an unexpected keyword argument %r" % unknown[0])
        values = {"amplitude": 0.0, "phase": 0.0}
        for name, value in zip(("amplitude", "phase"), args):
            values[name] = value
        for name, value in kwargs.items():
            if name in ("amplitude", "phase")[: len(args)]:
                raise TypeError("add_muscle got multiple values for argument %r" % name)
            values[name] = value
        amplitude = _number(values["amplitude"], "amplitude")
        phase = _number(values["phase"], "phase")
        i = self._resolve(j0, "j0")
        j = self._resolve(j1, "j1")
        self.springs.append([i, j, amplitude, phase])
        return [i, j, amplitude, phase]

    def add_spring(self, j0, j1):
        """A passive spring between two joints (``add_muscle(j0, j1)``)."""
        return self.add_muscle(j0, j1)

    def get_walker(self):
        """The finished :class:`Walker`."""
        return Walker(self.joints, self.springs)
