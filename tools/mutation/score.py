#!/usr/bin/env python3
"""Mutation scores per package from one or more PIT mutations.xml files.

PIT's result for a class does not depend on which other classes were mutated in the same run, so
runs over separate class sets (one per package, or the engine split in parts to fit a session) add
up: give every mutations.xml, and a mutant seen in several files (same class, method, line,
mutator and index) counts once, with its best status. Usage:

    python3 tools/mutation/score.py target/pit-reports/mutations.xml [more.xml ...]

A mutant counts as killed when PIT says KILLED, TIMED_OUT, MEMORY_ERROR or RUN_ERROR; SURVIVED and
NO_COVERAGE are not. Equivalent mutants (listed in src/test/java/workbench/MUTATION-SURVIVORS.md)
are not subtracted here: the README gives both figures.
"""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def children_text(element):
    """The texts of an element and its children, e.g. <indexes><index>3</index></indexes> -> "3"."""
    if element is None:
        return ""
    return ",".join(t.strip() for t in element.itertext() if t.strip())


def mutants(path):
    for m in ET.parse(path).getroot().iter("mutation"):
        cls = m.findtext("mutatedClass")
        key = (cls, m.findtext("mutatedMethod"), m.findtext("methodDescription"), m.findtext("lineNumber"),
               m.findtext("mutator"), children_text(m.find("indexes")), children_text(m.find("blocks")),
               m.findtext("description"))
        yield key, m.get("status")


def main(paths):
    best = {}
    for p in paths:
        for key, status in mutants(p):
            if best.get(key) not in KILLED:
                best[key] = status
    per = defaultdict(lambda: [0, 0])
    for (cls, *_), status in best.items():
        top = cls.split("$")[0]
        package = top.rsplit(".", 1)[0]
        per[package][0] += 1
        per[package][1] += status in KILLED
    print(f"{'package':32} {'mutants':>8} {'killed':>8} {'score':>7}")
    for package in sorted(per):
        n, k = per[package]
        print(f"{package:32} {n:8d} {k:8d} {100.0 * k / n:6.1f}%")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
