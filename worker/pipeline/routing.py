"""Routing by language: which posts of a batch the model judges, and what the others get instead.

``Routing.split(norms, hints)`` identifies the language of each normalised post (``language.identify``, one call per
batch) and says whether it is judged (``language.judged``: a configured language, ``und``, a mixed post with enough of
a judged language). A post that is not judged never reaches the model: ``unread`` gives it the decision
``unsupported`` from the term lists alone, except that a slur, dehumanising, hostile or threat entry (or a named conspiracy
theory) outside quotation marks still flags it for review, since the lists match in every language. No model score
exists for such a post, so the model's thresholds (``lexicon_min`` included) do not apply to it.

``Routing(judge_all=True)`` (``VIGIE_UNSUPPORTED=judge``) still identifies, so verdicts carry ``lang``, but sends
every post to the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from worker.ops.errors import ConfigError
from worker.pipeline.decide import EVASION_MESSAGES, match_reasons, split_quoted
from worker.pipeline.language import Identifier, Lang, default_identifier, judged
from worker.pipeline.lexicon import ESCALATING, Match
from worker.pipeline.messages import TERMS_TIER, Reason, Verdict
from worker.pipeline.normalize import Normalized


@dataclass(frozen=True, slots=True)
class Routing:
    """The judged languages (ISO 639-1 codes), built once at start-up."""

    languages: frozenset[str] = frozenset({"fr"})
    judge_all: bool = False
    identifier: Identifier = field(default_factory=default_identifier)

    def __post_init__(self) -> None:
        unknown = sorted(self.languages - self.identifier.codes)
        if unknown:
            raise ConfigError(f"VIGIE_LANGUAGES: {unknown[0]!r} is not a language the identifier knows "
                              "(ISO 639-1 codes such as fr, en, es, de, ar)")

    def split(self, norms: Sequence[Normalized], hints: Sequence[str | None]) -> tuple[list[Lang], list[bool]]:
        """Each post's language, and whether the model judges it."""
        langs = self.identifier.identify([n.text for n in norms], hints)
        if self.judge_all:
            return langs, [True] * len(langs)
        return langs, [judged(lang, self.languages) for lang in langs]

    def describe(self) -> str:
        """For the start-up log: which posts the model judges."""
        codes = ",".join(sorted(self.languages))
        if self.judge_all:
            return f"every language judged (VIGIE_UNSUPPORTED=judge), languages identified for lang; metrics label: {codes}"
        return f"judged: {codes}, undetermined and mixed; other languages: unsupported"


def unread(norm: Normalized, matches: Sequence[Match], lang: Lang, languages: frozenset[str]) -> Verdict:
    """The verdict of a post the model does not read: ``unsupported``, or ``review`` when the term lists find a slur,
    dehumanising or threat term (row 4 of the decision table) or a conspiracy theory (row 5) outside quotation
    marks. No scores: nothing was measured."""
    note = Reason("language", f"language {lang.code} ({lang.confidence:.2f}) is not judged by the model "
                  f"(judged: {', '.join(sorted(languages))}): term lists only", label=lang.code,
                  score=lang.confidence)
    live, live_ids = split_quoted(norm, matches)
    severe = any(m.severity in ESCALATING for m in live)
    conspiracy = any(m.severity == "conspiracy" for m in live)
    found = match_reasons(matches, live_ids, norm)
    if not (severe or conspiracy):
        return Verdict("unsupported", {}, (), (note, *found), TERMS_TIER, lang.code, lang.confidence)
    rule = ("row 4: a slur, dehumanising, hostile or threat match (term list)" if severe
            else "row 5: a conspiracy theory named (term list)")
    categories = tuple(dict.fromkeys(m.category for m in matches))
    evasions = [Reason("evasion", f"evasion undone: {EVASION_MESSAGES[t]}", label=t) for t in norm.evasions]
    reasons = (note, Reason("policy", rule), *found, *evasions)
    return Verdict("review", {}, categories, reasons, TERMS_TIER, lang.code, lang.confidence)
