"""DocumentScores -> reports: static HTML pages, JSON and CSV.

Pure rendering: values in, strings out. Every piece of document text goes
through ``html.escape``; pages carry their own CSS and inline SVG charts, so
they open from disk with no network.
"""

from __future__ import annotations

import csv
import io as _io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from html import escape
from typing import Any

from .languages import LANGUAGES
from .model import (
    FUZZY,
    MISSING,
    TRANSLATED,
    UNTRANSLATED,
    DocumentScore,
    Finding,
    LanguageSummary,
    SegmentScore,
)

SCHEMA_VERSION = 1
CSV_FIELDS = (
    "doc", "lang", "index", "id", "kind", "number", "status", "supplied", "words",
    "confidence", "coverage", "consistency", "checks", "english", "translation",
)

_CSS = """
:root { --ok: #1a7f37; --fuzzy: #bf8700; --todo: #cf222e; --muted: #57606a; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", Arial, sans-serif;
       margin: 0 auto; max-width: 1200px; padding: 1.5rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.sub { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .8rem; color: #fff; }
.translated { background: var(--ok); } .fuzzy { background: var(--fuzzy); }
.untranslated { background: var(--todo); } .broken { background: #6e7781; }
.error { color: var(--todo); } .warning { color: var(--fuzzy); } .info { color: var(--muted); }
ul.findings { margin: .25rem 0 0; padding-left: 1.1rem; font-size: .85rem; }
.banner { border: 1px solid var(--todo); background: #ffebe9; padding: .6rem .8rem; border-radius: 6px; }
.note { border: 1px solid var(--fuzzy); background: #fff8c5; padding: .6rem .8rem; border-radius: 6px; }
.meta { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.text { white-space: pre-wrap; }
#segments td.text { width: 34%; }
.scroll { overflow-x: auto; } #documents { font-size: .88rem; } #documents .meta { white-space: normal; }
#segments td.meta { width: 8rem; }
:lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
            "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Traditional Arabic",
            "Segoe UI", sans-serif; font-size: 1.05em; }
[dir=rtl] { text-align: right; }
svg text { font: 12px system-ui, sans-serif; }
a { color: #0969da; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
"""


# -- JSON ----------------------------------------------------------------------


def summary_to_json(summary: LanguageSummary) -> dict[str, Any]:
    data = asdict(summary)
    data["extra"] = list(summary.extra)
    data["notes"] = list(summary.notes)
    data["completeness"] = round(summary.completeness, 4)
    data["completeness_words"] = round(summary.completeness_words, 4)
    return data


def score_to_json(score: DocumentScore, chrf_signature: str = "") -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "doc": score.doc,
        "symbol": score.symbol,
        "chrf_signature": chrf_signature,
        "languages": {s.lang: summary_to_json(s) for s in score.summaries},
        "segments": [
            {**asdict(r), "findings": [asdict(f) for f in r.findings]} for r in score.records
        ],
    }


def score_from_json(data: Mapping[str, Any]) -> DocumentScore:
    summaries = []
    for raw in data["languages"].values():
        fields = {k: v for k, v in raw.items() if k not in ("completeness", "completeness_words")}
        fields["extra"] = tuple(fields["extra"])
        fields["notes"] = tuple(fields["notes"])
        summaries.append(LanguageSummary(**fields))
    records = [
        SegmentScore(**{**r, "findings": tuple(Finding(**f) for f in r["findings"])})
        for r in data["segments"]
    ]
    return DocumentScore(data["doc"], data["symbol"], tuple(summaries), tuple(records))


def index_entry(data: Mapping[str, Any]) -> dict[str, Any]:
    """What the index keeps of a document's score: summaries, and each segment's
    final translations (for repeats across documents, the memory and the TMX)."""
    units: dict[str, dict[str, Any]] = {}
    for r in data["segments"]:
        unit = units.setdefault(r["id"], {"id": r["id"], "kind": r["kind"], "english": r["english"],
                                          "translations": {}})
        if r["status"] == "translated" and r["lang"] != "en":
            unit["translations"][r["lang"]] = r["translation"]
    return {
        "doc": data["doc"],
        "symbol": data["symbol"],
        "languages": data["languages"],
        "units": list(units.values()),
    }


def entry_to_score(entry: Mapping[str, Any]) -> DocumentScore:
    """An index entry as a DocumentScore without segment records."""
    return score_from_json({**entry, "segments": []})


def index_to_json(
    scores: Sequence[DocumentScore], checks: Iterable[Mapping[str, str]], chrf_signature: str,
    corpus_findings: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "chrf_signature": chrf_signature,
        "checks": list(checks),
        "documents": [
            {"doc": s.doc, "symbol": s.symbol,
             "languages": {x.lang: summary_to_json(x) for x in s.summaries}}
            for s in scores
        ],
        "corpus_findings": list(corpus_findings),
    }


