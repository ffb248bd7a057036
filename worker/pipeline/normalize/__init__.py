"""Normalisation: see through evasion tricks before scoring and matching.

``normalize(text) -> Normalized`` runs the steps below in order. Each step first asks a cheap question (one compiled
regex search, ``str.isascii`` or ``unicodedata.is_normalized``) and does nothing when the answer is no, so plain text
goes through at C speed. Each step that changes the text records its name; the names of evasion tricks
(``EVASION_TRICKS``) become the flag's "evasion tricks undone" reasons.

| step             | does                                                                        | trick name            |
| ---------------- | --------------------------------------------------------------------------- | --------------------- |
| invisible        | zero-width, bidi, tag characters and variation selectors removed            | invisible             |
| (same step)      | a right-to-left override's run put in display order (« \u202eeuqibara » -> « arabique ») | reversed_text |
| mojibake         | UTF-8 read as Latin-1/cp1252 repaired: « Ã© » -> « é », « â€™ » -> « ’ »    | mojibake (not evasion)|
| controls         | control characters and soft hyphens removed (after the repair: it uses them) | invisible             |
| nfkc             | Unicode NFKC; fullwidth, mathematical, circled letters -> plain             | styled_letters        |
| (same step)      | boxed letters (« 🅢🅐🅛🅔 », « 🆂 », « ⒜ ») -> plain; marks stacked on Latin letters dropped (zalgo) | styled_letters, combining_marks |
| homoglyphs       | Cyrillic/Greek/small-capital look-alikes -> Latin (« ѕаlе » -> « sale »)    | homoglyphs            |
| words            | « #SaleJuif » -> « sale juif » (hashtags, PascalCase); mixed case noticed   | camel_case, case_noise|
| casefold         | lower case (« SALE » -> « sale »)                                            | (silent)              |
| emoji            | emoji set apart as tokens (« sale🐒 » -> « sale 🐒 »)                          | (silent)              |
| placeholders     | URLs -> ``LINK``, mentions and e-mails -> ``@USER`` (the training data's forms) | (silent)           |
| letter_spacing   | « s a l e », « n.è.g.r.e », « b-o-u-g », « a/r/a/b » re-joined              | letter_spacing        |
| punctuation      | « p*d* », « en*ulé », « sale_arabe » -> « pd », « enulé », « sale arabe »    | inserted_punctuation  |
| leetspeak        | « n3gr3 », « s4l3 », « @rabe », « $ale », « et3$ » -> letters, in context    | leetspeak             |
| repeated_letters | « connnnard » -> « connard », « arrrrabe » -> « arabe »                       | repeated_letters      |
| whitespace       | runs of spaces/newlines -> one space, ends stripped                         | (silent)              |

Choices, so that nobody has to guess:
- Accents are KEPT in ``Normalized.text`` (the model and the lists are French). Matching strips them with
  ``strip_accents`` (a length-preserving ``str.translate``), so « negre » and « nègre » meet the same list entry.
- Leetspeak (0->o 1->i 3->e 4->a 5->s 7->t @->a $->s €->e, and ! | inside such a word): a token made only of
  letters and leet characters is a word in disguise (« n3gr3 », « $@l3 », « 4rabe », « qu3lqu’un », « c0n »),
  unless it is a number glued to a word (« 1er », « 2ème », « 14h30 », « 12,50€ », « 3emedose », « 1femme »,
  « 50nuances », « 100m€ ») or a code (« mp3 », « tf1 », « covid19 », « top10 », « europe1 », « france3 »,
  « ddr4 »; « windows10 » is read as leet). Parts between inner punctuation or apostrophes are judged separately.
- ``@word`` is a mention (``@USER``) at the start of a post, next to another mention, after « : », when the
  handle is not word-like (``_``, one letter), or at the end of a post unless it spells a group word with its
  « a » (``data/a_words.txt``: « une sale @rabe »); elsewhere « @rabe » is leetspeak. The training data's ``@USER`` and
  ``LINK`` are kept in that exact (upper-case) form.
- Runs of three or more identical letters shrink to one, or to two when a French word needs the double
  (``data/double_words.txt``: « connnnard » -> « connard », « femmmme » -> « femme »); « iii » stays in Roman numerals.
  Two letters in a row are never touched (« femme », « belle », « rouge-gorge »).
- camelCase is cut inside hashtags at every lower-to-upper boundary; elsewhere only capitalised parts of three
  letters or more (« SaleJuif »), and never in a post with case noise (« SaLe », « ConTre »).
- Spaced letters need three single characters (two with a dot or star), at least two of them letters that are not
  French one-letter words (a, à, y, ô, o), so « il y a à manger » and « a-t-il » stay.
- Homoglyph folding is applied to every look-alike letter (``data/lookalikes.txt``: a hand table of Cyrillic, Greek
  and small-capital letters, then Unicode's confusables, UTS #39), whatever the script around it (a Russian post
  becomes Latin noise; Vigie is a French model).

One module per step (or pair of steps), each a ``Step``: ``could_act(work)``, the cheap question whose « no » proves
the step would change nothing, and ``apply(work)``. Word lists and tables are files under ``data/``.

Speed: most posts are plain (French letters, digits, punctuation, @USER, LINK, hashtags, « … », emoji and symbols
between spaces, stretched letters); ``fast._light`` proves with a few anchored searches which steps cannot act and
runs only the others, with the steps' own functions, in the same order, on plain strings (``_plain``; no ``_Work``,
no map built unless an edit changes a length; tests check it agrees with the whole pipeline). The guards' patterns
start with a literal or one character class where they can, so the regex engine scans ahead instead of trying
branches at every position. ``worker/tools/bench/normalizer.py`` measures it, ``normalizer_compare`` checks and
times it against an older revision (docs/performance.md).

Properties (``tests/test_normalize_properties.py``): never raises; idempotent (the pipeline reruns on its output
until stable when a rewriting step fired); ``len(text) <= 4 * len(original) + 8``; every span maps inside the
original. ``Normalized.to_original(start, end)`` maps a span of ``text`` to the span of ``original`` the author wrote.
"""

from __future__ import annotations

from worker.pipeline.normalize.accents import strip_accents
from worker.pipeline.normalize.fast import _light
from worker.pipeline.normalize.pipeline import STEPS, _normalize_slow, normalize, normalize_batch
from worker.pipeline.normalize.result import EVASION_TRICKS, Normalized

__all__ = ["EVASION_TRICKS", "STEPS", "Normalized", "_light", "_normalize_slow", "normalize", "normalize_batch",
           "strip_accents"]
