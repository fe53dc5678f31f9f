"""Tooling for the maintainers of the standards: validate, diff, migrate, fingerprints.

May import: the core, the formats and `coprod_standards.errors`; not the
command line.
"""

# The modules are the interface; none is imported here, so that using one
# does not pay for the others.
__all__ = [
    "changes",
    "diagnostics",
    "fingerprints",
    "migration",
    "previous_version",
    "validation",
]