# -- CSV -----------------------------------------------------------------------


def render_csv(records: Iterable[SegmentScore]) -> str:
    out = _io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for r in records:
        writer.writerow([
            r.doc, r.lang, r.index, r.id, r.kind, r.number, r.status, r.supplied, r.words,
            "" if r.confidence is None else f"{r.confidence:.2f}",
            f"{r.coverage:.2f}",
            "" if r.consistency is None else f"{r.consistency:.2f}",
            ";".join(f.check for f in r.findings),
            r.english,
            r.translation,
        ])
    return out.getvalue()


def render_index_csv(scores: Sequence[DocumentScore]) -> str:
    out = _io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["doc", "symbol", "lang", "entries", "translated", "fuzzy", "untranslated",
                     "obsolete", "completeness", "completeness_words", "errors", "warnings",
                     "missing", "extra", "disagreements", "catalog_error"])
    for s in scores:
        for x in s.summaries:
            writer.writerow([s.doc, s.symbol, x.lang, x.entries, x.translated, x.fuzzy, x.untranslated,
                             x.obsolete, f"{x.completeness:.4f}", f"{x.completeness_words:.4f}",
                             x.errors, x.warnings, x.missing, len(x.extra), x.disagreements, x.error])
    return out.getvalue()


# -- HTML ----------------------------------------------------------------------


def _page(title: str, body: str, lang: str = "en") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n"
        "<footer>Made by hexaglot. Static page: no scripts, no network.</footer>\n</body>\n</html>\n"
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


def _bar(summary: LanguageSummary, width: int = 160) -> str:
    """A stacked bar: translated, fuzzy, untranslated entries."""
    total = summary.entries or 1
    parts = [(summary.translated, "#1a7f37"), (summary.fuzzy, "#bf8700"), (summary.untranslated, "#cf222e")]
    x = 0.0
    rects = []
    for count, colour in parts:
        w = width * count / total
        if w:
            rects.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="12" fill="{colour}"/>')
        x += w
    label = (f"{summary.translated} translated, {summary.fuzzy} fuzzy, "
             f"{summary.untranslated} untranslated of {summary.entries}")
    return (f'<svg role="img" aria-label="{escape(label)}" width="{width}" height="12" '
            f'viewBox="0 0 {width} 12"><title>{escape(label)}</title>{"".join(rects)}</svg>')


def _language_chart(scores: Sequence[DocumentScore], langs: Sequence[str]) -> str:
    """Completeness by language over all documents, as horizontal bars."""
    rows = []
    for n, lang in enumerate(langs):
        subset = [x for s in scores for x in s.summaries if x.lang == lang]
        entries = sum(x.entries for x in subset) or 1
        done = sum(x.translated for x in subset) / entries
        fuzzy = sum(x.fuzzy for x in subset) / entries
        y = n * 22
        rows.append(
            f'<text x="0" y="{y + 13}">{escape(_lang_name(lang))}</text>'
            f'<rect x="90" y="{y + 2}" width="300" height="14" fill="#eaeef2"/>'
            f'<rect x="90" y="{y + 2}" width="{300 * done:.1f}" height="14" fill="#1a7f37"/>'
            f'<rect x="{90 + 300 * done:.1f}" y="{y + 2}" width="{300 * fuzzy:.1f}" height="14" fill="#bf8700"/>'
            f'<text x="398" y="{y + 13}">{_pct(done)}</text>'
        )
    height = 22 * len(langs)
    return (f'<svg role="img" aria-label="Completeness by language" width="440" height="{height}" '
            f'viewBox="0 0 440 {height}">{"".join(rows)}</svg>')


def _lang_name(lang: str) -> str:
    language = LANGUAGES.get(lang)
    return language.name if language else lang


def _text_attrs(lang: str) -> str:
    language = LANGUAGES.get(lang)
    rtl = ' dir="rtl"' if language is not None and language.rtl else ""
    return f'lang="{escape(lang)}"{rtl}'


def page_name(doc: str, lang: str) -> str:
    return f"{doc}/{lang}.html"


