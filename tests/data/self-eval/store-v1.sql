-- A run store of schema version 1 (elmer before self-evaluation): generations 0-1 of
-- archives/samples/square-gp.sql, with two llm_calls rows linked to children 1 and 2.
BEGIN TRANSACTION;
CREATE TABLE children (
    id          INTEGER PRIMARY KEY,
    generation  INTEGER NOT NULL,
    parent_ids  TEXT    NOT NULL,
    operator    TEXT    NOT NULL,
    format      TEXT,
    edit        TEXT,
    source      TEXT,
    seed        INTEGER,
    status      TEXT    NOT NULL CHECK (status IN ('ok', 'unchanged', 'llm_error', 'no_code',
                    'bad_diff', 'syntax_error', 'forbidden_import', 'exception', 'timeout',
                    'memory_error', 'invalid_walker', 'unstable')),
    error       TEXT,
    walker      TEXT,
    height      REAL,
    width       REAL,
    mass        REAL,
    cell        INTEGER,
    fitness     REAL,
    insertion   TEXT    CHECK (insertion IN ('new', 'improved', 'rejected')),
    llm_call_id INTEGER REFERENCES llm_calls (id),
    sim_us      INTEGER,
    cpu_us      INTEGER,
    CHECK (status = 'ok' OR (fitness IS NULL AND insertion IS NULL))
);
INSERT INTO "children" VALUES(0,0,'[]','seed',NULL,NULL,'"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6319767717104851811,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66320349276065859722e-01,'new',NULL,2041,2202);
INSERT INTO "children" VALUES(1,1,'[0]','llm','chat','perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.001, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3121565178944789948,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.001,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66390484571456931384e-01,'improved',0,2072,2682);
INSERT INTO "children" VALUES(2,1,'[0]','llm','chat','delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4002230093447507367,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,NULL,351);
INSERT INTO "children" VALUES(3,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2768)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8509730451665001171,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2768],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.71952958405017830578e-01,'improved',NULL,2018,2408);
INSERT INTO "children" VALUES(4,1,'[0]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(0, wc, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5440885295925703763,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(0, wc, 0, 10, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,310);
INSERT INTO "children" VALUES(5,1,'[0]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 10, 0, 10, 0)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4839225154859519833,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,345);
INSERT INTO "children" VALUES(6,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.383, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',9106493490245310616,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.383,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.26813446730375245508e-01,'rejected',NULL,1992,2363);
INSERT INTO "children" VALUES(7,1,'[0]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, 2.0, center, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',985434568896865903,'exception','TypeError: amplitude must be a number, got JointHandle
  line 32, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,357);
INSERT INTO "children" VALUES(8,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2717346323417339476,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,245);
INSERT INTO "children" VALUES(9,1,'[0]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3893821608750379742,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,194);
INSERT INTO "children" VALUES(10,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.383, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1058312181510351803,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.383,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.42604920268058810162e-01,'rejected',NULL,1933,2283);
INSERT INTO "children" VALUES(11,1,'[0]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-944734701536683962,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66320349276065859722e-01,'rejected',NULL,1993,2402);
INSERT INTO "children" VALUES(12,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.338, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3471951534866335466,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.338,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.87350836396217346191e-01,'improved',NULL,2069,2560);
INSERT INTO "children" VALUES(13,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4002230093447507367,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,488);
INSERT INTO "children" VALUES(14,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.01307297311723232269e-01,'new',NULL,1582,1965);
INSERT INTO "children" VALUES(15,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 3)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2464616384035029414,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,1.36276643425226207106e+00,'improved',NULL,1612,1972);
INSERT INTO "children" VALUES(16,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5573863924877730175,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.74857490509748414453e-01,'new',NULL,1640,2033);
INSERT INTO "children" VALUES(17,1,'[0]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6295097638596677107,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,4.95993447303771928247e-01,'rejected',NULL,2140,3612);
INSERT INTO "children" VALUES(18,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.54559223353862751348e-01,'rejected',NULL,1908,2335);
INSERT INTO "children" VALUES(19,1,'[0]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7233723251720156664,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,378);
INSERT INTO "children" VALUES(20,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(6, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5082039352925855693,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,0.899654683470726,'rejected',NULL,1854,2043);
INSERT INTO "children" VALUES(21,1,'[0]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5133985343117382490,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,242);
INSERT INTO "children" VALUES(22,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 11, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6586063027585270275,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[11.0,10.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.08813174877721294828e+01,914,5.51473224163055442126e-01,'rejected',NULL,2094,2433);
INSERT INTO "children" VALUES(23,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.834, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6614446500767567435,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.834,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.56341300904750779565e-01,'rejected',NULL,2022,2443);
INSERT INTO "children" VALUES(24,1,'[0]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3831492552871230953,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66320349276065859722e-01,'rejected',NULL,2043,2518);
INSERT INTO "children" VALUES(25,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8258948206819736428,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.56066017177982132571e+01,913,0.743991556763649,'rejected',NULL,1378,1799);
INSERT INTO "children" VALUES(26,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.3401)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',665569661657085251,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.3401],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,6.16980196535587221973e-01,'rejected',NULL,2011,2485);
INSERT INTO "children" VALUES(27,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4002230093447507367,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,405);
INSERT INTO "children" VALUES(28,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2942016270487700998,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,7.43723553419113225793e-01,'rejected',NULL,1881,2269);
INSERT INTO "children" VALUES(29,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.54559223353862751348e-01,'rejected',NULL,1948,2352);
INSERT INTO "children" VALUES(30,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6029981598041358690,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,4.32034240588545781491e+00,'improved',NULL,1684,2134);
INSERT INTO "children" VALUES(31,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.806, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6190627826303183577,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.806,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.54742614924907639917e-01,'rejected',NULL,2040,2531);
INSERT INTO "children" VALUES(32,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(x0, y1)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 6.632, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-574227226982109541,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,6.632,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,2.87120715528726533349e-01,'rejected',NULL,1968,2387);
CREATE TABLE elites (
    cell     INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    fitness  REAL    NOT NULL
);
CREATE TABLE llm_calls (
    id                INTEGER PRIMARY KEY,
    endpoint          TEXT    NOT NULL,
    model             TEXT    NOT NULL,
    prompt            TEXT    NOT NULL,
    params            TEXT    NOT NULL,
    seed              INTEGER,
    reply             TEXT,
    prompt_tokens     INTEGER,
    completion_tokens INTEGER,
    latency_ms        INTEGER NOT NULL,
    status            TEXT    NOT NULL,
    error             TEXT
);
INSERT INTO "llm_calls" VALUES(0,'local','qwen2.5-coder-0.5b-instruct','[{"role":"user","content":"x"}]','{"temperature":0.8,"top_p":0.95,"max_tokens":256,"attempts":1}',7,'reply zero',812,240,15230,'ok',NULL);
INSERT INTO "llm_calls" VALUES(1,'local','qwen2.5-coder-0.5b-instruct','[{"role":"user","content":"y"}]','{"temperature":0.8,"top_p":0.95,"max_tokens":256,"attempts":5}',NULL,NULL,NULL,NULL,300000,'timeout','local: no reply within the timeout');
CREATE TABLE metrics (
    generation      INTEGER PRIMARY KEY,
    evaluations     INTEGER NOT NULL,
    num_elites      INTEGER NOT NULL,
    coverage        REAL    NOT NULL,
    qd_score        REAL    NOT NULL,
    norm_qd_score   REAL    NOT NULL,
    obj_max         REAL,
    obj_mean        REAL,
    diff_valid_rate REAL    NOT NULL,
    runnable_rate   REAL    NOT NULL,
    counts          TEXT    NOT NULL,
    elapsed_s       REAL    NOT NULL
);
INSERT INTO "metrics" VALUES(0,1,1,5.78703703703703671579e-04,4.66320349276065859722e-01,0.000269861313238464,4.66320349276065859722e-01,4.66320349276065859722e-01,1.0,1.0,'{"total":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}},"operators":{"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.003877782);
INSERT INTO "metrics" VALUES(1,33,3,1.73611111111111101473e-03,5.79650719370693,3.35446018154336202121e-03,4.32034240588545781491e+00,1.93216906456897663524e+00,1.0,0.696969696969697,'{"total":{"statuses":{"ok":23,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":15,"improved":5,"new":3}},"operators":{"gp":{"statuses":{"ok":22,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":15,"improved":5,"new":2}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.393131992);
CREATE TABLE run (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    config         TEXT    NOT NULL,
    grid           TEXT    NOT NULL,
    schema_version INTEGER NOT NULL,
    rng_state      TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('running', 'interrupted', 'complete')),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    generation     INTEGER NOT NULL DEFAULT -1,
    next_child_id  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "run" VALUES(1,'[evolve]
seed_program = "square"
evals = 256
batch_size = 32
seed = 1

[[mutate.operators]]
kind = "gp"
weight = 1.0

[mutate.gp]
perturb_number = 0.4
swap_operator = 0.1
change_range = 0.1
duplicate_statement = 0.1
delete_statement = 0.1
swap_arguments = 0.1
crossover = 0.1
sigma = 0.2

[grid]
bins = [12, 12, 12]
height = [0.0, 20.0]
width = [0.0, 30.0]
mass = [0.0, 240.0]

[sim]
hz = 60.0
settle_s = 2.0
horizon = 1200
terrain = "flat"
terrain_seed = 0
unit_m = 0.1
joint_radius_m = 0.05
joint_mass_kg = 1.0
friction = 1.0
restitution = 0.1
linear_damping = 0.1
stiffness = 5000.0
damping = 50.0
muscle_hz = 1.0
stroke_per_amplitude = 0.03
gravity = 9.81
solver_iterations = 8
max_speed_m_s = 50.0
min_stretch = 0.05
max_stretch = 5.0

[sandbox]
timeout_s = 2.0
memory_mb = 1024
strict = false
random_salt = 0
max_reply_bytes = 1048576
max_programs_per_worker = 5000
layers = "all"

[walker]
min_joints = 2
max_joints = 64
min_springs = 1
max_springs = 256
max_springs_per_joint = 10
max_amplitude = 10.0
min_joint_distance = 0.01
max_extent = 40.0
','{"bins":[12,12,12],"height":[0.0,20.0],"width":[0.0,30.0],"mass":[0.0,240.0]}',1,'{"seed":[234,216,29,114,93,38,16,78,137,156,59,248,66,206,120,46,186,211,3,218,153,151,210,194,18,2,86,172,115,102,251,27],"stream":0,"word_pos":1020}','interrupted','2026-11-28T00:06:33Z','2026-11-28T00:06:35Z',1,33);
CREATE INDEX children_generation ON children (generation);
CREATE INDEX children_cell ON children (cell);
CREATE INDEX children_status ON children (status);
COMMIT;
PRAGMA user_version = 1;
