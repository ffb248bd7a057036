"""`vigie score`'s output for invalid inputs: the post's id when it can be read (as the dead letter has it), and the
line, so a user finds the input either way."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
from fakes import KeywordModel

from worker.pipeline.decide import Policy
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.scoring import Scorer
from worker.tools.offline import score_file


def test_invalid_lines_are_named_by_their_id_when_it_can_be_read_and_by_line(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    src.write_bytes(b'{"id": "p1", "text": "bonjour"}\n\n{"id": "m1"}\n{oops\n{"id": "u1", "text": "caf\xe9"}\n')
    out = io.BytesIO()
    scorer = Scorer(KeywordModel(), Lexicon.load(), Policy(review=0.5, remove=0.8))
    counts = score_file(src, scorer, out, progress=False)
    lines = [orjson.loads(line) for line in out.getvalue().splitlines()]
    assert counts == {"posts": 4, "flagged": 0, "invalid": 3, "unsupported": 0}
    assert lines[0]["id"] == "p1" and lines[0]["decision"] == "allow"
    assert [(o["id"], o["line"], o["error"]["reason"]) for o in lines[1:]] == [
        ("m1", 3, "missing_field"), (None, 4, "invalid_json"), ("u1", 5, "invalid_utf8")]
