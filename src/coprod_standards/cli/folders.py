"""Finding assessment files among the files, folders and globs named on the command line.

The finding itself is `coprod_standards.formats.assessment_batches.find_assessments`,
which `load_assessments` uses too.
"""

from __future__ import annotations

from coprod_standards.formats.assessment_batches import SUFFIXES, Found, find_assessments

__all__ = ["SUFFIXES", "Found", "find_assessments"]
