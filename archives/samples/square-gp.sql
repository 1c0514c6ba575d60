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
',6319767717104851811,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66479390859603937347e-01,'new',NULL,12910,13046);
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
',3121565178944789948,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.001,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66547322273254405633e-01,'improved',NULL,11571,12035);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,377);
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
',8509730451665001171,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2768],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.71938629448413804468e-01,'improved',NULL,12939,13320);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,324);
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
',-4839225154859519833,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,350);
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
',9106493490245310616,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.383,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.26817597448825858386e-01,'rejected',NULL,13330,13645);
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
  line 32, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,360);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,364);
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
',-3893821608750379742,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,422);
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
',-1058312181510351803,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.383,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.37330663204193115234e-01,'rejected',NULL,13352,13727);
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
',-944734701536683962,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66479390859603937347e-01,'rejected',NULL,12829,13213);
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
',-3471951534866335466,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.338,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.8187732696533203125e-01,'improved',NULL,12769,13190);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,341);
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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.39532830566167809216e-01,'new',NULL,13027,13282);
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
',2464616384035029414,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,1.39302420020103445708e+00,'improved',NULL,14047,14429);
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
',5573863924877730175,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.63509740494191646575e-01,'new',NULL,13517,13889);
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
',-6295097638596677107,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,4.41421356237309510123e+01,914,4.95938122272491455078e-01,'rejected',NULL,12532,14014);
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
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.60838356614112842901e-01,'rejected',NULL,13435,13765);
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
',7233723251720156664,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,314);
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
',5082039352925855693,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[6.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,9.57244178652763455517e-01,'rejected',NULL,13248,13617);
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
',5133985343117382490,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,415);
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
',6586063027585270275,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[11.0,10.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.08813174877721294828e+01,914,5.51340226829051927026e-01,'rejected',NULL,12612,12973);
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
',-6614446500767567435,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.834,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.56333070993423517425e-01,'rejected',NULL,12339,12804);
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
',-3831492552871230953,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.66479390859603937347e-01,'rejected',NULL,12672,13014);
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
',8258948206819736428,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[2,4,0.0,0.0]]}',10.0,10.0,3.56066017177982132571e+01,913,9.07989034056663424365e-01,'rejected',NULL,13437,13920);
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
',665569661657085251,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.3401],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,6.16941845417022793895e-01,'rejected',NULL,12295,12724);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,340);
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
',2942016270487700998,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,7.67349985241889909204e-01,'rejected',NULL,13190,13511);
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
',-5678579198982416051,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.94332771618879291963e+01,913,3.60838356614112842901e-01,'rejected',NULL,13387,13860);
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
',-6029981598041358690,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,2.69389326572418230654e+00,'improved',NULL,13788,14196);
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
',6190627826303183577,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.806,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,4.54798404872417405542e-01,'rejected',NULL,12255,12717);
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
',-574227226982109541,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,6.632,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.91421356237309510106e+01,913,2.87085153535008408276e-01,'rejected',NULL,12288,12672);
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
',7431222039144227150,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.63509740494191646575e-01,'rejected',NULL,13284,13649);
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
',1590490532350102011,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,352);
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
',-8842883947772104067,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5171],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.65497149154543832239e-01,'improved',NULL,12258,12482);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,424);
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
',-8784454789432600258,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.41525719720718115004e+01,613,3.48734237626194931713e-01,'new',NULL,11879,12234);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,479);
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
',928643608393312012,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,6.63509740494191646575e-01,'rejected',NULL,12953,13387);
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
',-6004707248244184751,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.499,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,0.738429792970419,'rejected',NULL,13479,14139);
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
',7716236782416675636,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,39.2133739133395,913,9.57245184481143929211e-01,'rejected',NULL,13765,14251);
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
',1606575554155903133,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.345,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.08813174877721294828e+01,914,5.80040483549237206872e-01,'rejected',NULL,13578,14017);
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
',1444136530832592803,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.58813174877721223748e+01,914,3.39974611997604370117e-01,'rejected',NULL,13585,13993);
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
',5889169615664291806,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.164,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,0.92184319794178,'rejected',NULL,14573,15002);
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
',6846022482107996914,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.39386581433655862847e+01,901,2.1040439605705951731e-06,'rejected',NULL,12579,12900);
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
',2545745762817379039,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.90824098885059334484e-01,'improved',NULL,13001,13496);
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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.39532830566167809216e-01,'rejected',NULL,13603,14127);
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.69200368784368032626e-01,'new',NULL,13332,13797);
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
',-7892602496492411643,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.474,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,5.54754522442817687988e+00,'improved',NULL,13255,13665);
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
',4768754362608035596,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4697],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.81810672581195853503e-01,'rejected',NULL,12603,12966);
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
',3410633748444226778,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.09687549173831939692e+01,'new',NULL,12993,13446);
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
',-456566839683598004,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2322],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.3754790872335429519e-01,'rejected',NULL,12789,13245);
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
',5331107164708297919,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5199],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.25804983824491545263e-01,'rejected',NULL,12963,13520);
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
',8671912817465870135,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,7.77635652348399197819e+00,'improved',NULL,13915,14328);
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
',-6385816882679386390,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.39532830566167809216e-01,'rejected',NULL,13623,14059);
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
',5954940931565721292,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.39532830566167809216e-01,'rejected',NULL,13390,13839);
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
',-5125613746965451042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,3.59252507146447908059e-01,'new',NULL,12881,13250);
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
',1590490532350102011,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,500);
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
',7219691345152196661,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.41421356237309510102e+01,913,2.69389326572418230654e+00,'rejected',NULL,13536,14020);
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
',-6269961219993379853,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',11.0,10.0,4.44168513937048672337e+01,914,7.25740693509578704833e-01,'improved',NULL,13472,13811);
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
',4169172286654306113,'invalid_walker','joints 2 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,388);
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
',608485675554233486,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,7.815811067819595781e-01,'improved',NULL,13561,13961);
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
',2571455646528047002,'ok',NULL,'{"joints":[[0.0,0.0],[10.0,0.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,3.79991298598587690094e+01,913,1.31899520754814147949e+00,'rejected',NULL,13435,13856);
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
',-6257808184651580898,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,3.58813174877721294828e+01,913,5.55548876523971613128e-02,'rejected',NULL,12769,13146);
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
',7583837239347865166,'ok',NULL,'{"joints":[[1.0,0.0],[1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,8.0,35.8062484748657,901,5.33251092955470129552e-01,'rejected',NULL,13466,13803);
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
',-4727362996528616953,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.1375],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,3.53070585429668404309e-01,'rejected',NULL,12937,13383);
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
',5042689419418321559,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[4.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,8.32442495226860090795e-01,'improved',NULL,13972,14373);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,427);
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
',-2267213178647373768,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,-0.114],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,2.15020346641540516241e-01,'rejected',NULL,12889,13264);
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
',1873427335080214463,'ok',NULL,'{"joints":[[-1.0,0.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,11.0,4.48340606448795284686e+01,914,4.34061224758624963904e-01,'rejected',NULL,12981,13441);
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
',5355710505290011183,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.572,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.93978310283273480685e-01,'rejected',NULL,12466,12913);
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
',-3589188613496171691,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.12587963700294491076e+01,'improved',NULL,12797,13089);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,327);
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
',-6842174529119317559,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2783],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,7.44423785060644216393e-01,'rejected',NULL,13661,13972);
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
',-4160538542700667726,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,10.0,34.2133739133395,913,9.03294418007135391235e-01,'rejected',NULL,14545,15029);
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
',2872352175352828063,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.22768732905387878417e-01,'new',NULL,14461,14933);
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
',4610907474826587885,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.57902850044865346052e+01,914,5.90414533019065879138e-01,'rejected',NULL,13565,14076);
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
',-6363526885369731545,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,12.0,3.66733930789081057359e+01,913,2.18179225921630859375e-01,'rejected',NULL,13673,14159);
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
',6127309714432247427,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,478);
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
',7563548399813305337,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[9.0,10.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.9247772138066480351e+01,901,4.5854757875204082973e-01,'rejected',NULL,13459,13847);
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
  line 29, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,483);
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
',-6819492082369565997,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.4456232618999976581e+01,889,6.05104684829711886306e-02,'new',NULL,12949,13353);
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
',-6075113139734472854,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,-0.05539],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,7.66018283069133865126e+00,'rejected',NULL,13521,13956);
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
',4524119406964111378,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,0.373216393776238,'improved',NULL,12678,13079);
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
',-3191076626667032590,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,6.72546580433845547775e-02,'new',NULL,12290,12757);
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
',7705890623140563940,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,5.16203027963638305664e+00,'new',NULL,14222,14687);
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
',6509866848061609581,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[11.0,8.0],[11.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,37.7102366575584,625,4.84025458246469530987e-01,'new',NULL,11482,11958);
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
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.00645510852336883544e+00,'improved',NULL,12133,12531);
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
',-4300708354827913235,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2533],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,7.60041526257991773007e+00,'rejected',NULL,13950,14306);
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.69200368784368032626e-01,'rejected',NULL,13915,14376);
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
',-3735368215950383527,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,2.74741920492983240356e+01,769,1.42227023839950539318e+00,'rejected',NULL,13994,14416);
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
',-9221023062765473040,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.29741920492983240373e+01,901,9.72783094644546486584e-01,'rejected',NULL,15134,15617);
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
',-8108642531683362313,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,443);
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
',-5975731654084100106,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.26657464057162059143e+01,745,2.26116924732923496588e-01,'new',NULL,12923,13269);
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
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,3.95366773381829295086e-01,'improved',NULL,12843,13161);
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
',1877264990682017767,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.76412015707519529436e+01,901,7.11840656399726823266e-01,'rejected',NULL,12344,12811);
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
',-8702338211724459674,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,13.0,3.64262225456770423188e+01,781,4.98183752298355120302e+00,'new',NULL,14722,15066);
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
',-6626330471122097639,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,416);
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
',-6308201945260207276,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,-0.0004479],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.24341375380754470825e-01,'improved',NULL,13550,13890);
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
',2134109165224862014,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.5675754168014748302e+01,902,9.13148222118616237352e-01,'improved',NULL,13341,13785);
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
',-8613116877340946108,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,1.56726697236299505888e+00,'new',NULL,13202,13770);
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
',-8818087799828682176,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.30480135441019200475e+01,745,1.65868818759918185135e-02,'rejected',NULL,12654,13191);
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
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.00645510852336883544e+00,'rejected',NULL,12895,13376);
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
',-663699658690366182,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,2.68761626631021499633e+00,'improved',NULL,13742,14233);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,469);
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
',207343502841515513,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.69200368784368032626e-01,'rejected',NULL,12908,13352);
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
',558717265283298604,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.94015386700630176886e-01,'improved',NULL,12266,12708);
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
',-7165294328883824057,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.69200368784368032626e-01,'rejected',NULL,13684,14138);
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
  line 13, in make_square: j0 = wc.add_joint(x0, y0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,271);
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
',-663699658690366182,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,2.68761626631021499633e+00,'rejected',NULL,14122,14465);
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
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.58048048615455649645e-01,'improved',NULL,13754,14133);
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
',5895125877987611755,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,3.95366773381829295086e-01,'rejected',NULL,12665,13094);
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
',2589993150322986148,'invalid_walker','joints 1 and 3 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,529);
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
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7716420785419546291,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,485);
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
',2545745762817379039,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.74741920492983240356e+01,901,7.90824098885059334484e-01,'rejected',NULL,12721,13172);
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
',5863883380559683804,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,421);
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
',-7087024440268127046,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.00645510852336883544e+00,'rejected',NULL,13146,13506);
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
',5677916753677393513,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[9.0,10.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,3.9247772138066480351e+01,901,4.18232723139226436614e-01,'rejected',NULL,12367,12840);
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
',8890116459094721346,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.6880021542310716387e-01,'new',NULL,12488,12996);
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
',-807522760898021393,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.79917665249327143319e+01,889,1.95446149073541158847e-01,'improved',NULL,13188,13690);
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
',2123049160805358579,'ok',NULL,'{"joints":[[2.0,0.0],[2.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,5.0,2.93441263284896898255e+01,745,9.5446109771729625848e-04,'rejected',NULL,12897,13327);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,433);
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
',-8154402353528928542,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.15649825005362885113e+01,1046,6.50243207812309237381e-02,'rejected',NULL,11850,12066);
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
',-4883989270482017677,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,9.147,0.25],[0,4,2.0,0.5],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,10.0,4.47864423257254600212e+01,914,0.73450066447258,'rejected',NULL,12932,13272);
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
',-3969509667235583491,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.22593634873628598569e+00,'improved',NULL,12049,12382);
INSERT INTO "children" VALUES(126,4,'[72]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j2, center)
    return wc.get_walker()
',7697187237775204522,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0],[2,4,0.0,0.0]]}',9.0,10.0,3.60097259552310617887e+01,769,1.08941355943679809572e+01,'rejected',NULL,13492,13844);
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
',9129916999496503042,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.70680479194944609852e+01,613,4.11961120739579245153e-01,'improved',NULL,12711,13137);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,454);
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
',4838991498297290884,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,1.85143371671438183856e-01,'improved',NULL,13302,13725);
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
',-6444993902935789517,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.65693875323197516982e+01,1045,3.50842654705047635177e-02,'rejected',NULL,13818,14230);
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
',465046846697451071,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.21008581817150107085e+00,'improved',NULL,15007,15467);
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
',-3640883271568461140,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,6.62113121747970634345e+00,'improved',NULL,15437,15860);
INSERT INTO "children" VALUES(133,5,'[72]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2177327216206934330,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 1, 10, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,384);
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
',-4813545686384311044,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,3.28156961500644661633e-01,'improved',NULL,13862,14329);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,398);
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
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.45390981435775756835e+00,'improved',NULL,13921,14325);
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
',1365293886786531527,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,9.0],[9.0,9.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,9.0,4.38622807511332055705e+01,902,8.66443276405334528167e-02,'rejected',NULL,14915,15412);
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
',-3750677455717234410,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,-0.03386],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.52243503183126460687e-01,'rejected',NULL,13906,14367);
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
',7396339805917936464,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[6.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.77022939288329581595e+01,901,7.95723368227481908654e-01,'rejected',NULL,13492,13945);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,305);
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
',5573927347336582719,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,3.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.67682248987984365844e+01,1045,1.16240978240967490764e-04,'rejected',NULL,12443,12715);
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
',1302252721763807414,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,9.73550252616405820127e-02,'new',NULL,14196,14684);
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
',-606241377331788877,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,2.68761626631021499633e+00,'rejected',NULL,14652,15110);
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
',6479922876696351182,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,9.0],[10.0,9.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4395],[2,4,0.0,0.0]]}',9.0,13.0,3.64262225456770423188e+01,781,6.20787853896617924931e+00,'improved',NULL,14539,14918);
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
',-625821534038748642,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.238,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,4.10693875323197517008e+01,1046,1.85543666779994981252e-01,'rejected',NULL,13622,14058);
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
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.435260554775595776e-01,'new',NULL,13493,13893);
INSERT INTO "children" VALUES(147,5,'[100]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',2872352175352828063,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.0675754168014748302e+01,902,8.22768732905387878417e-01,'rejected',NULL,14163,14501);
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
',-843228198163222039,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,3.17521349191665658295e+00,'new',NULL,14854,15238);
INSERT INTO "children" VALUES(149,5,'[72]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8736875641552976492,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[8.0,10.0],[8.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,8.0,3.01525719720718115017e+01,757,2.74893443286418959203e-01,'rejected',NULL,14552,15027);
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
',4524119406964111378,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.5767085268111777907e+01,757,0.373216393776238,'rejected',NULL,13697,14143);
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
',1308377522480889674,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,1.60810769423842425673e+00,'improved',NULL,15195,15695);
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
',-4421764952395631109,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.75406653568799342224e+01,901,1.00645510852336883544e+00,'rejected',NULL,14325,14789);
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
  line 32, in make_walker: wc.add_muscle(0.25, j1, 10.0, center)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,391);
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
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.58048048615455649645e-01,'rejected',NULL,13601,13868);
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
',7208655561456501275,'ok',NULL,'{"joints":[[-3.0,1.0],[-3.0,9.0],[10.0,9.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,13.0,3.48473961474320077509e+01,637,4.82965076565742457148e+00,'new',NULL,14827,15237);
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
',-4310194493554751114,'invalid_walker','joints 0 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,286);
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
',-3024753191358984388,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,379);
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
',-5936030038467822121,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2444],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.18696152567863499882e+00,'rejected',NULL,14061,14445);
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
  line 31, in make_walker: wc.add_muscle(j0, 2.0, center, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,377);
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
',-7622711973172713470,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[9.0,8.0],[9.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.88416280082626173006e+01,757,5.58048048615455649645e-01,'rejected',NULL,13500,13881);
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
',3085829154543152289,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.23388267159461983979e+00,'improved',NULL,13649,14053);
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
',-8549325805909869756,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.45390981435775756835e+00,'rejected',NULL,13177,13613);
INSERT INTO "children" VALUES(163,6,'[88]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 13.1, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',8962065868754069426,'invalid_walker','spring 5 has amplitude 13.1 (|amplitude| at most 10)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,424);
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
',-8516070720827546246,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[0.0,7.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.18058013503564609427e+01,745,1.51096051931381225585e+00,'improved',NULL,13243,13655);
INSERT INTO "children" VALUES(165,6,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.28)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4209560272687435181,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.28],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,4.92048484236002,'rejected',NULL,13620,14091);
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
',5637814571921074784,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.435260554775595776e-01,'rejected',NULL,13454,13943);
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
',7790226875439810327,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,8.823,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.20413264632225058825e-01,'rejected',NULL,13240,13724);
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
',8241057925215729898,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.208],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,1.89040318131446810623e-01,'improved',NULL,14659,15128);
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
',4569282218075651916,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,4.15405828498548146399e+01,1058,1.46035481989383708611e-01,'new',NULL,15403,15776);
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
',-2973053797045457384,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,11.0],[7.0,11.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',11.0,7.0,3.62955188076216899166e+01,889,1.25894746184349065609e-01,'rejected',NULL,13652,14073);
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
',-7628633564195934575,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,5.77616398334503244882e+00,'improved',NULL,13984,14546);
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
',5644941043783996275,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.54511130949256170197e+01,1070,1.73699052333831804872e+00,'rejected',NULL,14810,15312);
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
',2642643869171213024,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.12585769896620107016e+01,1058,1.03082720935344696044e+00,'improved',NULL,13739,14200);
INSERT INTO "children" VALUES(174,6,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',314265740615319003,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.35439753532409667968e+00,'new',NULL,13297,13769);
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
',-4535594105463155727,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.49034879005639453453e+01,889,3.74067352712154410632e-01,'rejected',NULL,12991,13394);
INSERT INTO "children" VALUES(176,6,'[144]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',-3589188613496171691,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.12587963700294491076e+01,'rejected',NULL,14939,15414);
INSERT INTO "children" VALUES(177,6,'[132]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',438996942794477600,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,6.62113121747970634345e+00,'rejected',NULL,14601,14977);
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
  line 28, in make_walker: wc.add_muscle(j3, center, 5.0, 0.0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,343);
INSERT INTO "children" VALUES(179,6,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j0, center, 1.345, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2517865400899971736,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.345,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,4.67260490208864176508e+00,'rejected',NULL,13809,14249);
INSERT INTO "children" VALUES(180,6,'[132]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2865570818392862256,'ok',NULL,'{"joints":[[-2.0,0.0],[-2.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,12.0,4.16733930789081057338e+01,914,0.0796640038490295,'rejected',NULL,14087,14576);
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
',-5165787288558046814,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,1.788,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.47670852681117779079e+01,758,1.7678031316027045805e-01,'rejected',NULL,12898,13425);
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
',-1597885723498631091,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[10.0,10.0],[10.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,10.0,3.9137859172975367982e+01,1057,9.92566347122192382812e-05,'rejected',NULL,12435,12914);
INSERT INTO "children" VALUES(183,6,'[72]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-2529059092302709015,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.26412015707519529436e+01,769,1.87709764242172250092e+00,'rejected',NULL,14288,14811);
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
',7573987221668405985,'invalid_walker','joints 1 and 2 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,526);
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
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.435260554775595776e-01,'rejected',NULL,13248,13646);
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
',4949547279364166122,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.437],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,2.64224076271057128906e+00,'rejected',NULL,14632,15062);
INSERT INTO "children" VALUES(187,6,'[100]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',7705890623140563940,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,5.16203027963638305664e+00,'rejected',NULL,14394,14941);
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
',-2280993293879522754,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.069,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,4.04580579698085807116e-01,'rejected',NULL,12810,13218);
INSERT INTO "children" VALUES(189,6,'[72]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',-5975731654084100106,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.26657464057162059143e+01,745,2.26116924732923496588e-01,'rejected',NULL,13558,14045);
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
',8896012075041570748,'ok',NULL,'{"joints":[[0.0,0.0],[9.0,0.0],[7.0,9.0],[7.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.37755186343626405691e+01,757,1.91877207439392793997e-01,'rejected',NULL,14646,15123);
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
',-3194831725070434606,'ok',NULL,'{"joints":[[0.0,-3.0],[10.0,-3.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,9.432,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,10.0,3.80050489439220768872e+01,1057,2.18151453882455825805e-02,'rejected',NULL,10025,10399);
INSERT INTO "children" VALUES(192,6,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5881557041436530462,'ok',NULL,'{"joints":[[-1.0,3.0],[-1.0,10.0],[10.0,10.0],[10.0,3.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,11.0,3.07955188076216970207e+01,625,1.97465363442897778867e+00,'rejected',NULL,14527,14939);
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
',-1849555108646530049,'ok',NULL,'{"joints":[[0.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.6335],[2,4,0.0,0.0]]}',13.0,13.0,3.96758809759852439915e+01,1069,2.01681344509124738095e+00,'improved',NULL,15605,16130);
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
',7595422920278572353,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.30680479194944609844e+01,613,1.20311705768108367919e+00,'improved',NULL,15904,16457);
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
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-3640883271568461140,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,6.62113121747970634345e+00,'rejected',NULL,16783,17377);
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
',-470073246110564127,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,9.09094784408807754516e-01,'new',NULL,17078,17683);
INSERT INTO "children" VALUES(197,7,'[132]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',-7793662524986408751,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.435260554775595776e-01,'rejected',NULL,15021,15611);
INSERT INTO "children" VALUES(198,7,'[132]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',-3589188613496171691,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,1.12587963700294491076e+01,'rejected',NULL,16184,16762);
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
',6372355304621041333,'ok',NULL,'{"joints":[[-3.0,2.0],[-3.0,9.0],[10.0,9.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,13.0,3.33611758937974229861e+01,637,7.31915820389986,'improved',NULL,17122,17560);
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
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.45390981435775756835e+00,'rejected',NULL,14372,14796);
INSERT INTO "children" VALUES(201,7,'[125]','gp',NULL,'crossover','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
',6585566204572671149,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.45390981435775756835e+00,'rejected',NULL,14423,14843);
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
',-752845557702752200,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,3.77230430837292729506e+01,1057,0.0895752117037773,'rejected',NULL,14762,15379);
INSERT INTO "children" VALUES(203,7,'[88]','gp',NULL,'delete_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1024696759537158106,'exception','NameError: name ''j1'' is not defined
  line 22, in make_walker: j0, j1, j2, j3 = make_square(wc, 0, 0, 9, 10)
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,558);
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
',-5982027902879263592,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.811,0.5],[2,4,0.0,0.0]]}',9.0,9.0,4.02670852681117779053e+01,758,1.19884406924247732817e+00,'rejected',NULL,14945,15379);
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
  line 13, in make_square: j0 = wc.add_joint(y0, x0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,463);
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
',2076166628370761577,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[7.0,9.0],[0.0,7.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,7.0,3.54458562949967159738e+01,745,1.42435231059789657592e+00,'rejected',NULL,15363,15857);
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
',4378284111730824547,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.3152],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,4.77565320581197716443e-01,'rejected',NULL,16459,16954);
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
',-8108642531683362313,'invalid_walker','joints 3 and 4 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,478);
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
',2459307002539646412,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,-0.1464],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,6.8368135035038,'rejected',NULL,13860,14292);
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',314265740615319003,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.35439753532409667968e+00,'rejected',NULL,12865,13251);
INSERT INTO "children" VALUES(211,7,'[100]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j0, center, 1.522, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-4254573573384910488,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.522,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.5675754168014748302e+01,902,9.30451100319623858325e-01,'improved',NULL,13263,13674);
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
',-6211958736072591181,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.146,0.5443],[2,4,0.0,0.0]]}',10.0,13.0,3.80050489439220768872e+01,925,4.56110113412141782163e+00,'rejected',NULL,13444,13851);
INSERT INTO "children" VALUES(213,7,'[100]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j0, center, 1.659, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5801178596646637769,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.659,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.5675754168014748302e+01,902,9.16077064722776501781e-01,'rejected',NULL,13502,13873);
INSERT INTO "children" VALUES(214,7,'[125]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1987095936880570468,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,3.21142267883608241159e+01,625,7.22891761064529436708e+00,'improved',NULL,13679,14041);
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-1997692212222932349,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.35439753532409667968e+00,'rejected',NULL,13326,13727);
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
',1744776148139790356,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,3.17521349191665658295e+00,'rejected',NULL,15464,15851);
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
',-278299540976918326,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.25655231493953536405e+01,757,8.06892618536949268737e-01,'rejected',NULL,11763,12204);
INSERT INTO "children" VALUES(218,7,'[132]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5851465109350057902,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,6.62113121747970634345e+00,'rejected',NULL,14460,14961);
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
  line 13, in make_square: j0 = wc.add_joint(y0, x0)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,361);
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
',-5344653247562835104,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5133],[2,4,0.0,0.0]]}',10.0,11.0,3.53813174877721294811e+01,913,8.40534713417291534653e+00,'improved',NULL,14574,14903);
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
',4004292608710401227,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,6.164,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,40.5566775181746,770,4.5221742317080504403e-01,'improved',NULL,13935,14270);
INSERT INTO "children" VALUES(222,7,'[125]','gp',NULL,'swap_arguments','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',3085490898715102212,'ok',NULL,'{"joints":[[-1.0,2.0],[-1.0,10.0],[10.0,10.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,1,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,11.0,32.2102366575584,625,5.22593634873628598569e+00,'rejected',NULL,14476,14925);
INSERT INTO "children" VALUES(223,7,'[168]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.208)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-8125188733434849324,'invalid_walker','joints 0 and 1 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,576);
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
',1934068924293392080,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,7.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.67298130145883590098e+01,757,2.86461704969406039111e-01,'rejected',NULL,14802,15358);
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
',4911025890262704426,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.689,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.23403866812586793244e+00,'improved',NULL,16316,16746);
INSERT INTO "children" VALUES(226,8,'[72]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6081767333676987370,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,8.0],[10.0,8.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,10.0,2.92340761322781474964e+01,625,3.72588334977626800537e+00,'rejected',NULL,16726,17072);
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
',-470073246110564127,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,9.09094784408807754516e-01,'rejected',NULL,17189,17534);
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
',-1095527344729068458,'ok',NULL,'{"joints":[[0.0,-1.0],[0.0,8.0],[10.0,8.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,6.164,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,35.5566775181746,769,0.00749715305864811,'rejected',NULL,15144,15703);
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
    j0, j1, j2, j3 = make_square(wc, -1, 0, 10, 10)
    wc.add_muscle(j0, j1)
    wc.add_muscle(j1, j2)
    wc.add_muscle(j2, j3)
    # a centre joint with oscillating spokes (amplitude, phase in cycles)
    center = wc.add_joint(5, 5)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(j0, center, 2.0, 0.5133)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-6837988582036477994,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5133],[2,4,0.0,0.0]]}',10.0,11.0,3.14761926498188024945e+01,913,1.25169754030401980671e-07,'rejected',NULL,13510,14030);
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',6123522172614581477,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,619);
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
',2054055460235484392,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[8.0,8.0],[8.0,0.0],[5.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,8.0,3.14032820917603281438e+01,613,2.34950766712427139282e+00,'improved',NULL,16912,17410);
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
',-4064169619224249244,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,6.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.13010868844508962629e+01,1058,8.23047879338264398718e-01,'rejected',NULL,15827,16270);
INSERT INTO "children" VALUES(233,8,'[214]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    center = wc.add_joint(5, 6)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-5800323136956562420,'invalid_walker','joints 4 and 5 are 0 units apart (at least 0.01)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,425);
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2269974955159167885,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',6.0,11.0,2.69820400090351739672e+01,481,1.735677164793014704e+00,'improved',NULL,15368,15822);
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
',-7163489069545980899,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,3.99034879005639453453e+01,889,1.21008581817150107085e+00,'rejected',NULL,17163,17614);
INSERT INTO "children" VALUES(236,8,'[72]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.2119)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',-438060320303019478,'ok',NULL,'{"joints":[[0.0,1.0],[0.0,10.0],[10.0,10.0],[10.0,1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.08084],[4,1,10.0,0.2119],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,10.0,3.24741920492983240356e+01,769,9.93772146701812708613e+00,'rejected',NULL,16610,17033);
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
',-8504012923076411651,'ok',NULL,'{"joints":[[-2.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[3.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.11550963772974114345e+01,1058,4.36946558952331476355e-01,'rejected',NULL,14773,15213);
INSERT INTO "children" VALUES(238,8,'[88]','gp',NULL,'duplicate_statement','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    center = wc.add_joint(5, 4)
    wc.add_muscle(j3, center, 5.0, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 1.637, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5345286105940594908,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[9.0,10.0],[9.0,0.0],[5.0,4.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,4.25406653568799342224e+01,902,1.01208774596452721894e+00,'improved',NULL,15105,15529);
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
',-2425218258666464104,'ok',NULL,'{"joints":[[-1.0,-3.0],[-3.0,10.0],[10.0,10.0],[10.0,-1.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,7.323,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',13.0,13.0,4.07341225288973163287e+01,1070,2.86793727874755832729e+00,'rejected',NULL,16388,16902);
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
',-8549325805909869756,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[1,0,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,9.0,3.7065523149395353641e+01,757,1.45390981435775756835e+00,'rejected',NULL,14966,15424);
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
  line 33, in make_walker: wc.add_muscle(2.0, center, j0, 0.5)',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,436);
INSERT INTO "children" VALUES(242,8,'[144]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j0, center, 2.0, 0.4395)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5586469984460736124,'ok',NULL,'{"joints":[[-3.0,0.0],[-3.0,8.0],[10.0,8.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.4395],[2,4,0.0,0.0]]}',8.0,13.0,3.49400022920424504482e+01,637,7.30853489153087121366e+00,'rejected',NULL,15440,15894);
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
',5053458651634359399,'ok',NULL,'{"joints":[[0.0,-2.0],[0.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[3,2,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,9.0,3.75338536263870139455e+01,1045,6.72546580433845547775e-02,'rejected',NULL,12921,13360);
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
',-7551106244349358541,'ok',NULL,'{"joints":[[-2.0,-1.0],[-1.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,11.0,4.27929490766527322867e+01,1058,9.3396166637539856925e-01,'rejected',NULL,14381,14858);
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
',-612012381145094910,'ok',NULL,'{"joints":[[-3.0,2.0],[-3.0,9.0],[10.0,9.0],[10.0,2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',7.0,13.0,3.62766518412200724688e+01,637,7.96721315756440162658e+00,'improved',NULL,15797,16348);
INSERT INTO "children" VALUES(246,8,'[132]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(center, j1, 10.0, 0.3235)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',1689804303493688354,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[10.0,10.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.3235],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,11.0,4.03813174877721294811e+01,914,1.37026284217834479759e+01,'improved',NULL,15256,15746);
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
',978132707911883895,'ok',NULL,'{"joints":[[1.0,0.0],[1.0,9.0],[9.0,9.0],[9.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,0,0.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',9.0,8.0,3.48584163682088075128e+01,757,1.8671769440174101895e+00,'improved',NULL,14037,14563);
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
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(center, j2)
    return wc.get_walker()
',-105098010845428809,'ok',NULL,'{"joints":[[-1.0,4.0],[-1.0,10.0],[10.0,10.0],[10.0,4.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[4,2,0.0,0.0]]}',6.0,11.0,2.95315497658315671012e+01,481,1.35439753532409667968e+00,'rejected',NULL,14597,14981);
INSERT INTO "children" VALUES(249,8,'[168]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

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
    wc.add_muscle(center, j1, 10.0, 0.208)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',5279071282635733803,'ok',NULL,'{"joints":[[0.0,-3.0],[11.0,-3.0],[10.0,11.0],[10.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.208],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',14.0,11.0,4.01754837337234675925e+01,1202,1.54355350136756913626e-01,'new',NULL,14644,15135);
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
',7158301045637972139,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[7.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,0.5,1.637],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,7.0,4.42046505340852604595e+01,890,8.25520910322666168212e-01,'rejected',NULL,15046,15556);
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
  line 16, in make_square: return j0, j1, j2, j3',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,356);
INSERT INTO "children" VALUES(252,8,'[132]','gp',NULL,'perturb_number','"""square: a 10 x 10 box with a centre joint, the ELM paper''s first seed.

Four passive edges hold the box; four spokes from the corners to the centre
triangulate it. One spoke is passive, the other three are muscles of
amplitudes 5, 10 and 2 pulsing out of step, so the box rocks and shuffles.
5 joints, 8 springs.
"""
from walker_creator import walker_creator


def make_square(wc, x0, y0, x1, y1):
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
    wc.add_muscle(j3, center, 3.926, 0.0)
    wc.add_muscle(center, j1, 10.0, 0.25)
    wc.add_muscle(j0, center, 2.0, 0.5)
    # the last spoke stays passive
    wc.add_muscle(j2, center)
    return wc.get_walker()
',2144315735155767746,'ok',NULL,'{"joints":[[-1.0,0.0],[-1.0,10.0],[8.0,10.0],[8.0,0.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,4,3.926,0.0],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',10.0,9.0,3.81412015707519529428e+01,901,0.480780878663063,'rejected',NULL,15669,16086);
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
',-7991949762604939339,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,8.0],[9.0,8.0],[9.0,0.0],[4.0,5.0]],"springs":[[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,2.757,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',8.0,9.0,3.26525719720718115017e+01,613,3.53063062578439712524e+00,'improved',NULL,13435,13927);
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
',-8498418460284723010,'ok',NULL,'{"joints":[[2.0,-2.0],[2.0,10.0],[9.0,10.0],[9.0,-2.0],[5.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,4.725,0.2625],[4,1,10.0,0.25],[0,4,2.0,0.5],[2,4,0.0,0.0]]}',12.0,7.0,37.9560534932203,1033,1.21126465899578733553e-01,'new',NULL,15290,15747);
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
',4468208910402081949,'ok',NULL,'{"joints":[[0.0,0.0],[0.0,10.0],[7.0,10.0],[7.0,0.0],[9.0,5.0]],"springs":[[0,1,0.0,0.0],[1,2,0.0,0.0],[2,3,0.0,0.0],[3,0,0.0,0.0],[3,4,5.0,0.0],[4,1,10.0,0.25],[4,1,10.0,0.25],[0,4,1.637,0.5],[0,4,1.637,0.5],[2,4,0.0,0.0]]}',10.0,9.0,47.9764250891085,902,4.7824035510420792594e-01,'rejected',NULL,13682,14128);
CREATE TABLE elites (
    cell     INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id),
    fitness  REAL    NOT NULL
);
INSERT INTO "elites" VALUES(481,234,1.735677164793014704e+00);
INSERT INTO "elites" VALUES(613,253,3.53063062578439712524e+00);
INSERT INTO "elites" VALUES(625,214,7.22891761064529436708e+00);
INSERT INTO "elites" VALUES(637,245,7.96721315756440162658e+00);
INSERT INTO "elites" VALUES(745,164,1.51096051931381225585e+00);
INSERT INTO "elites" VALUES(757,247,1.8671769440174101895e+00);
INSERT INTO "elites" VALUES(758,161,1.23388267159461983979e+00);
INSERT INTO "elites" VALUES(769,72,1.12587963700294491076e+01);
INSERT INTO "elites" VALUES(770,221,4.5221742317080504403e-01);
INSERT INTO "elites" VALUES(781,144,6.20787853896617924931e+00);
INSERT INTO "elites" VALUES(889,225,1.23403866812586793244e+00);
INSERT INTO "elites" VALUES(890,196,9.09094784408807754516e-01);
INSERT INTO "elites" VALUES(901,88,1.00645510852336883544e+00);
INSERT INTO "elites" VALUES(902,238,1.01208774596452721894e+00);
INSERT INTO "elites" VALUES(913,220,8.40534713417291534653e+00);
INSERT INTO "elites" VALUES(914,246,1.37026284217834479759e+01);
INSERT INTO "elites" VALUES(925,171,5.77616398334503244882e+00);
INSERT INTO "elites" VALUES(1033,254,1.21126465899578733553e-01);
INSERT INTO "elites" VALUES(1045,85,6.72546580433845547775e-02);
INSERT INTO "elites" VALUES(1046,134,3.28156961500644661633e-01);
INSERT INTO "elites" VALUES(1057,168,1.89040318131446810623e-01);
INSERT INTO "elites" VALUES(1058,173,1.03082720935344696044e+00);
INSERT INTO "elites" VALUES(1069,193,2.01681344509124738095e+00);
INSERT INTO "elites" VALUES(1070,148,3.17521349191665658295e+00);
INSERT INTO "elites" VALUES(1202,249,1.54355350136756913626e-01);
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
INSERT INTO "metrics" VALUES(0,1,1,5.78703703703703671579e-04,4.66479390859603937347e-01,2.69953351191900452806e-04,4.66479390859603937347e-01,4.66479390859603937347e-01,1.0,1.0,'{"total":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}},"operators":{"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.018584052);
INSERT INTO "metrics" VALUES(1,33,3,1.73611111111111101473e-03,4.09693583678454231744e+00,2.37091194258364727082e-03,2.69389326572418230654e+00,1.36564527892818077248e+00,1.0,0.696969696969697,'{"total":{"statuses":{"ok":23,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":15,"improved":5,"new":3}},"operators":{"gp":{"statuses":{"ok":22,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":6,"timeout":0,"memory_error":0,"invalid_walker":4,"unstable":0},"inserts":{"rejected":15,"improved":5,"new":2}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',0.645881416);
INSERT INTO "metrics" VALUES(2,65,7,4.05092592592592570105e-03,2.11947037600912189256e+01,1.22654535648676031589e-02,1.09687549173831939692e+01,3.02781482287017400523e+00,1.0,7.6923076923076927347e-01,'{"total":{"statuses":{"ok":50,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":32,"improved":11,"new":7}},"operators":{"gp":{"statuses":{"ok":49,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":8,"timeout":0,"memory_error":0,"invalid_walker":7,"unstable":0},"inserts":{"rejected":32,"improved":11,"new":6}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',1.40977025);
INSERT INTO "metrics" VALUES(3,97,13,7.52314814814814773052e-03,2.85836791668087286666e+01,1.65414809993106072527e-02,1.12587963700294491076e+01,2.198744551292979299e+00,1.0,7.93814432989690677011e-01,'{"total":{"statuses":{"ok":77,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":48,"improved":16,"new":13}},"operators":{"gp":{"statuses":{"ok":76,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":11,"timeout":0,"memory_error":0,"invalid_walker":9,"unstable":0},"inserts":{"rejected":48,"improved":16,"new":12}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.198921211);
INSERT INTO "metrics" VALUES(4,129,16,9.25925925925925874526e-03,4.24010861175134863305e+01,2.45376655772647500608e-02,1.12587963700294491076e+01,2.65006788234459289554e+00,1.0,7.82945736434108474632e-01,'{"total":{"statuses":{"ok":101,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":61,"improved":24,"new":16}},"operators":{"gp":{"statuses":{"ok":100,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":15,"timeout":0,"memory_error":0,"invalid_walker":13,"unstable":0},"inserts":{"rejected":61,"improved":24,"new":15}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',2.878027616);
INSERT INTO "metrics" VALUES(5,161,20,1.15740740740740734315e-02,5.82082143107429317296e+01,3.36853092076058666104e-02,1.12587963700294491076e+01,2.91041071553714658648e+00,1.0,0.782608695652174,'{"total":{"statuses":{"ok":126,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":20,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":75,"improved":31,"new":20}},"operators":{"gp":{"statuses":{"ok":125,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":20,"timeout":0,"memory_error":0,"invalid_walker":15,"unstable":0},"inserts":{"rejected":75,"improved":31,"new":19}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',3.63917045699999963659e+00);
INSERT INTO "metrics" VALUES(6,193,22,1.27314814814814807747e-02,6.36328409465030091479e+01,3.68245607329299798338e-02,1.12587963700294491076e+01,2.89240186120468223407e+00,1.0,8.0310880829015540705e-01,'{"total":{"statuses":{"ok":155,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":17,"unstable":0},"inserts":{"rejected":97,"improved":36,"new":22}},"operators":{"gp":{"statuses":{"ok":154,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":21,"timeout":0,"memory_error":0,"invalid_walker":17,"unstable":0},"inserts":{"rejected":97,"improved":36,"new":21}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',4.53967185899999936538e+00);
INSERT INTO "metrics" VALUES(7,225,23,1.33101851851851853136e-02,7.08892709754407803748e+01,4.10238836663430472828e-02,1.12587963700294491076e+01,3.08214221632351215163e+00,1.0,8.08888888888888879513e-01,'{"total":{"statuses":{"ok":182,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":24,"timeout":0,"memory_error":0,"invalid_walker":19,"unstable":0},"inserts":{"rejected":116,"improved":43,"new":23}},"operators":{"gp":{"statuses":{"ok":181,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":24,"timeout":0,"memory_error":0,"invalid_walker":19,"unstable":0},"inserts":{"rejected":116,"improved":43,"new":22}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',5.40962143799999939375e+00);
INSERT INTO "metrics" VALUES(8,256,25,1.44675925925925926568e-02,8.21219547722765668123e+01,4.7524279382104496483e-02,1.37026284217834479759e+01,3.28487819089106247716e+00,1.0,0.81640625,'{"total":{"statuses":{"ok":209,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":26,"timeout":0,"memory_error":0,"invalid_walker":21,"unstable":0},"inserts":{"rejected":133,"improved":51,"new":25}},"operators":{"gp":{"statuses":{"ok":208,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":26,"timeout":0,"memory_error":0,"invalid_walker":21,"unstable":0},"inserts":{"rejected":133,"improved":51,"new":24}},"seed":{"statuses":{"ok":1,"unchanged":0,"llm_error":0,"no_code":0,"bad_diff":0,"syntax_error":0,"forbidden_import":0,"exception":0,"timeout":0,"memory_error":0,"invalid_walker":0,"unstable":0},"inserts":{"rejected":0,"improved":0,"new":1}}}}',6.30699461199999955596e+00);
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
spring_iterations = 8
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
','{"bins":[12,12,12],"height":[0.0,20.0],"width":[0.0,30.0],"mass":[0.0,240.0]}',1,'{"seed":[234,216,29,114,93,38,16,78,137,156,59,248,66,206,120,46,186,211,3,218,153,151,210,194,18,2,86,172,115,102,251,27],"stream":0,"word_pos":1020}','complete','2026-11-27T23:52:39Z','2026-11-27T23:52:45Z',8,256);
CREATE INDEX children_generation ON children (generation);
CREATE INDEX children_cell ON children (cell);
CREATE INDEX children_status ON children (status);
COMMIT;
PRAGMA user_version = 1;