def render_index(
    scores: Sequence[DocumentScore],
    langs: Sequence[str],
    checks: Iterable[Mapping[str, str]],
    chrf_signature: str,
    thresholds: Mapping[str, float],
    corpus_findings: Sequence[Mapping[str, Any]] = (),
) -> str:
    head = "".join(f'<th>{escape(_lang_name(lang))}</th>' for lang in langs)
    rows = []
    for s in scores:
        cells = []
        by_lang = {x.lang: x for x in s.summaries}
        for lang in langs:
            x = by_lang.get(lang)
            if x is None:
                cells.append("<td>—</td>")
                continue
            link = f'<a href="{escape(page_name(s.doc, lang))}">'
            if x.error:
                cells.append(f'<td>{link}<span class="badge broken">catalogue broken</span></a></td>')
                continue
            issues = (f"{_plural(x.errors, 'error')}, {_plural(x.warnings, 'warning')}"
                      if (x.errors or x.warnings) else "no issues")
            cells.append(
                f'<td>{link}{_pct(x.completeness)}</a> '
                f'<span class="meta">({_pct(x.completeness_words)} of words)</span><br>{_bar(x, 90)}'
                f'<br><span class="meta">{x.fuzzy} fuzzy, {x.untranslated} untranslated; {issues}'
                f'{"; " + str(x.missing) + " missing in supplied text" if x.missing else ""}</span></td>'
            )
        rows.append(f'<tr><th scope="row">{escape(s.symbol or s.doc)}</th>{"".join(cells)}</tr>')
    gate = "".join(
        f"<li>{escape(_lang_name(lang))}: {_pct(thresholds.get(lang, 0.0))}</li>" for lang in langs
    )
    check_rows = "".join(
        f'<tr><td><code>{escape(c["name"])}</code></td><td class="{escape(c["severity"])}">'
        f'{escape(c["severity"])}</td><td>{escape(c["title"])}</td></tr>'
        for c in checks
    )
    corpus = ""
    if corpus_findings:
        items = "".join(
            f'<li><span class="{escape(f["severity"])}">{escape(f["severity"])}</span> '
            f'{escape(_lang_name(f["lang"]))}: {escape(f["message"])}</li>'
            for f in corpus_findings
        )
        corpus = f"<h2>Across documents</h2><ul>{items}</ul>"
    body = (
        "<h1>Translation completeness</h1>"
        f'<p class="sub">{_plural(len(scores), "document")} in {len(langs)} languages. Completeness counts '
        "catalogue entries translated and not fuzzy, as <code>msgfmt --statistics</code> does.</p>"
        f"{_language_chart(scores, langs)}"
        f"{_index_attention(scores, langs, thresholds)}"
        f'<h2>Documents</h2><div class="scroll"><table id="documents"><thead><tr><th>Document</th>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
        f"{corpus}"
        f"<h2>Release thresholds</h2><ul>{gate}</ul>"
        f'<h2>Checks</h2><table id="checks"><thead><tr><th>Check</th><th>Severity</th><th>What it looks at</th>'
        f'</tr></thead><tbody>{check_rows}</tbody></table>'
        f'<p class="meta">chrF: {escape(chrf_signature)}</p>'
    )
    return _page("hexaglot: translation completeness", body)


_ATTENTION_SHOWN = 50  # catalogues listed by name on the index; the rest are counted


def _index_attention(
    scores: Sequence[DocumentScore], langs: Sequence[str], thresholds: Mapping[str, float]
) -> str:
    """The catalogues a reviewer should open first: broken, below the release
    threshold (least complete first) or with errors from the checks."""
    listed = []
    for s in scores:
        for x in s.summaries:
            if x.lang not in langs:
                continue
            below = x.completeness < thresholds.get(x.lang, 0.0)
            if not (x.error or below or x.errors):
                continue
            name = f"{s.symbol or s.doc} {_lang_name(x.lang)}"
            if x.error:
                what = "catalogue broken"
            else:
                what = f"{_pct(x.completeness)} translated"
                if below:
                    what += f" (release needs {_pct(thresholds.get(x.lang, 0.0))})"
                what += "".join(f"; {n}" for n in (
                    f"{x.fuzzy} fuzzy" if x.fuzzy else "",
                    f"{x.untranslated} untranslated" if x.untranslated else "",
                    _plural(x.errors, "error") if x.errors else "",
                ) if n)
            key = (not x.error, x.completeness, -x.errors, s.doc, x.lang)
            listed.append((key, f'<li><a href="{escape(page_name(s.doc, x.lang))}">{escape(name)}</a>: '
                                f"{escape(what)}</li>"))
    if not listed:
        return '<p id="attention">Every catalogue reaches its release threshold with no errors from the checks.</p>'
    listed.sort(key=lambda item: item[0])
    items = "".join(item for _, item in listed[:_ATTENTION_SHOWN])
    more = len(listed) - _ATTENTION_SHOWN
    tail = f'<p class="meta">and {_plural(more, "more catalogue")}, in the table below.</p>' if more > 0 else ""
    return f'<h2>Where to look</h2><ol id="attention">{items}</ol>{tail}'


_SEVERITY_ORDER = {"error": 0, "warning": 1}
_STATUS_ORDER = {UNTRANSLATED: 0, FUZZY: 1, TRANSLATED: 2}


