"""The held-out discipline for the labelled pairs: every pair of plans (documents; the web and the PDF text of one plan
count as one) belongs to one half, the tuning half or the held-out half. Thresholds and rules are chosen on the tuning
half; the held-out half is only reported.

Plans of the labelled pairs are split by hand so that both halves hold cross-city education pairs, pairs inside one
plan and national pairs; a pair of plans no label names (its predictions can only be false positives) falls in a half
by a hash of the two names, so that both halves pay for false positives alike.
"""
import hashlib
import os

PLAN = {"000": "P", "002": "P", "001": "B", "003": "Q", "004": "N"}

TUNING = {("P", "Q"), ("N", "Q"), ("B", "P"), ("B", "B"), ("P", "P"), ("05", "06"), ("05", "05"), ("10", "10"),
          ("Q", "Q")}
HELD_OUT = {("B", "N"), ("B", "Q"), ("N", "P"), ("N", "N"), ("11", "B"), ("01", "10"), ("01", "07"), ("07", "08"),
            ("03", "B")}


def plan(file):
    f = os.path.basename(file)
    return PLAN.get(f[:3], f[:2])


def half(file_a, file_b):
    """'tuning' or 'held-out' for a pair of tasks of these two files."""
    k = tuple(sorted((plan(file_a), plan(file_b))))
    if k in TUNING:
        return "tuning"
    if k in HELD_OUT:
        return "held-out"
    h = hashlib.sha1("|".join(k).encode()).digest()[0]
    return "tuning" if h % 2 == 0 else "held-out"
