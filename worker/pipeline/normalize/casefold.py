"""Case folding (« SALE » -> « sale »), silent. Folding can bring back what earlier steps repair (« Â€™ » ->
« â€™ », Cyrillic capitals to look-alikes), and then asks for another pass."""

from __future__ import annotations

from worker.pipeline.normalize.nfkc import _earlier_steps_would_act
from worker.pipeline.normalize.work import _UNUSUAL, Step, _Work


def could_act(w: _Work) -> bool:
    text = w.text
    return not (text.isascii() and text.islower())  # lower-case ASCII folds to itself


def apply(w: _Work) -> None:
    text = w.text
    folded = text.casefold()
    if folded == text:
        return
    if len(folded) == len(text):
        w.text = folded  # per-character change: the map to the original is unchanged
    else:
        w.apply([(i, i + 1, f) for i, c in enumerate(text) if (f := c.casefold()) != c], rewrites=False)
    if "Â" in text or "Ï" in text or (w.unusual and any(c.casefold() != c for c in _UNUSUAL.findall(text))):
        # « Â€™ » -> « â€™ » is mojibake again; Cyrillic capitals fold to look-alikes
        w.changed = w.changed or _earlier_steps_would_act(w.text)


STEP = Step("casefold", could_act, apply)
