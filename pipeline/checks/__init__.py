"""The per-segment consistency checks (issue 4): a Unit in, Findings out.

``CHECKS`` lists every check with its name, severity and title;
``run_checks`` runs the segment checks on one unit; ``check_repeats`` runs
the checks that compare units across documents. One module per family:
figures (numbers, symbols, numbering), dates, terms, form (punctuation,
length), agreement (chrF), repeats; registry holds Unit and the registry.
"""

from __future__ import annotations

from .agreement import CHRF_THRESHOLD, check_chrf, chrf, chrf_signature
from .dates import check_dates
from .figures import check_numbering, check_numbers, check_symbols
from .form import check_length, check_length_siblings, check_punctuation
from .registry import CHECKS, Check, Unit, run_checks
from .repeats import check_repeats, repeats_across_documents
from .terms import check_terms

__all__ = [
    "CHECKS",
    "CHRF_THRESHOLD",
    "Check",
    "Unit",
    "check_chrf",
    "check_dates",
    "check_length",
    "check_length_siblings",
    "check_numbering",
    "check_numbers",
    "check_punctuation",
    "check_repeats",
    "repeats_across_documents",
    "check_symbols",
    "check_terms",
    "chrf",
    "chrf_signature",
    "run_checks",
]
