"""A tiny fixed CPPN: the pattern behind the cppn seeds (DESIGN.md section 2).

``query_cppn(x1, y1, x2, y2)`` maps a spring's two end points (program units)
to ``(amplitude, phase)``: amplitude in [0, 6] (inside the limit of 10, moderate
so walkers stay stable), phase in [0, 1) cycles.

It is deterministic: fixed weights, no state, no randomness, only ``math``.
Outputs are rounded to 6 decimals, so the last-bit differences that platform
``libm`` implementations of sin/exp may have do not show in the walker.
"""

import math


def _sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def _gaussian(z):
    return math.exp(-z * z)


def query_cppn(x1, y1, x2, y2):
    """``(amplitude, phase)`` for a spring from ``(x1, y1)`` to ``(x2, y2)``."""
    # Inputs: the spring's midpoint, its direction and its length.
    mx = 0.5 * (x1 + x2)
    my = 0.5 * (y1 + y2)
    dx = x2 - x1
    dy = y2 - y1
    d = math.sqrt(dx * dx + dy * dy)

    # Hidden layer: periodic, bell and step nodes (the CPPN's pattern makers).
    h1 = math.sin(0.9 * mx + 0.3 * my + 0.2)
    h2 = _gaussian(0.35 * mx - 0.8 * my + 0.1)
    h3 = _sigmoid(1.2 * dx - 0.7 * dy + 0.5 * d - 1.0)
    h4 = math.sin(0.5 * d + 1.1 * my - 0.4 * mx)

    # Outputs.
    amplitude = 6.0 * _sigmoid(1.6 * h1 - 1.3 * h2 + 1.1 * h3 + 0.8 * h4 - 0.2)
    phase = (0.5 + 0.35 * h1 + 0.25 * h2 + 0.3 * h3 - 0.4 * h4 + 0.05 * mx) % 1.0
    amplitude = round(min(max(amplitude, 0.0), 10.0), 6)
    phase = round(phase, 6)
    if phase >= 1.0:  # rounding (or -tiny % 1.0) can give exactly 1.0
        phase = 0.0
    return amplitude, phase