def _where_to_look(records: Sequence[SegmentScore]) -> str:
    """The segments a reviewer has to open, worst first, linked to their rows.

    Untranslated segments, then fuzzy ones, then those where an error or a
    warning fired; information-level findings are not listed.
    """
    listed = []
    for r in records:
        alarms = sorted((f for f in r.findings if f.severity in _SEVERITY_ORDER),
                        key=lambda f: _SEVERITY_ORDER[f.severity])
        if r.status == TRANSLATED and not alarms:
            continue
        what = [f"{f.check} ({f.severity})" for f in alarms]
        if r.status != TRANSLATED:
            missing = ", missing from the supplied text" if r.supplied == MISSING else ""
            what.insert(0, r.status + missing)
        rank = (_STATUS_ORDER[r.status], _SEVERITY_ORDER[alarms[0].severity] if alarms else 2, r.index)
        label = f"{r.kind} {r.number}".strip()
        listed.append((rank, f'<li><a href="#s-{escape(r.id)}">#{r.index + 1}</a> {escape(label)}: '
                             f"{escape('; '.join(what))}</li>"))
    if not listed:
        return '<p id="review">Nothing to review: every segment is translated and no check raised an alarm.</p>'
    items = "".join(item for _, item in sorted(listed))
    return f'<h2>Where to look</h2><ul id="review">{items}</ul>'


def render_language_page(
    score: DocumentScore, lang: str, chrf_signature: str
) -> str:
    summary = next(x for x in score.summaries if x.lang == lang)
    records = [r for r in score.records if r.lang == lang]
    attrs = _text_attrs(lang)
    title = f"{score.symbol or score.doc}: {_lang_name(lang)}"
    parts = [f"<h1>{escape(title)}</h1>", '<p class="sub"><a href="../index.html">All documents</a></p>']
    if summary.error:
        # The catalogue, or the English original the whole document comes from.
        what = "The catalogue" if summary.error.startswith(summary.catalog) else "The document"
        parts.append(f'<p class="banner" id="catalog-error">{what} could not be read: '
                     f"{escape(summary.error)}. Nothing below reflects it until it is fixed.</p>")
    else:
        parts.append(
            f'<p id="summary">{_bar(summary, 300)}<br>{_pct(summary.completeness)} of {summary.entries} entries '
            f"translated ({_pct(summary.completeness_words)} of {summary.words} English words); "
            f"{summary.fuzzy} fuzzy, {summary.untranslated} untranslated, {summary.obsolete} obsolete; "
            f"{_plural(summary.errors, 'error')} and {_plural(summary.warnings, 'warning')} "
            "from the checks.</p>"
        )
    for note in summary.notes:
        parts.append(f'<p class="note">{escape(note)}</p>')
    if summary.disagreements:
        differ = "differs" if summary.disagreements == 1 else "differ"
        parts.append(f'<p class="note">{_plural(summary.disagreements, "translation")} typed by a translator '
                     f"{differ} from the supplied text; the translator's version was kept.</p>")
    if summary.extra:
        items = "".join(f'<li {attrs} class="text">{escape(text)}</li>' for text in summary.extra)
        parts.append(f'<h2>In the supplied text only</h2><ul id="extra">{items}</ul>')
    parts.append(_where_to_look(records))
    rows = []
    for r in records:
        findings = "".join(
            f'<li class="{escape(f.severity)}"><strong>{escape(f.check)}</strong>: {escape(f.message)}</li>'
            for f in r.findings
        )
        meta = [f"coverage {r.coverage:.2f}"]
        if r.consistency is not None:
            meta.append(f"consistency {r.consistency:.2f}")
        if r.confidence is not None:
            meta.append(f"alignment {r.confidence:.2f}" + (f" ({r.why})" if r.why else ""))
        if r.supplied:
            meta.append(f"supplied: {r.supplied}")
        rows.append(
            f'<tr id="s-{escape(r.id)}" class="row-{escape(r.status)}">'
            f'<td class="num">{r.index + 1}</td>'
            f'<td class="meta">{escape(r.kind)}{" " + escape(r.number) if r.number else ""}</td>'
            f'<td lang="en" class="text">{escape(r.english)}</td>'
            f'<td {attrs} class="text translation">{escape(r.translation)}</td>'
            f'<td><span class="badge {escape(r.status)}">{escape(r.status)}</span>'
            f'<div class="meta">{escape(", ".join(meta))}</div>'
            f'{"<ul class=findings>" + findings + "</ul>" if findings else ""}</td></tr>'
        )
    parts.append(
        '<h2>Segments</h2><table id="segments"><thead><tr><th class="num">#</th><th>Kind</th>'
        f'<th>English</th><th>{escape(_lang_name(lang))}</th><th>Status and checks</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table>'
        f'<p class="meta">chrF: {escape(chrf_signature)}</p>'
    )
    return _page(title, "".join(parts))
