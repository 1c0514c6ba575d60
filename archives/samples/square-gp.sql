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
',6319767717104851811,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,7.51659771800041176526e-01,'new',NULL,20940,20880);
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
',3121565178944789948,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.001,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,7.51466262340545698705e-01,'rejected',NULL,40946,21135);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,447);
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
',8509730451665001171,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2768],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,7.78287109732627824243e-01,'improved',NULL,37964,19769);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,482);
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
',-4839225154859519833,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,424);
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
',9106493490245310616,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.383,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,1.03056119382381439208e+00,'improved',NULL,40249,20613);
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
  line 32, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,414);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,360);
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
',-3893821608750379742,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,347);
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
',-1058312181510351803,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.383,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,8.55397957563400201941e-01,'rejected',NULL,38580,19860);
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
',-944734701536683962,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,7.51659771800041176526e-01,'rejected',NULL,38716,20234);
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
',-3471951534866335466,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.338,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,0.837548965215683,'rejected',NULL,43110,20261);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,323);
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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.82484330236911729272e-01,'new',NULL,40133,20474);
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
',2464616384035029414,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,8.7718177735805513695e-01,'rejected',NULL,46380,20060);
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
',5573863924877730175,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,4.32213546335697196276e-01,'new',NULL,38819,19499);
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
',-6295097638596677107,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,1.16784186959266667038e+00,'improved',NULL,34890,20408);
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
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.25182874500751506463e-01,'rejected',NULL,37112,20383);
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
',7233723251720156664,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,392);
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
',5082039352925855693,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,6.43311247229576110839e-01,'rejected',NULL,43568,21041);
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
',5133985343117382490,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,384);
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
',6586063027585270275,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[11.0,10.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.08813174877721294828e+01,914,9.43450844287872181226e-01,'rejected',NULL,39935,19408);
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
',-6614446500767567435,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.834,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,9.48038178682327314916e-01,'rejected',NULL,41873,20211);
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
',-3831492552871230953,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,7.51659771800041176526e-01,'rejected',NULL,39431,19745);
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
',8258948206819736428,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.56066017177982132571e+01,913,4.03306540250778233769e+00,'improved',NULL,39493,19894);
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
',665569661657085251,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.3401],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,9.41432237625122181334e-01,'rejected',NULL,42453,19268);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,357);
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
',2942016270487700998,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,4.2790766321122647442e-01,'rejected',NULL,40054,20376);
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
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.25182874500751506463e-01,'rejected',NULL,41925,20300);
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
',-6029981598041358690,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,7.70047404617071218346e-01,'rejected',NULL,35218,19598);
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
',6190627826303183577,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.806,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,9.65937978029251076428e-01,'rejected',NULL,39516,19673);
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
',-574227226982109541,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,6.632,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.96597220003604955529e-01,'rejected',NULL,18300,18352);
INSERT INTO "children" VALUES(33,2,'[17]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j0, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5609864223855230670,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,0,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,1.16784186959266667038e+00,'rejected',NULL,39900,19725);
INSERT INTO "children" VALUES(34,2,'[17]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-722430565769565257,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,453);
INSERT INTO "children" VALUES(35,2,'[17]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5171)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7883780239581655387,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5171],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,1.14678026139736166655e+00,'rejected',NULL,40290,21134);
INSERT INTO "children" VALUES(36,2,'[25]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4986313168648883670,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(0, wc, 0, 10, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,391);
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
',-8784454789432600258,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.41525719720718115004e+01,613,4.47421389818191517218e-01,'new',NULL,36207,19274);
INSERT INTO "children" VALUES(38,2,'[17]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-8605296031759074504,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,498);
INSERT INTO "children" VALUES(39,2,'[17]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',4210964057806136212,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,1.16784186959266667038e+00,'rejected',NULL,43292,20885);
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
',-6004707248244184751,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.499,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,0.480461797118187,'rejected',NULL,43305,20461);
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
',7716236782416675636,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,6.4331101775169374779e-01,'rejected',NULL,40461,20799);
INSERT INTO "children" VALUES(42,2,'[17]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.345, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7727722251559235095,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.345,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,8.29683768749237104955e-01,'rejected',NULL,41351,21702);
INSERT INTO "children" VALUES(43,2,'[17]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',7052571696457259889,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.91421356237309510123e+01,914,1.02848420143127428083e+00,'rejected',NULL,41211,21613);
INSERT INTO "children" VALUES(44,2,'[25]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
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
',-5439717751611385778,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.23664858007780367179e+01,901,3.98584413155913352966e+00,'improved',NULL,33263,17684);
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
',6846022482107996914,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.39386581433655862847e+01,901,7.34939873218536446342e-03,'rejected',NULL,32474,16666);
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
',2545745762817379039,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.77127651870250690802e-01,'rejected',NULL,36776,18364);
INSERT INTO "children" VALUES(47,2,'[25]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.82484330236911729272e-01,'rejected',NULL,24134,11651);
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.20675605535507191046e-01,'new',NULL,22804,11452);
INSERT INTO "children" VALUES(49,2,'[25]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.495, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8715546843370162277,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.495,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.56066017177982132571e+01,913,4.46630235910415684941e+00,'improved',NULL,36697,19099);
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
',4768754362608035596,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4697],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,5.04609773308038800365e-01,'rejected',NULL,40913,21045);
INSERT INTO "children" VALUES(51,2,'[25]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3095452815698573516,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,10.0,34.2726299305819,769,3.12835463881492614746e+00,'new',NULL,41229,21653);
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
',-456566839683598004,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2322],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.75962741672992739605e-01,'rejected',NULL,41429,22021);
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
',5331107164708297919,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5199],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,0.476839105784893,'rejected',NULL,41082,20641);
INSERT INTO "children" VALUES(54,2,'[25]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2122204807698858586,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,11.0,36.9761926498188,913,7.39153374843299459939e+00,'improved',NULL,43485,21510);
INSERT INTO "children" VALUES(55,2,'[25]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.82484330236911729272e-01,'rejected',NULL,46725,21309);
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
',5954940931565721292,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,4.82484330236911729272e-01,'rejected',NULL,38471,20349);
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
',-5125613746965451042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,6.91727842390537306371e-01,'new',NULL,32981,18190);
INSERT INTO "children" VALUES(58,2,'[17]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-722430565769565257,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,429);
INSERT INTO "children" VALUES(59,2,'[25]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5612906281354808834,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.56066017177982132571e+01,913,4.03306540250778233769e+00,'rejected',NULL,39173,18528);
INSERT INTO "children" VALUES(60,2,'[17]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8493025482953684732,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',10.0,10.0,4.76776695296636887633e+01,914,1.27483548820018777192e+00,'improved',NULL,38820,19263);
INSERT INTO "children" VALUES(61,2,'[25]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2118252049232900194,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,465);
INSERT INTO "children" VALUES(62,2,'[17]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2598654375071922688,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.76776695296636887633e+01,914,1.00781320631504067719e+00,'rejected',NULL,25305,13666);
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
',2571455646528047002,'ok',NULL,'{"joints":[[0.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.79991298598587690094e+01,913,1.21108158715069302857e+00,'rejected',NULL,18534,10870);
INSERT INTO "children" VALUES(64,2,'[17]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',8437162095489319453,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,5.7779033482074748651e-02,'rejected',NULL,11117,11353);
INSERT INTO "children" VALUES(65,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 1, 0, 8, 10)
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
',6609516376172392718,'ok',NULL,'{"joints":[[1.0,0.0],[1.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,7.0,3.10325140135617232321e+01,889,7.15203775465488411633e-01,'new',NULL,22356,11366);
INSERT INTO "children" VALUES(66,3,'[60]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, -0.1375)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4359131324467425456,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.1375],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',10.0,10.0,4.76776695296636887633e+01,914,0.830274636298418,'rejected',NULL,28555,14498);
INSERT INTO "children" VALUES(67,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(4, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4281166780221168286,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[4.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.26046863561492727967e+01,901,1.53721781671047219575e+00,'rejected',NULL,23366,11660);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,338);
INSERT INTO "children" VALUES(69,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.114)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7515438689350915984,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.114],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.23664858007780367179e+01,901,1.34362574517726907075e+00,'rejected',NULL,23655,11887);
INSERT INTO "children" VALUES(70,3,'[60]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',8180635510913787234,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',10.0,10.0,4.76776695296636887633e+01,914,1.27483548820018777192e+00,'rejected',NULL,19881,12234);
INSERT INTO "children" VALUES(71,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.572, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2965509730874609620,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.572,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.23664858007780367179e+01,901,3.81354496292769917786e+00,'rejected',NULL,22620,12640);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',50924925343540168,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0]]}',9.0,10.0,34.2726299305819,769,4.13930636700242793324e+00,'improved',NULL,21702,11199);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,280);
INSERT INTO "children" VALUES(74,3,'[60]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.2783)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4940109841984264840,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2783],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',10.0,10.0,4.76776695296636887633e+01,914,1.25053122043609632463e+00,'rejected',NULL,25808,11775);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5642080135907511625,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.53082490753861719676e+01,913,7.96296623200178110835e+00,'improved',NULL,19597,11104);
INSERT INTO "children" VALUES(76,3,'[44]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
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
',722666741288751508,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.52819617482006862027e+01,901,3.53172289133071926059e+00,'rejected',NULL,23851,12245);
INSERT INTO "children" VALUES(77,3,'[60]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1894126021467487062,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',10.0,10.0,4.73487531093105786786e+01,914,6.02047143876552559582e-01,'rejected',NULL,20172,13079);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4805963204730396234,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,3.83722304453867906204e+01,913,1.1679908570647240751e+01,'improved',NULL,18678,12882);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-823943388945550116,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,298);
INSERT INTO "children" VALUES(80,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -1, 8, 10)
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
',-3768999309799850057,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[8.0,10.0],[8.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',11.0,8.0,3.38051118196050737196e+01,901,1.21234904453158387482e+00,'rejected',NULL,33087,15745);
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
  line 29, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,291);
INSERT INTO "children" VALUES(82,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
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
',7600650499463294649,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.96345534195255240206e+01,889,2.42734056711196899414e+00,'improved',NULL,21501,11932);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.05539)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5460256934347116033,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.05539],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,10.0,34.2726299305819,769,1.70488779246807098388e+00,'rejected',NULL,25091,11465);
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
',4524119406964111378,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,6.47755740582942940442e-01,'rejected',NULL,26233,11873);
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
',-3191076626667032590,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,1.59800469875335665603e-02,'new',NULL,17552,10944);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4059660963477357431,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,13.0,3.97880583778937761962e+01,925,3.13849923014640808105e+00,'new',NULL,17330,10936);
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
',6509866848061609581,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[11.0,8.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,37.7102366575584,625,7.02116096019744895251e-01,'new',NULL,22441,12428);
INSERT INTO "children" VALUES(88,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4419830952517933763,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.27592268042030099195e+01,901,4.10540876835584622739e+00,'improved',NULL,14712,10895);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2533)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8623617302863661476,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2533],[2,4,0.0,0.0]]}',10.0,11.0,36.9761926498188,913,7.54180216044187634594e+00,'rejected',NULL,19779,10962);
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.20675605535507191046e-01,'rejected',NULL,18845,11140);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3213307315566444937,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,10.0,29.2726299305819,769,3.70056509971618541321e-02,'rejected',NULL,17610,9922);
INSERT INTO "children" VALUES(92,3,'[44]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4267852233573570916,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,2.83664858007780367188e+01,901,4.34395002424716913935e+00,'improved',NULL,21606,10907);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3979577687564168733,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,322);
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
',-5975731654084100106,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.26657464057162059143e+01,745,2.76242778077721573559e-01,'new',NULL,18414,12159);
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
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,5.13915874063968658447e-01,'improved',NULL,25500,12788);
INSERT INTO "children" VALUES(96,3,'[44]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(3, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1843704736550290318,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,3.29865437592881249884e+01,901,8.40442907810211137231e-01,'rejected',NULL,21521,19801);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6596881495013746631,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.82092319796487416283e+01,781,9.19387976527214,'new',NULL,44358,21022);
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
',-6626330471122097639,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,331);
INSERT INTO "children" VALUES(99,4,'[92]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2499)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3567737826823715976,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2499],[2,4,0.0,0.0]]}',10.0,8.0,2.83664858007780367188e+01,901,4.339317566156387862e+00,'rejected',NULL,22231,10700);
INSERT INTO "children" VALUES(100,4,'[78]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4500992121782165999,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,1.15232592225074768064e+01,'improved',NULL,20390,12291);
INSERT INTO "children" VALUES(101,4,'[85]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1165710210145586218,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,3.77230430837292729506e+01,1057,8.90782698988914489746e-02,'new',NULL,17135,10081);
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
',-8818087799828682176,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.30480135441019200475e+01,745,3.26792769948951900005e-01,'improved',NULL,18960,11887);
INSERT INTO "children" VALUES(103,4,'[85]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
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
',7600650499463294649,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.96345534195255240206e+01,889,2.42734056711196899414e+00,'rejected',NULL,23271,11917);
INSERT INTO "children" VALUES(104,4,'[78]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',817462949074447777,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,9.85369403362274276503e+00,'rejected',NULL,14686,14897);
INSERT INTO "children" VALUES(105,4,'[78]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
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
',-2617912284385737490,'exception','NameError: name ''j2'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,398);
INSERT INTO "children" VALUES(106,4,'[72]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.20675605535507191046e-01,'rejected',NULL,19253,19597);
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
',558717265283298604,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.2048788368701932594e-01,'rejected',NULL,20053,20452);
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
',-7165294328883824057,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.20675605535507191046e-01,'rejected',NULL,19785,20308);
INSERT INTO "children" VALUES(109,4,'[85]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(9, 0, -2, wc, 10)
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
',-3019378159680007631,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(9, 0, -2, wc, 10)
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,473);
INSERT INTO "children" VALUES(110,4,'[78]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',817462949074447777,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,9.85369403362274276503e+00,'rejected',NULL,21609,21643);
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
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.036388881504535453e-01,'rejected',NULL,21762,22143);
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
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,5.13915874063968658447e-01,'rejected',NULL,20327,20968);
INSERT INTO "children" VALUES(113,4,'[57]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6906859884481608362,'invalid_walker','joints 1 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,505);
INSERT INTO "children" VALUES(114,4,'[72]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2626076619610769430,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,545);
INSERT INTO "children" VALUES(115,4,'[72]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 12, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5035745917758614972,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[12.0,10.0],[12.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0]]}',9.0,12.0,3.78678254136033274343e+01,769,1.29959676563739789934e+00,'rejected',NULL,28372,16543);
INSERT INTO "children" VALUES(116,4,'[95]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5341149493640786574,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,368);
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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
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
',7600650499463294649,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.96345534195255240206e+01,889,2.42734056711196899414e+00,'rejected',NULL,25590,12256);
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
',5677916753677393513,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[9.0,10.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.9247772138066480351e+01,901,3.22960288822650931628e-01,'rejected',NULL,21950,11809);
INSERT INTO "children" VALUES(119,4,'[57]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5555922767216419805,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.47939889505505545175e-01,'new',NULL,23940,12227);
INSERT INTO "children" VALUES(120,4,'[72]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3423727696478917044,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,10.0,3.78081638365146375244e+01,769,4.25318398363888316993e+00,'improved',NULL,27269,13935);
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
',2123049160805358579,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,1.09268729686737064987e+00,'improved',NULL,17938,18132);
INSERT INTO "children" VALUES(122,4,'[60]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',667806246969810994,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,274);
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
',-8154402353528928542,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.15649825005362885113e+01,1046,1.80296301841735839843e-02,'rejected',NULL,18906,18971);
INSERT INTO "children" VALUES(124,4,'[86]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 9.147, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-373292146737401874,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[2,4,0.0,0.0]]}',10.0,13.0,3.97880583778937761962e+01,925,1.22147617936134338383e+01,'improved',NULL,19731,19996);
INSERT INTO "children" VALUES(125,4,'[78]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
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
',-3287298689494689462,'ok',NULL,'{"joints":[[-2.0,2.0],[-2.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,12.0,35.7521724868767,625,7.69230207800865151135e-01,'improved',NULL,22592,20656);
INSERT INTO "children" VALUES(126,4,'[57]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1736357035699952317,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.93026191740445156597e+01,757,3.31857000291347459253e-01,'rejected',NULL,20041,20352);
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
',9129916999496503042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,5.23420344293117567602e-01,'improved',NULL,19998,20166);
INSERT INTO "children" VALUES(128,4,'[78]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
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
',7348273411180661344,'exception','NameError: name ''j0'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,296);
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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5833220437597101767,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,2.40530494973063474484e-01,'improved',NULL,22500,22746);
INSERT INTO "children" VALUES(130,5,'[48]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5102237982328061351,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.65693875323197516982e+01,1045,1.30939263105392444952e-01,'improved',NULL,19378,19702);
INSERT INTO "children" VALUES(131,5,'[97]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(7, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',976074375168026300,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.78006407545571505575e+01,781,2.24853706359863236841e-01,'rejected',NULL,19974,20352);
INSERT INTO "children" VALUES(132,5,'[100]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1314994168330682613,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,9.64062028527259862187e+00,'rejected',NULL,20492,20928);
INSERT INTO "children" VALUES(133,5,'[119]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
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
',-6167796135846492913,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 9)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,476);
INSERT INTO "children" VALUES(134,5,'[48]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8990139540791732965,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.66600415855646144525e-01,'improved',NULL,19779,19869);
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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
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
',4947008395009727650,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,459);
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
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,2.14646011590957641601e+00,'improved',NULL,19151,19531);
INSERT INTO "children" VALUES(137,5,'[57]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2375246419843253258,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,9.0],[9.0,9.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.93622807511332055696e+01,901,2.75871496647596359252e-01,'rejected',NULL,19947,20341);
INSERT INTO "children" VALUES(138,5,'[48]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, -0.03386)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6724688562254474931,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.03386],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.72652161493897449151e-01,'rejected',NULL,21940,20076);
INSERT INTO "children" VALUES(139,5,'[82]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(6, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',280076453647170156,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.99051248379533269883e+01,889,3.14484072923660296083e+00,'improved',NULL,18999,19451);
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
',4972558542303063725,'exception','NameError: name ''j2'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,422);
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
',5573927347336582719,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.67682248987984365844e+01,1045,1.00515246391296386718e-01,'rejected',NULL,16610,16455);
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
',-5097773575382468577,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,12.0,3.91489613806969316556e+01,1057,1.47166704572737200296e-01,'improved',NULL,16986,17262);
INSERT INTO "children" VALUES(143,5,'[100]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(center, j2)
    return wc.get_walker()
',2236467295531338685,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,2,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,1.15232592225074768064e+01,'rejected',NULL,23888,22049);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3489184320599337654,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.81168506627062271263e+01,781,1.0886547660827636363e+01,'improved',NULL,18638,18832);
INSERT INTO "children" VALUES(145,5,'[48]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 4.484, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7834102880243065413,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.484,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.10667377710342385022e-01,'rejected',NULL,19895,20060);
INSERT INTO "children" VALUES(146,5,'[57]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 10, 9)
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
',-6593802021090292701,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.74741920492983240356e+01,769,6.97795289754867598119e-01,'rejected',NULL,18499,18712);
INSERT INTO "children" VALUES(147,5,'[78]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    return j0, j1, j2, j3


def make_walker():
    wc = walker_creator()
    # the body: a 10x10 square with passive edges
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
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
',6776037361856125343,'exception','NameError: name ''j3'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,270);
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
    j0, j1, j2, j3 = make_square(wc, 0, -3, 9, 10)
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
',1877858935626786873,'ok',NULL,'{"joints":[[-3.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-3.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,12.0,3.97955003326260694498e+01,1057,8.40504184365272605239e-02,'rejected',NULL,16554,16636);
INSERT INTO "children" VALUES(149,5,'[120]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1439385079899747943,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,8.0,3.38664858007780367188e+01,757,5.58101935395970905062e+00,'improved',NULL,19719,19620);
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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5125613746965451042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,6.91727842390537306371e-01,'rejected',NULL,18739,19041);
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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.003745)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5630578031594953080,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.003745],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,3.77230430837292729506e+01,1057,8.74020874500274769225e-02,'rejected',NULL,16085,16429);
INSERT INTO "children" VALUES(152,5,'[82]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
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
',-5035621047480944145,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.96345534195255240206e+01,889,2.42734056711196899414e+00,'rejected',NULL,20054,20268);
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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(0.25, j1, 10.0, center)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4416090889344866135,'exception','TypeError: phase must be a number, got JointHandle
  line 32, in make_walker: wc.add_muscle(0.25, j1, 10.0, center)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,308);
INSERT INTO "children" VALUES(154,5,'[78]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-5125613746965451042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,6.91727842390537306371e-01,'rejected',NULL,20033,19781);
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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1428349935180131024,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,13.0,3.68752601924324281408e+01,637,1.0648676767945290944e+00,'new',NULL,19154,19285);
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
',-4310194493554751114,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,349);
INSERT INTO "children" VALUES(157,5,'[82]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3517066621179922188,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,242);
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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4876991426451275856,'ok',NULL,'{"joints":[[-2.0,2.0],[-2.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',8.0,12.0,35.7521724868767,625,1.08630965948104840634e+00,'improved',NULL,19156,19383);
INSERT INTO "children" VALUES(159,5,'[85]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, 2.0, center, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1529501614158109223,'exception','TypeError: amplitude must be a number, got JointHandle
  line 31, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,262);
INSERT INTO "children" VALUES(160,5,'[82]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',2123049160805358579,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,1.09268729686737064987e+00,'rejected',NULL,18809,19123);
INSERT INTO "children" VALUES(161,6,'[121]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5295426389744533399,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,3.18441263284896898251e+01,745,9.98450508713722206799e-01,'rejected',NULL,16778,17136);
INSERT INTO "children" VALUES(162,6,'[121]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-3940464237670160216,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,1.09268729686737064987e+00,'rejected',NULL,17331,17479);
INSERT INTO "children" VALUES(163,6,'[139]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(6, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 13.1, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5900707866775187914,'invalid_walker','spring 5 has amplitude 13.1 (|amplitude| at most 10)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,283);
INSERT INTO "children" VALUES(164,6,'[155]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 9)
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
',-6520290775604113503,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[1.0,10.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.58273816623991905308e+01,781,1.02042711134999986022e+00,'rejected',NULL,17518,17666);
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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2737)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5288676935986766129,'ok',NULL,'{"joints":[[-2.0,2.0],[-2.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2737],[2,4,0.0,0.0]]}',8.0,12.0,35.7521724868767,625,2.70271998830139636993e-01,'rejected',NULL,16213,16331);
INSERT INTO "children" VALUES(166,6,'[129]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j1)
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
',2213684811704733247,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,2.40530494973063474484e-01,'rejected',NULL,19213,18363);
INSERT INTO "children" VALUES(167,6,'[129]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4919719123665962508,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.765,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,3.56520291417837142944e-01,'improved',NULL,18255,18420);
INSERT INTO "children" VALUES(168,6,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.208)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',250375737430380759,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.208],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.44810171425342559814e-01,'rejected',NULL,17211,17388);
INSERT INTO "children" VALUES(169,6,'[130]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1240104375738685318,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.06005164064690262639e+01,1046,2.01905108988285064697e-01,'rejected',NULL,17704,17969);
INSERT INTO "children" VALUES(170,6,'[155]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 11)
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
',1919104989645872534,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,11.0],[10.0,11.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,13.0,4.01066869566697477029e+01,926,7.72901588082313573124e+00,'new',NULL,17118,17320);
INSERT INTO "children" VALUES(171,6,'[142]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',2616264716072792604,'ok',NULL,'{"joints":[[0.0,-2.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,10.0,3.71578109505402451881e+01,1057,6.40420354902744293212e-02,'rejected',NULL,14405,14652);
INSERT INTO "children" VALUES(172,6,'[142]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',-7788773633451992428,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,12.0,4.31800902548462062213e+01,1058,9.79109404608607125641e-02,'new',NULL,17542,15596);
INSERT INTO "children" VALUES(173,6,'[130]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',8792928969551129571,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,3.67585769896620107033e+01,1057,7.16003760695457514007e-02,'rejected',NULL,14834,15086);
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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4531785615390828691,'ok',NULL,'{"joints":[[-2.0,4.0],[-2.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',6.0,12.0,3.3386206296250442449e+01,481,1.12749374508857713728e+00,'new',NULL,18724,19035);
INSERT INTO "children" VALUES(175,6,'[144]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8874243951950443349,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.36168506627062271254e+01,781,8.85025474429130598608e-01,'rejected',NULL,18266,18531);
INSERT INTO "children" VALUES(176,6,'[120]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5833220437597101767,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,2.40530494973063474484e-01,'rejected',NULL,12494,12821);
INSERT INTO "children" VALUES(177,6,'[100]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j1, j0)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3916798233991902875,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,1.15232592225074768064e+01,'rejected',NULL,22053,22068);
INSERT INTO "children" VALUES(178,6,'[92]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8744257386535680933,'exception','NameError: name ''center'' is not defined
  line 28, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,297);
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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.25, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7511880547172855772,'invalid_walker','spring 5 has amplitude 10.25 (|amplitude| at most 10)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,291);
INSERT INTO "children" VALUES(180,6,'[100]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',624682098316585269,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,13.0,4.47880583778937761945e+01,926,3.27389494180679285761e+00,'rejected',NULL,24080,21311);
INSERT INTO "children" VALUES(181,6,'[149]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2271)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4382272068596759949,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2271],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,8.0,3.38664858007780367188e+01,757,5.54321930594742262599e+00,'rejected',NULL,21762,21892);
INSERT INTO "children" VALUES(182,6,'[124]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 11, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 9.147, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7414505509417023702,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[11.0,10.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[2,4,0.0,0.0]]}',10.0,14.0,4.1527240241934961773e+01,926,5.39837490767240524291e+00,'rejected',NULL,22694,22056);
INSERT INTO "children" VALUES(183,6,'[129]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2301615079719544642,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.5260941888737633576e+01,758,5.55298417806625310699e-02,'rejected',NULL,23560,23809);
INSERT INTO "children" VALUES(184,6,'[155]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 9)
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
',-3935595625101631965,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,320);
INSERT INTO "children" VALUES(185,6,'[149]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3423727696478917044,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,10.0,3.78081638365146375244e+01,769,4.25318398363888316993e+00,'rejected',NULL,24929,22152);
INSERT INTO "children" VALUES(186,6,'[142]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.858, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2330722013363493016,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.858,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,12.0,3.91489613806969316556e+01,1057,1.0920491106808188908e-01,'rejected',NULL,17149,17415);
INSERT INTO "children" VALUES(187,6,'[92]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8990139540791732965,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.66600415855646144525e-01,'rejected',NULL,19799,19992);
INSERT INTO "children" VALUES(188,6,'[149]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',664794786243816105,'exception','NameError: name ''j0'' is not defined
  line 23, in make_walker: wc.add_muscle(j0, j1)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,250);
INSERT INTO "children" VALUES(189,6,'[129]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1428349935180131024,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,13.0,3.68752601924324281408e+01,637,1.0648676767945290944e+00,'rejected',NULL,19390,18648);
INSERT INTO "children" VALUES(190,6,'[121]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8990139540791732965,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.66600415855646144525e-01,'rejected',NULL,13847,11782);
INSERT INTO "children" VALUES(191,6,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 9.432, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7761183420329619569,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,9.432,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,2.14243210852146148681e-01,'rejected',NULL,10946,11158);
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
    j0, j1, j2, j3 = make_square(wc, -2, 3, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4749503214503589803,'ok',NULL,'{"joints":[[-2.0,3.0],[-2.0,10.0],[10.0,10.0],[10.0,3.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',7.0,12.0,34.5292789430213,625,1.33016671892255550213e-01,'rejected',NULL,10135,10378);
INSERT INTO "children" VALUES(193,7,'[172]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.6335)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8068998241735588376,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.6335],[2,4,0.0,0.0]]}',12.0,12.0,4.31800902548462062213e+01,1058,0.0748660821467638,'rejected',NULL,17979,18261);
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
',7595422920278572353,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.30680479194944609844e+01,613,2.23566135321743797437e-01,'rejected',NULL,19123,19412);
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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4500992121782165999,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,1.15232592225074768064e+01,'rejected',NULL,20336,20523);
INSERT INTO "children" VALUES(196,7,'[144]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1376083909818279765,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,4.2239956288323888601e+01,782,5.34204156398773211122e+00,'new',NULL,20350,20524);
INSERT INTO "children" VALUES(197,7,'[100]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4919719123665962508,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.765,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,3.56520291417837142944e-01,'rejected',NULL,22576,19713);
INSERT INTO "children" VALUES(198,7,'[100]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4919719123665962508,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.765,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,3.56520291417837142944e-01,'rejected',NULL,20928,21148);
INSERT INTO "children" VALUES(199,7,'[158]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 3, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4749503214503589803,'ok',NULL,'{"joints":[[-2.0,3.0],[-2.0,10.0],[10.0,10.0],[10.0,3.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',7.0,12.0,34.5292789430213,625,1.33016671892255550213e-01,'rejected',NULL,18705,18999);
INSERT INTO "children" VALUES(200,7,'[149]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1821561362282433253,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0]]}',9.0,8.0,3.09510098533553872361e+01,757,5.08322518616914820199e+00,'rejected',NULL,18841,19107);
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
',2123049160805358579,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,1.09268729686737064987e+00,'rejected',NULL,18142,18368);
INSERT INTO "children" VALUES(202,7,'[134]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5145420139188434298,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,1.04372940212488163336e-01,'rejected',NULL,17756,18106);
INSERT INTO "children" VALUES(203,7,'[92]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7191091809611474930,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,292);
INSERT INTO "children" VALUES(204,7,'[149]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.04278)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',274567587610664181,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.04278],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,8.0,3.38664858007780367188e+01,757,5.42813920713961106656e+00,'rejected',NULL,20159,20303);
INSERT INTO "children" VALUES(205,7,'[172]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 10, 9)
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
',-3622192108279050570,'ok',NULL,'{"joints":[[-2.0,0.0],[9.0,0.0],[10.0,9.0],[10.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,12.0,4.27155051186472931598e+01,914,0.0318401051685214,'rejected',NULL,17771,18091);
INSERT INTO "children" VALUES(206,7,'[155]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-9059383057309735435,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,13.0,4.08752601924324281395e+01,638,1.48626071512699131638e+00,'new',NULL,20304,20516);
INSERT INTO "children" VALUES(207,7,'[139]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(6, 5)
    wc.add_muscle(j3, center, 5.209, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8328285289462571480,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.209,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,2.99051248379533269883e+01,889,3.08319377899169966283e+00,'rejected',NULL,18773,18969);
INSERT INTO "children" VALUES(208,7,'[78]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 10, 10)
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
',-3250568542431422428,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,283);
INSERT INTO "children" VALUES(209,7,'[78]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, -0.1464)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3285807802738521450,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.1464],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,3.83722304453867906204e+01,913,1.8445123851299287665e+00,'rejected',NULL,19378,19578);
INSERT INTO "children" VALUES(210,7,'[139]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4531785615390828691,'ok',NULL,'{"joints":[[-2.0,4.0],[-2.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',6.0,12.0,3.3386206296250442449e+01,481,1.12749374508857713728e+00,'rejected',NULL,18530,18905);
INSERT INTO "children" VALUES(211,7,'[92]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5489845383419096830,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,8.0,2.78446828439142457511e+01,901,3.04600324630737340214e+00,'rejected',NULL,19185,18997);
INSERT INTO "children" VALUES(212,7,'[124]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 9.147, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5200826173248276912,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.84540865906774627092e+01,781,2.43936871886253348051e+00,'rejected',NULL,19702,20043);
INSERT INTO "children" VALUES(213,7,'[92]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 12)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5338333537985701923,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,12.0],[8.0,12.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',12.0,8.0,3.20245251338759189256e+01,1045,3.82677676975727054653e+00,'improved',NULL,17277,14481);
INSERT INTO "children" VALUES(214,7,'[127]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 6)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7786193850797432139,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.71319088980516056599e+01,613,3.16007339581847179754e-01,'rejected',NULL,22152,20036);
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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j3, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4488833761813446935,'ok',NULL,'{"joints":[[-2.0,4.0],[-2.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',6.0,12.0,3.3386206296250442449e+01,481,1.12749374508857713728e+00,'rejected',NULL,21119,18281);
INSERT INTO "children" VALUES(216,7,'[172]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j1, j0)
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
',6284977311095027136,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,12.0,4.31800902548462062213e+01,1058,9.79109404608607125641e-02,'rejected',NULL,18204,18536);
INSERT INTO "children" VALUES(217,7,'[149]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4300069394787650567,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,8.0,2.93664858007780367188e+01,757,2.88958769440650931059e+00,'rejected',NULL,17496,17824);
INSERT INTO "children" VALUES(218,7,'[100]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j2, j1)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',903004789557645791,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,4.33722304453867906186e+01,914,1.15232592225074768064e+01,'rejected',NULL,19759,17059);
INSERT INTO "children" VALUES(219,7,'[172]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(-2, 0, wc, 9, 10)
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
',4917051077206777626,'exception','AttributeError: ''int'' object has no attribute ''add_joint''
  line 23, in make_walker: j0, j1, j2, j3 = make_square(-2, 0, wc, 9, 10)
  line 13, in make_square: j0 = wc.add_joint(y0, x0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,337);
INSERT INTO "children" VALUES(220,7,'[78]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.253, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5657167161507942741,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.253,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,3.83722304453867906204e+01,913,1.19780906856060038729e+01,'improved',NULL,19624,19785);
INSERT INTO "children" VALUES(221,7,'[167]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 6.164, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',754965442514584797,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,6.164,0.0],[4,1,10.0,0.25],[0,4,1.765,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,1.36621008859947323799e-01,'rejected',NULL,22244,20379);
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
    j0, j1, j2, j3 = make_square(wc, -2, 2, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j1)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8999104690263082948,'ok',NULL,'{"joints":[[-2.0,2.0],[-2.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',8.0,12.0,35.7521724868767,625,1.08630965948104840634e+00,'rejected',NULL,19852,20144);
INSERT INTO "children" VALUES(223,7,'[130]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
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
',3589981581603435209,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,319);
INSERT INTO "children" VALUES(224,7,'[121]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-505715976543889179,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.96649306976773026178e+01,745,3.97725632786750771252e-01,'rejected',NULL,18990,19166);
INSERT INTO "children" VALUES(225,8,'[144]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 6.018, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2630000026351766592,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,6.018,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,3.81168506627062271263e+01,781,3.40641273617744460015e+01,'improved',NULL,11638,11811);
INSERT INTO "children" VALUES(226,8,'[149]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 8, 8)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',688792826624615329,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,8.0],[8.0,8.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',7.0,8.0,2.96581166345419333651e+01,613,1.6246168553829192227e+00,'improved',NULL,11464,11726);
INSERT INTO "children" VALUES(227,8,'[100]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1376083909818279765,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,4.2239956288323888601e+01,782,5.34204156398773211122e+00,'rejected',NULL,22402,22589);
INSERT INTO "children" VALUES(228,8,'[167]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3844473716567029255,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,1.765,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.15655231493953536414e+01,758,1.28821656107902544202e-02,'rejected',NULL,20494,19876);
INSERT INTO "children" VALUES(229,8,'[220]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2926914637542221786,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,12.0,3.48366965394540528677e+01,913,7.70863104462623560664e+00,'rejected',NULL,18786,18965);
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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5515999407774623714,'ok',NULL,'{"joints":[[-2.0,4.0],[-2.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[2,4,0.0,0.0]]}',6.0,12.0,3.93862062962504424481e+01,481,1.32279450297355660737e+00,'improved',NULL,19980,20271);
INSERT INTO "children" VALUES(231,8,'[127]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',5448756349865884860,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[8.0,8.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,8.0,3.54032820917603316965e+01,613,3.13062437623739253655e-01,'rejected',NULL,21420,21698);
INSERT INTO "children" VALUES(232,8,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 6)
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4266594772018874100,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.12191157644904961889e+01,1046,2.60170725733041729998e-01,'rejected',NULL,21095,21384);
INSERT INTO "children" VALUES(233,8,'[127]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
',6136445953744328802,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,4.15680479194944609835e+01,614,9.26107214391231559069e-01,'new',NULL,25630,22944);
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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8191165619913145090,'exception','NameError: name ''center'' is not defined
  line 29, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,294);
INSERT INTO "children" VALUES(235,8,'[142]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',9068872172137121199,'ok',NULL,'{"joints":[[0.0,-3.0],[9.0,-3.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',12.0,10.0,3.76198603880744926182e+01,1057,1.55844372194260372133e+00,'improved',NULL,24894,22102);
INSERT INTO "children" VALUES(236,8,'[149]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.08084)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2662613274357330836,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.08084],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,8.0,3.38664858007780367188e+01,757,5.25891165956854855778e+00,'rejected',NULL,22206,22487);
INSERT INTO "children" VALUES(237,8,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(3, 5)
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1954955346631171053,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.12382595669543690081e+01,1046,1.7981725931167602539e-01,'rejected',NULL,21633,21903);
INSERT INTO "children" VALUES(238,8,'[139]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 6, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(6, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7236566417465872184,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[6.0,10.0],[6.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,6.0,3.4905124837953323436e+01,889,3.42119591832160940825e+00,'improved',NULL,22837,23089);
INSERT INTO "children" VALUES(239,8,'[172]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 7.323, 0.0)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3313111928477496779,'ok',NULL,'{"joints":[[-2.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,7.323,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,12.0,4.31800902548462062213e+01,1058,1.60357859916985034942e-01,'improved',NULL,17751,18200);
INSERT INTO "children" VALUES(240,8,'[206]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j1, j0)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5638895059252831606,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,13.0,4.08752601924324281395e+01,638,1.48626071512699131638e+00,'rejected',NULL,20616,20219);
INSERT INTO "children" VALUES(241,8,'[167]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(10.0, j1, center, 0.25)
    wc.add_muscle(j0, center, 1.765, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1873463498676038191,'exception','TypeError: amplitude must be a number, got JointHandle
  line 33, in make_walker: wc.add_muscle(10.0, j1, center, 0.25)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,353);
INSERT INTO "children" VALUES(242,8,'[120]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4441535254980095508,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',8.0,10.0,35.8062484748657,625,5.64137241691350954653e+00,'improved',NULL,20671,20899);
INSERT INTO "children" VALUES(243,8,'[124]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j2)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 9.147, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1348364279693253525,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[2,4,0.0,0.0]]}',10.0,13.0,3.97880583778937761962e+01,925,1.22147617936134338383e+01,'rejected',NULL,19964,20122);
INSERT INTO "children" VALUES(244,8,'[134]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, -2, 9, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.2625)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4051380294355540522,'ok',NULL,'{"joints":[[-1.0,-2.0],[-1.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,10.0,4.2747588059465471133e+01,1058,4.5260760709643366173e-01,'improved',NULL,19751,19899);
INSERT INTO "children" VALUES(245,8,'[155]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8186144107386540754,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,315);
INSERT INTO "children" VALUES(246,8,'[220]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.253, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.3235)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6827754013578724244,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.253,0.0],[4,1,10.0,0.3235],[2,4,0.0,0.0]]}',10.0,12.0,3.83722304453867906204e+01,913,7.62558442205190623042e+00,'rejected',NULL,18690,18862);
INSERT INTO "children" VALUES(247,8,'[206]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 1, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2247612952644945573,'ok',NULL,'{"joints":[[-2.0,1.0],[-2.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',8.0,12.0,3.94342531115821230969e+01,625,5.62714657187461941845e-01,'rejected',NULL,19832,20135);
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
    j0, j1, j2, j3 = make_square(wc, -2, 4, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2444)
    # the last spoke stays passive
    wc.add_muscle(center, j2)
    return wc.get_walker()
',-3950066574526062906,'ok',NULL,'{"joints":[[-2.0,4.0],[-2.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[4,2,0.0,0.0]]}',6.0,12.0,3.3386206296250442449e+01,481,1.12749374508857713728e+00,'rejected',NULL,18788,18971);
INSERT INTO "children" VALUES(249,8,'[213]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, 0, 0, 8, 13)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2184348638648582061,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,13.0],[8.0,13.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',13.0,8.0,3.39044683861097126973e+01,1045,3.75535310506820652065e+00,'rejected',NULL,20440,17677);
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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j2, j1)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',4844706379776272147,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,4.2239956288323888601e+01,782,5.34204156398773211122e+00,'rejected',NULL,20621,20949);
INSERT INTO "children" VALUES(251,8,'[170]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 11)
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
',-1547436877100062634,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, -3, 1, 10, 11)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,388);
INSERT INTO "children" VALUES(252,8,'[100]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -2, 0, 8, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-7385091553774212137,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,4.01321145283666140795e+01,914,2.793247684836386302e-01,'rejected',NULL,19542,19758);
INSERT INTO "children" VALUES(253,8,'[127]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(4, 5)
    wc.add_muscle(j3, center, 2.757, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2305154419433274987,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[4.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.66525719720718115004e+01,613,5.75676062703132651598e-01,'rejected',NULL,18434,18669);
INSERT INTO "children" VALUES(254,8,'[170]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    j0, j1, j2, j3 = make_square(wc, -1, 1, 10, 11)
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
',7466279997267394942,'ok',NULL,'{"joints":[[-1.0,1.0],[-1.0,11.0],[10.0,11.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,11.0,3.73493276437890386887e+01,913,5.89471404887735861422e+00,'rejected',NULL,18809,19106);
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
    j0, j1, j2, j3 = make_square(wc, -3, 0, 10, 9)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    wc.add_muscle(j3, j0)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 7)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2834)
    wc.add_muscle(center, j1, 10.0, 0.25)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1345853645488367467,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2834],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',9.0,13.0,4.2239956288323888601e+01,782,4.0295009315013885498e-01,'rejected',NULL,19766,20076);
CREATE TABLE elites (
    cell     INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    fitness  REAL    NOT NULL
);
INSERT INTO "elites" VALUES(481,230,1.32279450297355660737e+00);
INSERT INTO "elites" VALUES(613,226,1.6246168553829192227e+00);
INSERT INTO "elites" VALUES(614,233,9.26107214391231559069e-01);
INSERT INTO "elites" VALUES(625,242,5.64137241691350954653e+00);
INSERT INTO "elites" VALUES(637,155,1.0648676767945290944e+00);
INSERT INTO "elites" VALUES(638,206,1.48626071512699131638e+00);
INSERT INTO "elites" VALUES(745,121,1.09268729686737064987e+00);
INSERT INTO "elites" VALUES(757,149,5.58101935395970905062e+00);
INSERT INTO "elites" VALUES(758,167,3.56520291417837142944e-01);
INSERT INTO "elites" VALUES(769,120,4.25318398363888316993e+00);
INSERT INTO "elites" VALUES(781,225,3.40641273617744460015e+01);
INSERT INTO "elites" VALUES(782,196,5.34204156398773211122e+00);
INSERT INTO "elites" VALUES(889,238,3.42119591832160940825e+00);
INSERT INTO "elites" VALUES(901,92,4.34395002424716913935e+00);
INSERT INTO "elites" VALUES(913,220,1.19780906856060038729e+01);
INSERT INTO "elites" VALUES(914,100,1.15232592225074768064e+01);
INSERT INTO "elites" VALUES(925,124,1.22147617936134338383e+01);
INSERT INTO "elites" VALUES(926,170,7.72901588082313573124e+00);
INSERT INTO "elites" VALUES(1045,213,3.82677676975727054653e+00);
INSERT INTO "elites" VALUES(1046,134,2.66600415855646144525e-01);
INSERT INTO "elites" VALUES(1057,235,1.55844372194260372133e+00);
INSERT INTO "elites" VALUES(1058,244,4.5260760709643366173e-01);
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
INSERT INTO "metrics" VALUES(0,1,1,5.78703703703703671579e-04,7.51659771800041176526e-01,4.34988293865764543647e-04,7.51659771800041176526e-01,7.51659771800041176526e-01,1.0,1.0,'{"total":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}},"operators":{"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.022486159);
INSERT INTO "metrics" VALUES(1,33,3,1.73611111111111101473e-03,5.68339160233736073735e+00,3.2889997698711576253e-03,4.03306540250778233769e+00,1.89446386744578698646e+00,1.0,0.696969696969697,'{"total":{"statuses":{"ok":23,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":16,"improved":4,"new":3}},"operators":{"gp":{"statuses":{"ok":22,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":16,"improved":4,"new":2}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.724226219);
INSERT INTO "metrics" VALUES(2,65,7,4.05092592592592570105e-03,1.71403928447514815043e+01,9.91920882219414490332e-03,7.39153374843299459939e+00,2.44862754925021164353e+00,1.0,7.6923076923076927347e-01,'{"total":{"statuses":{"ok":50,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":35,"improved":8,"new":7}},"operators":{"gp":{"statuses":{"ok":49,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":35,"improved":8,"new":6}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.383322872);
INSERT INTO "metrics" VALUES(3,97,12,6.94444444444444405895e-03,2.94244984904304160986e+01,1.70280662560361208124e-02,1.1679908570647240751e+01,2.45204154086920134147e+00,1.0,7.93814432989690677011e-01,'{"total":{"statuses":{"ok":77,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":50,"improved":15,"new":12}},"operators":{"gp":{"statuses":{"ok":76,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":50,"improved":15,"new":11}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.817322235);
INSERT INTO "metrics" VALUES(4,129,15,8.68055555555555594104e-03,5.91870234303176374641e+01,3.42517496703227050658e-02,1.22147617936134338383e+01,3.9458015620211757124e+00,1.0,7.82945736434108474632e-01,'{"total":{"statuses":{"ok":101,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":64,"improved":22,"new":15}},"operators":{"gp":{"statuses":{"ok":100,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":64,"improved":22,"new":14}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.217533294);
INSERT INTO "metrics" VALUES(5,161,16,9.25925925925925874526e-03,6.81799931946210620043e+01,3.94560145802205219922e-02,1.22147617936134338383e+01,4.26124957466381637516e+00,1.0,7.76397515527950332625e-01,'{"total":{"statuses":{"ok":125,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":78,"improved":31,"new":16}},"operators":{"gp":{"statuses":{"ok":124,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":78,"improved":31,"new":15}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.530595242);
INSERT INTO "metrics" VALUES(6,193,19,1.09953703703703706273e-02,7.72504035574384175779e+01,4.47050946512953795153e-02,1.22147617936134338383e+01,4.06581071354939,1.0,7.87564766839378260776e-01,'{"total":{"statuses":{"ok":152,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":23,"timeout":0,"memory_error":0,"invalid_walker":18,"unstable":0},"inserts":{"rejected":101,"improved":32,"new":19}},"operators":{"gp":{"statuses":{"ok":151,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":23,"timeout":0,"memory_error":0,"invalid_walker":18,"unstable":0},"inserts":{"rejected":101,"improved":32,"new":18}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.85614242);
INSERT INTO "metrics" VALUES(7,225,21,1.21527777777777779705e-02,8.80727254581637879465e+01,5.09680124179188592803e-02,1.22147617936134338383e+01,4.19393930753160937285e+00,1.0,0.8,'{"total":{"statuses":{"ok":180,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":25,"timeout":0,"memory_error":0,"invalid_walker":20,"unstable":0},"inserts":{"rejected":125,"improved":34,"new":21}},"operators":{"gp":{"statuses":{"ok":179,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":25,"timeout":0,"memory_error":0,"invalid_walker":20,"unstable":0},"inserts":{"rejected":125,"improved":34,"new":20}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',3.209659977);
INSERT INTO "metrics" VALUES(8,256,22,1.27314814814814807747e-02,1.20070301272999529378e+02,6.94851280515043634444e-02,3.40641273617744460015e+01,5.45774096695452382022e+00,1.0,0.80859375,'{"total":{"statuses":{"ok":207,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":28,"timeout":0,"memory_error":0,"invalid_walker":21,"unstable":0},"inserts":{"rejected":143,"improved":42,"new":22}},"operators":{"gp":{"statuses":{"ok":206,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":28,"timeout":0,"memory_error":0,"invalid_walker":21,"unstable":0},"inserts":{"rejected":143,"improved":42,"new":21}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',3.5627385929999997316e+00);
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
solver_iterations = 4
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
','{"bins":[12,12,12],"height":[0.0,20.0],"width":[0.0,30.0],"mass":[0.0,240.0]}',1,'{"seed":[234,216,29,114,93,38,16,78,137,156,59,248,66,206,120,46,186,211,3,218,153,151,210,194,18,2,86,172,115,102,251,27],"stream":0,"word_pos":1020}','complete','2026-11-27T21:20:12Z','2026-11-27T21:20:15Z',8,256);
CREATE INDEX children_generation ON children (generation);
CREATE INDEX children_cell ON children (cell);
CREATE INDEX children_status ON children (status);
COMMIT;
PRAGMA user_version = 1;
