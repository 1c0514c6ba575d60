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
INSERT INTO "children" VALUES(1,1,'[0]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',3121565178944789948,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.001,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66390484571456931384e-01,'improved',NULL,2072,2682);
INSERT INTO "children" VALUES(2,1,'[0]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,351);
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
INSERT INTO "children" VALUES(33,2,'[16]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j2)
    return wc.get_walker()
',7431222039144227150,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.74857490509748414453e-01,'rejected',NULL,1955,2349);
INSERT INTO "children" VALUES(34,2,'[16]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',1590490532350102011,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,424);
INSERT INTO "children" VALUES(35,2,'[16]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5171)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8842883947772104067,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5171],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.55945757031440757067e-01,'rejected',NULL,1870,2090);
INSERT INTO "children" VALUES(36,2,'[30]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2291851655608029011,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(0, wc, 0, 10, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,357);
INSERT INTO "children" VALUES(37,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
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
',-8784454789432600258,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.41525719720718115004e+01,613,3.48783089593052875176e-01,'new',NULL,2055,2380);
INSERT INTO "children" VALUES(38,2,'[16]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',5065655210060104856,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,532);
INSERT INTO "children" VALUES(39,2,'[16]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j1, j0)
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
',928643608393312012,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.74857490509748414453e-01,'rejected',NULL,1798,2229);
INSERT INTO "children" VALUES(40,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.499, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6004707248244184751,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.499,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,0.759609821997583,'rejected',NULL,1800,2286);
INSERT INTO "children" VALUES(41,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 9, 10)
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
',7716236782416675636,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,9.03383056074380741407e-01,'rejected',NULL,1872,2224);
INSERT INTO "children" VALUES(42,2,'[16]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.345, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1606575554155903133,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.345,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.56397536769509404308e-01,'rejected',NULL,1860,2246);
INSERT INTO "children" VALUES(43,2,'[16]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1444136530832592803,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.58813174877721223748e+01,914,0.36883789524436,'rejected',NULL,2108,2367);
INSERT INTO "children" VALUES(44,2,'[30]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.164, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5889169615664291806,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.164,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,1.12071903198957434355e+00,'rejected',NULL,1721,2019);
INSERT INTO "children" VALUES(45,2,'[14]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6846022482107996914,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.39386581433655862847e+01,901,2.08020210265905114432e-06,'rejected',NULL,1992,2267);
INSERT INTO "children" VALUES(46,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2545745762817379039,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.0707681328058233916e-01,'improved',NULL,1888,2194);
INSERT INTO "children" VALUES(47,2,'[30]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.01307297311723232269e-01,'rejected',NULL,1862,2203);
INSERT INTO "children" VALUES(48,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.73346114903688425235e-01,'new',NULL,1899,2230);
INSERT INTO "children" VALUES(49,2,'[30]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 1.474, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7892602496492411643,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.474,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,5.7170922935009,'improved',NULL,1715,2227);
INSERT INTO "children" VALUES(50,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.4697)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4768754362608035596,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4697],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.86305695958435468817e-01,'rejected',NULL,1891,2311);
INSERT INTO "children" VALUES(51,2,'[30]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
',3410633748444226778,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.0518500417470932007e+01,'new',NULL,1720,2064);
INSERT INTO "children" VALUES(52,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.2322)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-456566839683598004,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2322],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.4870285168290140465e-01,'rejected',NULL,1820,2344);
INSERT INTO "children" VALUES(53,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5199)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5331107164708297919,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5199],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.73826173506677150726e-01,'rejected',NULL,1892,2393);
INSERT INTO "children" VALUES(54,2,'[30]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',8671912817465870135,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,7.57179480344057065366e+00,'improved',NULL,1668,2365);
INSERT INTO "children" VALUES(55,2,'[30]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.01307297311723232269e-01,'rejected',NULL,1791,2428);
INSERT INTO "children" VALUES(56,2,'[14]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j2)
    return wc.get_walker()
',5954940931565721292,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.01307297311723232269e-01,'rejected',NULL,1879,2409);
INSERT INTO "children" VALUES(57,2,'[14]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
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
',-5125613746965451042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,3.59267347678542126043e-01,'new',NULL,2034,2418);
INSERT INTO "children" VALUES(58,2,'[16]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',1590490532350102011,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,378);
INSERT INTO "children" VALUES(59,2,'[30]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j1, j0)
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
',7219691345152196661,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,4.32034240588545781491e+00,'rejected',NULL,1764,2122);
INSERT INTO "children" VALUES(60,2,'[16]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6269961219993379853,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',11.0,10.0,4.44168513937048672337e+01,914,7.78699486702680632177e-01,'improved',NULL,2036,2609);
INSERT INTO "children" VALUES(61,2,'[30]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4169172286654306113,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,330);
INSERT INTO "children" VALUES(62,2,'[16]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',608485675554233486,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,7.79651874303817771227e-01,'improved',NULL,2070,2303);
INSERT INTO "children" VALUES(63,2,'[14]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(y1, x0)
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
',2571455646528047002,'ok',NULL,'{"joints":[[0.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.79991298598587690094e+01,913,1.28455901741981493024e+00,'rejected',NULL,2173,2497);
INSERT INTO "children" VALUES(64,2,'[16]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-6257808184651580898,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,3.58813174877721294828e+01,913,6.39454528689384488204e-02,'rejected',NULL,1600,1902);
INSERT INTO "children" VALUES(65,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 1, 0, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7583837239347865166,'ok',NULL,'{"joints":[[1.0,0.0],[1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,8.0,35.8062484748657,901,5.32122898846864700317e-01,'rejected',NULL,1907,2165);
INSERT INTO "children" VALUES(66,3,'[62]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, -0.1375)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4727362996528616953,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.1375],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,3.53108642809093042913e-01,'rejected',NULL,2204,2702);
INSERT INTO "children" VALUES(67,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(4, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5042689419418321559,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[4.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.73284046351909593042e-01,'improved',NULL,1859,2226);
INSERT INTO "children" VALUES(68,3,'[37]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
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
',-1542502947332788632,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,395);
INSERT INTO "children" VALUES(69,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, -0.114)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2267213178647373768,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.114],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,2.14974876493215560913e-01,'rejected',NULL,2011,2382);
INSERT INTO "children" VALUES(70,3,'[62]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1873427335080214463,'ok',NULL,'{"joints":[[-1.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,11.0,4.48340606448795284686e+01,914,4.34154957160353627276e-01,'rejected',NULL,2214,2596);
INSERT INTO "children" VALUES(71,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.572, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5355710505290011183,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.572,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.31316083297133356921e-01,'rejected',NULL,1850,2158);
INSERT INTO "children" VALUES(72,3,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3589188613496171691,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.0473594671487807872e+01,'rejected',NULL,1748,2234);
INSERT INTO "children" VALUES(73,3,'[48]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(0, wc, -2, 9, 10)
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
',-6300650254414787581,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(0, wc, -2, 9, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,378);
INSERT INTO "children" VALUES(74,3,'[62]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.2783)
    wc.add_muscle(j0, center, 2.0, 0.5)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6842174529119317559,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2783],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,4.36268815398216269763e-01,'rejected',NULL,2251,2745);
INSERT INTO "children" VALUES(75,3,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 9, 10)
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
',-4160538542700667726,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,34.2133739133395,913,8.86893165856599718921e-01,'rejected',NULL,1747,2168);
INSERT INTO "children" VALUES(76,3,'[46]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2872352175352828063,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.77088940143585071851e-01,'new',NULL,2024,2436);
INSERT INTO "children" VALUES(77,3,'[62]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4610907474826587885,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.57902850044865346052e+01,914,5.85217747092246942663e-01,'rejected',NULL,1942,2307);
INSERT INTO "children" VALUES(78,3,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
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
',-6363526885369731545,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,12.0,3.66733930789081057359e+01,913,1.93222236633300736841e-01,'rejected',NULL,1800,2142);
INSERT INTO "children" VALUES(79,3,'[54]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',6127309714432247427,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,341);
INSERT INTO "children" VALUES(80,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7563548399813305337,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[9.0,10.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.9247772138066480351e+01,901,4.96130687743425335956e-01,'rejected',NULL,1801,2179);
INSERT INTO "children" VALUES(81,3,'[37]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7497896675821750644,'exception','NameError: name ''center'' is not defined
  line 29, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,308);
INSERT INTO "children" VALUES(82,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6819492082369565997,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.4456232618999976581e+01,889,4.57885995507240350921e-02,'new',NULL,1851,2172);
INSERT INTO "children" VALUES(83,3,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.05539)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6075113139734472854,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,-0.05539],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,7.45380442142486643319e+00,'rejected',NULL,1695,2177);
INSERT INTO "children" VALUES(84,3,'[57]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4524119406964111378,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,3.73303156346082687377e-01,'improved',NULL,1967,2387);
INSERT INTO "children" VALUES(85,3,'[48]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3191076626667032590,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,6.47945195436477744399e-02,'new',NULL,1834,2177);
INSERT INTO "children" VALUES(86,3,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',7705890623140563940,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,0.502235597372055,'new',NULL,1643,1963);
INSERT INTO "children" VALUES(87,3,'[37]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 11, 8)
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
',6509866848061609581,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[11.0,8.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,37.7102366575584,625,0.48408282995224,'new',NULL,2044,2368);
INSERT INTO "children" VALUES(88,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.04618811383843435258e+00,'improved',NULL,1899,2301);
INSERT INTO "children" VALUES(89,3,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2533)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4300708354827913235,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2533],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,2.59810722768306723295e+00,'rejected',NULL,1768,2212);
INSERT INTO "children" VALUES(90,3,'[51]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.73346114903688425235e-01,'rejected',NULL,1889,2336);
INSERT INTO "children" VALUES(91,3,'[51]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3735368215950383527,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,2.74741920492983240356e+01,769,1.65992773240432134329e+00,'rejected',NULL,1812,2224);
INSERT INTO "children" VALUES(92,3,'[46]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-9221023062765473040,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.29741920492983240373e+01,901,8.68727325648069426122e-01,'rejected',NULL,1823,2224);
INSERT INTO "children" VALUES(93,3,'[54]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',-8108642531683362313,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,608);
INSERT INTO "children" VALUES(94,3,'[57]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',-5975731654084100106,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.26657464057162059143e+01,745,2.0607748739421366535e-01,'new',NULL,1862,2226);
INSERT INTO "children" VALUES(95,3,'[37]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,3.95369156450033232275e-01,'improved',NULL,2209,2771);
INSERT INTO "children" VALUES(96,3,'[46]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(3, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1877264990682017767,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.76412015707519529436e+01,901,7.25877842307090848095e-01,'rejected',NULL,1812,2406);
INSERT INTO "children" VALUES(97,4,'[86]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 9)
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
',-8702338211724459674,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,13.0,3.64262225456770423188e+01,781,1.27748723626136784226e+00,'new',NULL,1860,2150);
INSERT INTO "children" VALUES(98,4,'[48]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
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
',-6626330471122097639,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,337);
INSERT INTO "children" VALUES(99,4,'[76]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, -0.0004479)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6308201945260207276,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,-0.0004479],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.71683636307716391833e-01,'rejected',NULL,2024,2354);
INSERT INTO "children" VALUES(100,4,'[76]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2134109165224862014,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.5675754168014748302e+01,902,8.70620624721050173633e-01,'rejected',NULL,2309,2647);
INSERT INTO "children" VALUES(101,4,'[86]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',-8613116877340946108,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,1.61530774757266049057e+00,'new',NULL,1564,1887);
INSERT INTO "children" VALUES(102,4,'[94]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',-8818087799828682176,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.30480135441019200475e+01,745,1.73954904079437200348e-02,'rejected',NULL,1883,2208);
INSERT INTO "children" VALUES(103,4,'[86]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.04618811383843435258e+00,'rejected',NULL,1822,2184);
INSERT INTO "children" VALUES(104,4,'[54]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
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
',-663699658690366182,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'improved',NULL,1872,2239);
INSERT INTO "children" VALUES(105,4,'[54]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',3068915109065728545,'exception','NameError: name ''j2'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,339);
INSERT INTO "children" VALUES(106,4,'[82]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.73346114903688425235e-01,'rejected',NULL,1904,2258);
INSERT INTO "children" VALUES(107,4,'[48]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',558717265283298604,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.78412225842475874459e-01,'improved',NULL,1866,2283);
INSERT INTO "children" VALUES(108,4,'[48]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j1, j0)
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
',-7165294328883824057,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.73346114903688425235e-01,'rejected',NULL,1877,2258);
INSERT INTO "children" VALUES(109,4,'[86]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(10, -3, 0, wc, 10)
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
',-3031613401340749257,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(10, -3, 0, wc, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,352);
INSERT INTO "children" VALUES(110,4,'[54]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
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
',-663699658690366182,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'rejected',NULL,1870,2179);
INSERT INTO "children" VALUES(111,4,'[95]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.77484567463397935327e-01,'improved',NULL,2045,2356);
INSERT INTO "children" VALUES(112,4,'[94]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,3.95369156450033232275e-01,'rejected',NULL,2341,2792);
INSERT INTO "children" VALUES(113,4,'[84]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(x0, y0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2589993150322986148,'invalid_walker','joints 1 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,412);
INSERT INTO "children" VALUES(114,4,'[51]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
',6764662517096576364,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,389);
INSERT INTO "children" VALUES(115,4,'[82]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2545745762817379039,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.0707681328058233916e-01,'rejected',NULL,1823,2114);
INSERT INTO "children" VALUES(116,4,'[87]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 11, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5863883380559683804,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,319);
INSERT INTO "children" VALUES(117,4,'[87]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.04618811383843435258e+00,'rejected',NULL,1911,2169);
INSERT INTO "children" VALUES(118,4,'[48]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 9, 10)
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
',5677916753677393513,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[9.0,10.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.9247772138066480351e+01,901,4.28491231054067556183e-01,'rejected',NULL,1873,2233);
INSERT INTO "children" VALUES(119,4,'[84]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8890116459094721346,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.68790397793054602892e-01,'new',NULL,2299,2581);
INSERT INTO "children" VALUES(120,4,'[82]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-807522760898021393,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.79917665249327143319e+01,889,1.69889885932207107543e-01,'improved',NULL,2004,2347);
INSERT INTO "children" VALUES(121,4,'[94]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 2, 0, 7, 9)
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
',2123049160805358579,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,5.27075901627540588378e-02,'rejected',NULL,1825,2184);
INSERT INTO "children" VALUES(122,4,'[62]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',841117213325923815,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,323);
INSERT INTO "children" VALUES(123,4,'[85]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8154402353528928542,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.15649825005362885113e+01,1046,6.56400665640831104674e-02,'rejected',NULL,2067,2395);
INSERT INTO "children" VALUES(124,4,'[62]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 9.147, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4883989270482017677,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,7.23974562063813276147e-01,'rejected',NULL,2064,2335);
INSERT INTO "children" VALUES(125,4,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
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
',-3969509667235583491,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.38056460693478566525e+00,'improved',NULL,1829,2141);
INSERT INTO "children" VALUES(126,4,'[51]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6422891816561823165,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,10.0,3.60097259552310617887e+01,769,1.01208158910274494959e+01,'rejected',NULL,1754,2149);
INSERT INTO "children" VALUES(127,4,'[95]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',9129916999496503042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,4.1202833652496340111e-01,'improved',NULL,2228,2581);
INSERT INTO "children" VALUES(128,4,'[54]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',-3312020630433381535,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,342);
INSERT INTO "children" VALUES(129,5,'[119]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4838991498297290884,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,1.851170094683766143e-01,'improved',NULL,2379,2644);
INSERT INTO "children" VALUES(130,5,'[107]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6444993902935789517,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.65693875323197516982e+01,1045,3.7406861782073932976e-03,'rejected',NULL,1568,1972);
INSERT INTO "children" VALUES(131,5,'[120]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',465046846697451071,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.41973684579134,'improved',NULL,2063,2404);
INSERT INTO "children" VALUES(132,5,'[104]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3640883271568461140,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,1.6885780513286590132e+00,'rejected',NULL,1848,2121);
INSERT INTO "children" VALUES(133,5,'[51]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
',7517537079059589217,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,271);
INSERT INTO "children" VALUES(134,5,'[107]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4813545686384311044,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,4.94469600915908857885e-01,'improved',NULL,1803,2067);
INSERT INTO "children" VALUES(135,5,'[125]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
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
',-388261331365607165,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,291);
INSERT INTO "children" VALUES(136,5,'[119]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.37173810601234436035e+00,'improved',NULL,1880,2159);
INSERT INTO "children" VALUES(137,5,'[119]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1365293886786531527,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,9.0],[9.0,9.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,4.38622807511332055705e+01,902,0.119845961779356,'rejected',NULL,2009,2283);
INSERT INTO "children" VALUES(138,5,'[107]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, -0.03386)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3750677455717234410,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,-0.03386],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.70774357393383979797e-01,'rejected',NULL,1792,2131);
INSERT INTO "children" VALUES(139,5,'[88]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(6, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7396339805917936464,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[6.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.77022939288329581595e+01,901,7.62655656039714857641e-01,'rejected',NULL,1819,2258);
INSERT INTO "children" VALUES(140,5,'[101]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',735209401987688430,'exception','NameError: name ''j2'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,328);
INSERT INTO "children" VALUES(141,5,'[85]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 3)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5573927347336582719,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.67682248987984365844e+01,1045,1.18161737918853065876e-04,'rejected',NULL,1863,2219);
INSERT INTO "children" VALUES(142,5,'[101]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',1302252721763807414,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,0.31224946975708,'new',NULL,1751,2085);
INSERT INTO "children" VALUES(143,5,'[104]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(center, j2)
    return wc.get_walker()
',-606241377331788877,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'rejected',NULL,1909,2370);
INSERT INTO "children" VALUES(144,5,'[97]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.4395)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6479922876696351182,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4395],[2,4,0.0,0.0]]}',9.0,13.0,3.64262225456770423188e+01,781,6.74539920687675542687e-01,'rejected',NULL,1753,2097);
INSERT INTO "children" VALUES(145,5,'[107]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.238, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-625821534038748642,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.238,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.73667516559362411499e-01,'rejected',NULL,1829,2249);
INSERT INTO "children" VALUES(146,5,'[111]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.4365951046347618103e-01,'new',NULL,2141,2501);
INSERT INTO "children" VALUES(147,5,'[76]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',903958782821293447,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,9.0,3.71402202620820105489e+01,901,1.08897003233432765334e+00,'improved',NULL,1789,2200);
INSERT INTO "children" VALUES(148,5,'[101]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, -1, 10, 10)
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
',-843228198163222039,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,3.59858192205429094912e+00,'new',NULL,1583,2019);
INSERT INTO "children" VALUES(149,5,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 8, 10)
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
',8341613204008855754,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,8.0,3.01525719720718115017e+01,757,0.0294619370251894,'rejected',NULL,1761,2162);
INSERT INTO "children" VALUES(150,5,'[119]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4524119406964111378,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,3.73303156346082687377e-01,'rejected',NULL,2007,2495);
INSERT INTO "children" VALUES(151,5,'[101]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.146, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1308377522480889674,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,2.16689672172069558442e+00,'improved',NULL,1653,1950);
INSERT INTO "children" VALUES(152,5,'[88]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4421764952395631109,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.04618811383843435258e+00,'rejected',NULL,1865,2142);
INSERT INTO "children" VALUES(153,5,'[119]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(0.25, j1, 10.0, center)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6535619184404384783,'exception','TypeError: phase must be a number, got JointHandle
  line 32, in make_walker: wc.add_muscle(0.25, j1, 10.0, center)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,416);
INSERT INTO "children" VALUES(154,5,'[54]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.77484567463397935327e-01,'rejected',NULL,2059,2383);
INSERT INTO "children" VALUES(155,5,'[97]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 9)
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
',7208655561456501275,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,13.0,3.48473961474320077509e+01,637,3.18766437228769028422e+00,'new',NULL,1730,2116);
INSERT INTO "children" VALUES(156,5,'[85]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4310194493554751114,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,262);
INSERT INTO "children" VALUES(157,5,'[120]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3024753191358984388,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,314);
INSERT INTO "children" VALUES(158,5,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5936030038467822121,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.48158622086048108457e+00,'improved',NULL,1860,2273);
INSERT INTO "children" VALUES(159,5,'[86]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, 2.0, center, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3111100612369612640,'exception','TypeError: amplitude must be a number, got JointHandle
  line 31, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,283);
INSERT INTO "children" VALUES(160,5,'[120]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 9, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.77484567463397935327e-01,'rejected',NULL,2134,2492);
INSERT INTO "children" VALUES(161,6,'[136]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3085829154543152289,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.06320289969444270461e+00,'improved',NULL,1969,2296);
INSERT INTO "children" VALUES(162,6,'[136]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j1, j0)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8549325805909869756,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.37173810601234436035e+00,'rejected',NULL,1956,2278);
INSERT INTO "children" VALUES(163,6,'[147]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 6.548, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2515856843104341652,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,6.548,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,9.0,3.71402202620820105489e+01,901,1.13326009809970851271e+00,'improved',NULL,1808,2200);
INSERT INTO "children" VALUES(164,6,'[94]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(y0, x1)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',-8516070720827546246,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[0.0,7.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.18058013503564609427e+01,745,1.50075041130185127258e+00,'improved',NULL,2133,2401);
INSERT INTO "children" VALUES(165,6,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2737)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6987521389145667540,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2737],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.11850498318672197939e+00,'rejected',NULL,1829,2206);
INSERT INTO "children" VALUES(166,6,'[146]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5637814571921074784,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.4365951046347618103e-01,'rejected',NULL,2265,2643);
INSERT INTO "children" VALUES(167,6,'[146]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 8.823, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7790226875439810327,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,8.823,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.20480487775057587551e-01,'rejected',NULL,2326,2661);
INSERT INTO "children" VALUES(168,6,'[142]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.208)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8241057925215729898,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.208],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,2.68255567550659157483e-01,'rejected',NULL,1714,2067);
INSERT INTO "children" VALUES(169,6,'[142]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4569282218075651916,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,4.15405828498548146399e+01,1058,3.06954979896545410156e-01,'new',NULL,1941,2230);
INSERT INTO "children" VALUES(170,6,'[94]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 11)
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
',-2973053797045457384,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,11.0],[7.0,11.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,7.0,3.62955188076216899166e+01,889,1.18429800868034368344e-01,'rejected',NULL,1678,2001);
INSERT INTO "children" VALUES(171,6,'[151]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.146, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7628633564195934575,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,6.72697528600692695732e+00,'improved',NULL,1470,1703);
INSERT INTO "children" VALUES(172,6,'[148]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, -1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5644941043783996275,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.54511130949256170197e+01,1070,1.82456636428832963403e+00,'rejected',NULL,1624,1795);
INSERT INTO "children" VALUES(173,6,'[134]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2642643869171213024,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.12585769896620107016e+01,1058,1.02368538975715628325e+00,'improved',NULL,1629,1992);
INSERT INTO "children" VALUES(174,6,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3635205236364382490,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.03513711988925938278e+00,'new',NULL,1659,2035);
INSERT INTO "children" VALUES(175,6,'[131]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4535594105463155727,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.49034879005639453453e+01,889,3.10021126270294211657e-01,'rejected',NULL,1565,2071);
INSERT INTO "children" VALUES(176,6,'[97]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
',3410633748444226778,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.0518500417470932007e+01,'rejected',NULL,1447,1824);
INSERT INTO "children" VALUES(177,6,'[104]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j1, j0)
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
',1002449886781684820,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'rejected',NULL,1888,2245);
INSERT INTO "children" VALUES(178,6,'[54]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2138070671803818323,'exception','NameError: name ''center'' is not defined
  line 28, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,269);
INSERT INTO "children" VALUES(179,6,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 1.345, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3704087114874521561,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,1.345,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,4.88156801313161903266e+00,'rejected',NULL,1796,2120);
INSERT INTO "children" VALUES(180,6,'[104]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
    wc.add_muscle(j0, j1)
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
',6319738293744424805,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,12.0,4.16733930789081057338e+01,914,7.75868117809295210207e-02,'rejected',NULL,1865,2314);
INSERT INTO "children" VALUES(181,6,'[129]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.788, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5165787288558046814,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,1.788,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,1.7677588649094105877e-01,'rejected',NULL,2497,2862);
INSERT INTO "children" VALUES(182,6,'[85]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1597885723498631091,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[10.0,10.0],[10.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,10.0,3.9137859172975367982e+01,1057,2.41100788116177522368e-06,'rejected',NULL,1864,2236);
INSERT INTO "children" VALUES(183,6,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3216023201341110942,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.26412015707519529436e+01,769,3.2557432889938353604e+00,'rejected',NULL,1768,2232);
INSERT INTO "children" VALUES(184,6,'[94]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',7573987221668405985,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,425);
INSERT INTO "children" VALUES(185,6,'[129]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.4365951046347618103e-01,'rejected',NULL,2278,2635);
INSERT INTO "children" VALUES(186,6,'[148]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, -1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.437)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4949547279364166122,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.437],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,3.01336308121681195615e+00,'rejected',NULL,1491,1820);
INSERT INTO "children" VALUES(187,6,'[76]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',7705890623140563940,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,0.502235597372055,'rejected',NULL,1494,1896);
INSERT INTO "children" VALUES(188,6,'[129]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.069, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2280993293879522754,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,4.04664641618728671002e-01,'rejected',NULL,2098,2424);
INSERT INTO "children" VALUES(189,6,'[51]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',-5975731654084100106,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.26657464057162059143e+01,745,2.0607748739421366535e-01,'rejected',NULL,1614,1939);
INSERT INTO "children" VALUES(190,6,'[94]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',8896012075041570748,'ok',NULL,'{"joints":[[0.0,0.0],[9.0,0.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.37755186343626405691e+01,757,2.8292927443981169544e-01,'rejected',NULL,1688,2016);
INSERT INTO "children" VALUES(191,6,'[142]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 9.432, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3194831725070434606,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,9.432,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,1.79176515340805031506e-01,'rejected',NULL,1530,1827);
INSERT INTO "children" VALUES(192,6,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 3, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2742221899148738229,'ok',NULL,'{"joints":[[-1.0,3.0],[-1.0,10.0],[10.0,10.0],[10.0,3.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,11.0,3.07955188076216970207e+01,625,2.15811164677143096923e+00,'rejected',NULL,1645,1923);
INSERT INTO "children" VALUES(193,7,'[151]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.146, 0.6335)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1849555108646530049,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.6335],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,2.79171189069747960331e+00,'improved',NULL,1454,1690);
INSERT INTO "children" VALUES(194,7,'[127]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7595422920278572353,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.30680479194944609844e+01,613,4.44902658462524414062e-01,'improved',NULL,1987,2247);
INSERT INTO "children" VALUES(195,7,'[127]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
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
',-663699658690366182,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'rejected',NULL,1624,1872);
INSERT INTO "children" VALUES(196,7,'[131]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-470073246110564127,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,1.27739999294281014741e+00,'new',NULL,2028,2303);
INSERT INTO "children" VALUES(197,7,'[104]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.4365951046347618103e-01,'rejected',NULL,2127,2364);
INSERT INTO "children" VALUES(198,7,'[104]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
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
',3410633748444226778,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.0518500417470932007e+01,'rejected',NULL,1763,2200);
INSERT INTO "children" VALUES(199,7,'[155]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 2, 10, 9)
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
',6372355304621041333,'ok',NULL,'{"joints":[[-3.0,2.0],[-3.0,9.0],[10.0,9.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,13.0,3.33611758937974229861e+01,637,6.46036129752174,'improved',NULL,1770,2230);
INSERT INTO "children" VALUES(200,7,'[161]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.37173810601234436035e+00,'rejected',NULL,1916,2421);
INSERT INTO "children" VALUES(201,7,'[158]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.37173810601234436035e+00,'rejected',NULL,1863,2315);
INSERT INTO "children" VALUES(202,7,'[173]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-752845557702752200,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,3.77230430837292729506e+01,1057,1.26524978503584850653e-01,'rejected',NULL,1817,2334);
INSERT INTO "children" VALUES(203,7,'[163]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 6.548, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',144146582985894873,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,382);
INSERT INTO "children" VALUES(204,7,'[161]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.811, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5982027902879263592,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.811,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.28833552002906803757e+00,'improved',NULL,1892,2300);
INSERT INTO "children" VALUES(205,7,'[148]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(10, -3, -1, 10, wc)
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
',6588955647070644841,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(10, -3, -1, 10, wc)
  line 13, in make_square: j0 = wc.add_joint(y0, x0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,282);
INSERT INTO "children" VALUES(206,7,'[164]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(y0, x1)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 9)
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
',2076166628370761577,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[0.0,7.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.54458562949967159738e+01,745,1.39849481694400301634e+00,'rejected',NULL,2237,2542);
INSERT INTO "children" VALUES(207,7,'[131]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.3152)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4378284111730824547,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.3152],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.33670392036437979399e+00,'rejected',NULL,2105,2537);
INSERT INTO "children" VALUES(208,7,'[54]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
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
',-8108642531683362313,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,500);
INSERT INTO "children" VALUES(209,7,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.1464)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2459307002539646412,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,-0.1464],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,6.06912221610546165351e+00,'rejected',NULL,1660,1980);
INSERT INTO "children" VALUES(210,7,'[131]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3635205236364382490,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.03513711988925938278e+00,'rejected',NULL,1869,2170);
INSERT INTO "children" VALUES(211,7,'[76]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.522, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',9192483383615872428,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.522,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.66979433596134163586e-01,'rejected',NULL,1826,2128);
INSERT INTO "children" VALUES(212,7,'[171]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.146, 0.5443)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6211958736072591181,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5443],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,4.46388403102755493279e+00,'rejected',NULL,1525,1800);
INSERT INTO "children" VALUES(213,7,'[76]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.659, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8091241938928968902,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.659,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.65921233594417527612e-01,'rejected',NULL,1790,2140);
INSERT INTO "children" VALUES(214,7,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 6)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3659474165922850836,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,3.21142267883608241159e+01,625,1.35993935465812687546e+00,'rejected',NULL,1558,1925);
INSERT INTO "children" VALUES(215,7,'[174]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j2)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8690787166212475761,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.03513711988925938278e+00,'rejected',NULL,1684,1929);
INSERT INTO "children" VALUES(216,7,'[148]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, -1, 10, 10)
    wc.add_muscle(j1, j0)
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
',1744776148139790356,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,3.59858192205429094912e+00,'rejected',NULL,1436,1672);
INSERT INTO "children" VALUES(217,7,'[136]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-278299540976918326,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.25655231493953536405e+01,757,8.83676025271415754858e-01,'rejected',NULL,1431,1695);
INSERT INTO "children" VALUES(218,7,'[104]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j0)
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
',8266176843980177711,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,7.02444547116756368154e+00,'rejected',NULL,1606,1868);
INSERT INTO "children" VALUES(219,7,'[148]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(-1, -3, wc, 10, 10)
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
',-4161222244115019967,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(-1, -3, wc, 10, 10)
  line 13, in make_square: j0 = wc.add_joint(y0, x0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,263);
INSERT INTO "children" VALUES(220,7,'[54]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5133)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5344653247562835104,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5133],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,7.56700582941994071006e+00,'rejected',NULL,1458,1767);
INSERT INTO "children" VALUES(221,7,'[146]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 6.164, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4004292608710401227,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,6.164,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.52342413365840856354e-01,'improved',NULL,2142,2594);
INSERT INTO "children" VALUES(222,7,'[158]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j1)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3789554813208840852,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.48158622086048108457e+00,'rejected',NULL,1583,1927);
INSERT INTO "children" VALUES(223,7,'[142]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 10)
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
',-4048517124175815828,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,362);
INSERT INTO "children" VALUES(224,7,'[136]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1934068924293392080,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.67298130145883590098e+01,757,1.86107604205608456737e-01,'rejected',NULL,1716,2006);
INSERT INTO "children" VALUES(225,8,'[131]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.689, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4911025890262704426,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.689,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.40400763750076285063e+00,'rejected',NULL,2122,2709);
INSERT INTO "children" VALUES(226,8,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 8)
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
',3985865181275711488,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,8.0],[10.0,8.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,10.0,2.92340761322781474964e+01,625,1.61929250359535203962e+00,'rejected',NULL,1881,2342);
INSERT INTO "children" VALUES(227,8,'[171]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-470073246110564127,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,1.27739999294281014741e+00,'rejected',NULL,2308,2698);
INSERT INTO "children" VALUES(228,8,'[221]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 6.164, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1095527344729068458,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,6.164,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,35.5566775181746,769,8.10815244913101404455e-03,'rejected',NULL,1915,2388);
INSERT INTO "children" VALUES(229,8,'[54]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1485318350522297991,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.14761926498188024945e+01,913,9.53674316427066681711e-08,'rejected',NULL,1851,2285);
INSERT INTO "children" VALUES(230,8,'[174]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',851296273490345538,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,412);
INSERT INTO "children" VALUES(231,8,'[194]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 8)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2054055460235484392,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[8.0,8.0],[8.0,0.0],[5.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,8.0,3.14032820917603281438e+01,613,4.02292737364769,'improved',NULL,2019,2404);
INSERT INTO "children" VALUES(232,8,'[173]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 6)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4064169619224249244,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.13010868844508962629e+01,1058,8.48313117027282626025e-01,'rejected',NULL,1857,2269);
INSERT INTO "children" VALUES(233,8,'[158]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8755306322205273016,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,327);
INSERT INTO "children" VALUES(234,8,'[174]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7424293057902090245,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.69820400090351739672e+01,481,1.44667915850877770722e+00,'improved',NULL,1642,1973);
INSERT INTO "children" VALUES(235,8,'[193]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7163489069545980899,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.41973684579134,'rejected',NULL,2046,2441);
INSERT INTO "children" VALUES(236,8,'[51]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.08084)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4326785731306345903,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.08084],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,9.78174868822097742793e+00,'rejected',NULL,1622,2012);
INSERT INTO "children" VALUES(237,8,'[173]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(3, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8504012923076411651,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.11550963772974114345e+01,1058,4.3710763156414045305e-01,'rejected',NULL,2106,2587);
INSERT INTO "children" VALUES(238,8,'[163]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 6.548, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8553118532113953105,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,6.548,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,9.0,4.21402202620820105511e+01,902,3.9315556883811952904e-01,'rejected',NULL,2024,2404);
INSERT INTO "children" VALUES(239,8,'[148]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, -1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 7.323, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2425218258666464104,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,7.323,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,2.87360627651214572964e+00,'rejected',NULL,1598,2006);
INSERT INTO "children" VALUES(240,8,'[136]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
    wc.add_muscle(j1, j0)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8549325805909869756,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.37173810601234436035e+00,'rejected',NULL,1927,2433);
INSERT INTO "children" VALUES(241,8,'[221]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 10, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 6.164, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(2.0, center, j0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4479757698326886367,'exception','TypeError: amplitude must be a number, got JointHandle
  line 33, in make_walker: wc.add_muscle(2.0, center, j0, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,355);
INSERT INTO "children" VALUES(242,8,'[97]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 8)
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
',994565161946011393,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,8.0],[10.0,8.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,13.0,3.49400022920424504482e+01,637,9.0594011943787329244e+00,'improved',NULL,1762,2091);
INSERT INTO "children" VALUES(243,8,'[85]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5053458651634359399,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,6.47945195436477744399e-02,'rejected',NULL,1938,2377);
INSERT INTO "children" VALUES(244,8,'[173]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7551106244349358541,'ok',NULL,'{"joints":[[-2.0,-1.0],[-1.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.27929490766527322867e+01,1058,8.64489737898111232361e-01,'rejected',NULL,1853,2362);
INSERT INTO "children" VALUES(245,8,'[199]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 2, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-612012381145094910,'ok',NULL,'{"joints":[[-3.0,2.0],[-3.0,9.0],[10.0,9.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,13.0,3.62766518412200724688e+01,637,8.65508416667580604553e+00,'rejected',NULL,1972,2468);
INSERT INTO "children" VALUES(246,8,'[104]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.3235)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8489865603946311257,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.3235],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,1.19842321276664733888e+01,'improved',NULL,1922,2316);
INSERT INTO "children" VALUES(247,8,'[136]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 1, 0, 9, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',978132707911883895,'ok',NULL,'{"joints":[[1.0,0.0],[1.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,8.0,3.48584163682088075128e+01,757,1.72227055132389073044e+00,'improved',NULL,1741,2081);
INSERT INTO "children" VALUES(248,8,'[174]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(center, j2)
    return wc.get_walker()
',-8977100686587917001,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.03513711988925938278e+00,'rejected',NULL,1931,2347);
INSERT INTO "children" VALUES(249,8,'[142]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
    """Four joints at the corners of a rectangle."""
    j0 = wc.add_joint(y0, x0)
    j1 = wc.add_joint(y1, x0)
    j2 = wc.add_joint(x1, y1)
    j3 = wc.add_joint(x1, y0)
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 11)
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
',-8527799300199794647,'ok',NULL,'{"joints":[[0.0,-3.0],[11.0,-3.0],[10.0,11.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',14.0,11.0,4.01754837337234675925e+01,1202,1.90052562952041648181e-01,'new',NULL,1759,2068);
INSERT INTO "children" VALUES(250,8,'[196]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 0.5, 1.637)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7158301045637972139,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,0.5,1.637],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,1.28991519545670607627e+00,'improved',NULL,2230,2521);
INSERT INTO "children" VALUES(251,8,'[85]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4832897060145870185,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,305);
INSERT INTO "children" VALUES(252,8,'[104]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 8, 10)
    wc.add_muscle(j0, j1)
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
',3875895797648136361,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.81412015707519529428e+01,901,3.56148067116737410131e-01,'rejected',NULL,2052,2439);
INSERT INTO "children" VALUES(253,8,'[194]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 8)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(4, 5)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7991949762604939339,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[4.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.26525719720718115017e+01,613,2.91478017345070838928e+00,'rejected',NULL,2066,2468);
INSERT INTO "children" VALUES(254,8,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 2, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 4.725, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8498418460284723010,'ok',NULL,'{"joints":[[2.0,-2.0],[2.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,7.0,37.9560534932203,1033,1.14790406823158275262e-01,'new',NULL,1795,2169);
INSERT INTO "children" VALUES(255,8,'[196]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 7, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(9, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4468208910402081949,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[9.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,47.9764250891085,902,4.73604866489768072668e-01,'rejected',NULL,2178,2633);
CREATE TABLE elites (
    cell     INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    fitness  REAL    NOT NULL
);
INSERT INTO "elites" VALUES(481,234,1.44667915850877770722e+00);
INSERT INTO "elites" VALUES(613,231,4.02292737364769);
INSERT INTO "elites" VALUES(625,158,5.48158622086048108457e+00);
INSERT INTO "elites" VALUES(637,242,9.0594011943787329244e+00);
INSERT INTO "elites" VALUES(745,164,1.50075041130185127258e+00);
INSERT INTO "elites" VALUES(757,247,1.72227055132389073044e+00);
INSERT INTO "elites" VALUES(758,204,1.28833552002906803757e+00);
INSERT INTO "elites" VALUES(769,51,1.0518500417470932007e+01);
INSERT INTO "elites" VALUES(770,221,4.52342413365840856354e-01);
INSERT INTO "elites" VALUES(781,97,1.27748723626136784226e+00);
INSERT INTO "elites" VALUES(889,131,1.41973684579134);
INSERT INTO "elites" VALUES(890,250,1.28991519545670607627e+00);
INSERT INTO "elites" VALUES(901,163,1.13326009809970851271e+00);
INSERT INTO "elites" VALUES(902,76,8.77088940143585071851e-01);
INSERT INTO "elites" VALUES(913,54,7.57179480344057065366e+00);
INSERT INTO "elites" VALUES(914,246,1.19842321276664733888e+01);
INSERT INTO "elites" VALUES(925,171,6.72697528600692695732e+00);
INSERT INTO "elites" VALUES(1033,254,1.14790406823158275262e-01);
INSERT INTO "elites" VALUES(1045,85,6.47945195436477744399e-02);
INSERT INTO "elites" VALUES(1046,134,4.94469600915908857885e-01);
INSERT INTO "elites" VALUES(1057,142,0.31224946975708);
INSERT INTO "elites" VALUES(1058,173,1.02368538975715628325e+00);
INSERT INTO "elites" VALUES(1069,193,2.79171189069747960331e+00);
INSERT INTO "elites" VALUES(1070,148,3.59858192205429094912e+00);
INSERT INTO "elites" VALUES(1202,249,1.90052562952041648181e-01);
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
INSERT INTO "metrics" VALUES(2,65,7,4.05092592592592570105e-03,2.05584204606711900002e+01,1.18972340628884197533e-02,1.0518500417470932007e+01,2.936917208667312984e+00,1.0,7.6923076923076927347e-01,'{"total":{"statuses":{"ok":50,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":33,"improved":10,"new":7}},"operators":{"gp":{"statuses":{"ok":49,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":33,"improved":10,"new":6}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.630700977);
INSERT INTO "metrics" VALUES(3,97,13,7.52314814814814773052e-03,2.30382216107100319386e+01,1.33323041728646025233e-02,1.0518500417470932007e+01,1.77217089313154096963e+00,1.0,7.93814432989690677011e-01,'{"total":{"statuses":{"ok":77,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":50,"improved":14,"new":13}},"operators":{"gp":{"statuses":{"ok":76,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":50,"improved":14,"new":12}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.963889646);
INSERT INTO "metrics" VALUES(4,129,16,9.25925925925925874526e-03,3.75910903546959218601e+01,2.17541032145231044703e-02,1.0518500417470932007e+01,2.34944314716849511626e+00,1.0,7.82945736434108474632e-01,'{"total":{"statuses":{"ok":101,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":65,"improved":20,"new":16}},"operators":{"gp":{"statuses":{"ok":100,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":65,"improved":20,"new":15}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.160764415);
INSERT INTO "metrics" VALUES(5,161,20,1.15740740740740734315e-02,4.8205122620984916181e+01,2.78964829982551593134e-02,1.0518500417470932007e+01,2.41025613104924563145e+00,1.0,0.782608695652174,'{"total":{"statuses":{"ok":126,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":20,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":79,"improved":27,"new":20}},"operators":{"gp":{"statuses":{"ok":125,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":20,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":79,"improved":27,"new":19}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.345332728);
INSERT INTO "metrics" VALUES(6,193,22,1.27314814814814807747e-02,5.87057336991652860529e+01,3.39732255203502794826e-02,1.0518500417470932007e+01,2.66844244087114956798e+00,1.0,8.08290155440414492815e-01,'{"total":{"statuses":{"ok":156,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":16,"unstable":0},"inserts":{"rejected":102,"improved":32,"new":22}},"operators":{"gp":{"statuses":{"ok":155,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":16,"unstable":0},"inserts":{"rejected":102,"improved":32,"new":21}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.631216501);
INSERT INTO "metrics" VALUES(7,225,23,1.33101851851851853136e-02,6.41473356314934761712e+01,3.71223007126698367752e-02,1.0518500417470932007e+01,2.78901459267362961114e+00,1.0,8.13333333333333352577e-01,'{"total":{"statuses":{"ok":183,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":24,"timeout":0,"memory_error":0,"invalid_walker":18,"unstable":0},"inserts":{"rejected":123,"improved":37,"new":23}},"operators":{"gp":{"statuses":{"ok":182,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":24,"timeout":0,"memory_error":0,"invalid_walker":18,"unstable":0},"inserts":{"rejected":123,"improved":37,"new":22}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.938619742);
INSERT INTO "metrics" VALUES(8,256,25,1.44675925925925926568e-02,76.3636195562547,4.41919094654251790044e-02,1.19842321276664733888e+01,3.05454478225018810633e+00,1.0,0.8203125,'{"total":{"statuses":{"ok":210,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":26,"timeout":0,"memory_error":0,"invalid_walker":20,"unstable":0},"inserts":{"rejected":142,"improved":43,"new":25}},"operators":{"gp":{"statuses":{"ok":209,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":26,"timeout":0,"memory_error":0,"invalid_walker":20,"unstable":0},"inserts":{"rejected":142,"improved":43,"new":24}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.311687951);
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
','{"bins":[12,12,12],"height":[0.0,20.0],"width":[0.0,30.0],"mass":[0.0,240.0]}',1,'{"seed":[234,216,29,114,93,38,16,78,137,156,59,248,66,206,120,46,186,211,3,218,153,151,210,194,18,2,86,172,115,102,251,27],"stream":0,"word_pos":1020}','complete','2026-11-28T00:06:33Z','2026-11-28T00:06:35Z',8,256);
CREATE INDEX children_generation ON children (generation);
CREATE INDEX children_cell ON children (cell);
CREATE INDEX children_status ON children (status);
COMMIT;
PRAGMA user_version = 1;
