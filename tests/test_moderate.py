"""``moderate``: the one path from records to outcomes, shared by the worker and `vigie score`."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
from fakes import KeywordModel

from worker.pipeline.decide import Policy
from worker.pipeline.lexicon import Lexicon
from worker.pipeline.messages import DeadLetter
from worker.pipeline.moderate import Judged, Record, moderate
from worker.pipeline.scoring import Scorer
from worker.stream.batch import Topics, process_batch
from worker.tools.offline import score_file


def scorer(model: KeywordModel | None = None) -> Scorer:
    return Scorer(model or KeywordModel(), Lexicon.load(), Policy(review=0.5, remove=0.8, hate_label="hate"))


def post(i: str, text: str) -> bytes:
    return orjson.dumps({"id": i, "text": text})


def test_one_outcome_per_record_in_the_records_order() -> None:
    values = [b"{oops", post("1", "bonjour"), post("2", "poison"), None, post("3", "il faut les exterminer")]
    records = [Record("posts", 0, i, None, v) for i, v in enumerate(values)]
    outcomes = moderate(records, scorer(KeywordModel(fail_on="poison")), max_bytes=10_000)
    kinds = [(o.reason, o.post_id) if isinstance(o, DeadLetter) else (o.verdict.decision, o.post.id)
             for o in outcomes]
    assert kinds == [("invalid_json", None), ("allow", "1"), ("scoring_error", "2"), ("invalid_json", None),
                     ("remove", "3")]
    assert [o.source.offset for o in outcomes if o.source is not None] == [0, 1, 2, 3, 4]
    judged = outcomes[1]
    assert isinstance(judged, Judged) and judged.source.topic == "posts"


def test_vigie_score_gives_the_worker_s_verdicts(tmp_path: Path) -> None:
    texts = ["bonjour", "de la haine", "il faut les exterminer", "les autres"]
    src = tmp_path / "posts.jsonl"
    src.write_bytes(b"".join(post(str(i), t) + b"\n" for i, t in enumerate(texts)))
    out = io.BytesIO()
    score_file(src, scorer(), out, progress=False)
    offline = [(o["id"], o["decision"], o["scores"], o["reasons"]) for o in map(orjson.loads, out.getvalue().splitlines())]
    records = [Record("posts", 0, i, None, post(str(i), t)) for i, t in enumerate(texts)]
    result = process_batch(records, scorer(), Topics("flags", "dead", "decisions"), max_bytes=1_000_000)
    worker = [orjson.loads(o.value) for o in result.outgoing if o.topic == "decisions"]
    assert offline == [(d["post_id"], d["decision"], d["scores"], d["reasons"]) for d in worker]
