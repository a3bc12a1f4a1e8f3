"""The check registry: a Unit in, Findings out.

Each check is a small function registered with a name and a severity; its
docstring's first line is its title. ``run_checks`` applies the
preconditions once, so the checks themselves stay short.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ParamSpec

from ..model import Finding

if TYPE_CHECKING:
    from ..glossary import Glossary

SEVERITIES = ("error", "warning", "info")
SEGMENT = "segment"  # a check of one unit, run by run_checks
CORPUS = "corpus"  # a check across units and documents (check_repeats)

P = ParamSpec("P")


@dataclass(frozen=True)
class Unit:
    """One segment in one language, with everything a check may compare it to."""

    lang: str  # target language code
    english: str  # the msgid
    translation: str  # the msgstr, "" when untranslated
    kind: str = ""  # segment kind (model.py constants)
    number: str = ""  # paragraph number of the English segment: "8.", "(a)", ""
    target_number: str = ""  # the number the supplied translation carried, if known
    # The same segment in the other languages: lang -> translation, non-empty only.
    siblings: Mapping[str, str] = field(default_factory=dict, hash=False)
    supplied: str = ""  # the aligned supplied translation, when there is one


@dataclass(frozen=True)
class Check:
    """A registered check, as the report lists it."""

    name: str
    severity: str  # the default; a check may lower it for one finding
    title: str
    function: Callable[..., object]  # a segment check returns Finding | None
    scope: str = SEGMENT
    uses_glossary: bool = False


CHECKS: dict[str, Check] = {}
_SEGMENT_CHECKS: list[Check] = []  # the segment-scope part of CHECKS, in order


def register(
    name: str, severity: str, *, scope: str = SEGMENT, uses_glossary: bool = False
) -> Callable[[Callable[P, str | Finding | None]], Callable[P, Finding | None]]:
    """Register a check whose body returns a message (or a Finding to set its severity)."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity {severity!r} is not one of {SEVERITIES}")

    def decorate(body: Callable[P, str | Finding | None]) -> Callable[P, Finding | None]:
        if name in CHECKS:
            raise ValueError(f"a check named {name!r} is already registered")
        title = body.__doc__.strip().splitlines()[0] if body.__doc__ else name

        @functools.wraps(body)
        def check(*args: P.args, **kwargs: P.kwargs) -> Finding | None:
            result = body(*args, **kwargs)
            if result is None or isinstance(result, Finding):
                return result
            return Finding(check=name, severity=severity, message=result)

        CHECKS[name] = Check(name, severity, title, check, scope, uses_glossary)
        if scope == SEGMENT:
            _SEGMENT_CHECKS.append(CHECKS[name])
        return check

    return decorate


def register_corpus(name: str, severity: str, title: str, function: Callable[..., object]) -> None:
    """List a check that runs across units (not through run_checks) beside the others."""
    if name in CHECKS:
        raise ValueError(f"a check named {name!r} is already registered")
    CHECKS[name] = Check(name, severity, title, function, CORPUS)


def finding(name: str, message: str, severity: str | None = None) -> Finding:
    """A Finding of a registered check, at its registered severity unless told otherwise."""
    return Finding(name, severity or CHECKS[name].severity, message)


def run_checks(unit: Unit, glossary: Glossary | None = None) -> list[Finding]:
    """Every segment check that applies to ``unit``, in registration order.

    Preconditions: the English catalogue has nothing to compare, and an
    untranslated unit is coverage (reported elsewhere), not a consistency
    problem; both give no findings. Checks that need the glossary are skipped
    without one.
    """
    if unit.lang == "en" or not unit.translation.strip():
        return []
    findings = []
    for check in _SEGMENT_CHECKS:
        if check.uses_glossary:
            if glossary is None:
                continue
            result = check.function(unit, glossary)
        else:
            result = check.function(unit)
        if isinstance(result, Finding):
            findings.append(result)
    return findings
