"""The chrF check: a catalogue translation against the supplied translation.

sacrebleu's chrF with its default settings; ``chrf_signature()`` records them
so every reported score can be reproduced.
"""

from __future__ import annotations

from functools import lru_cache

from sacrebleu.metrics import CHRF

from .registry import Unit, register
from .text import plain

CHRF_THRESHOLD = 50.0  # below this the two texts probably do not say the same thing


@lru_cache(maxsize=1)
def _metric() -> CHRF:
    metric = CHRF()
    # The signature records the number of references, known only once scored.
    metric.sentence_score("a", ["a"])
    return metric


def chrf_signature() -> str:
    """The sacrebleu signature of the chrF settings: nrefs:1|case:mixed|eff:yes|nc:6|..."""
    return str(_metric().get_signature())


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (0-100) of ``hypothesis`` against one reference."""
    return float(_metric().sentence_score(hypothesis, [reference]).score)


def _spaces(text: str) -> str:
    return " ".join(plain(text).split())


@register("chrf", "info")
def check_chrf(unit: Unit) -> str | None:
    """The translation agrees with the supplied translation (chrF, sacrebleu)"""
    translation, supplied = _spaces(unit.translation), _spaces(unit.supplied)
    if not supplied or translation == supplied:
        return None
    score = chrf(translation, supplied)
    if score >= CHRF_THRESHOLD:
        return None
    return (
        f"chrF {score:.1f} between the translation and the supplied translation "
        f"(below {CHRF_THRESHOLD:.0f}): they may not say the same thing"
    )
