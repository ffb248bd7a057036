"""Fine-tune multilingual-e5-small (or its first layers) for French hate speech on the CPU.

The word embeddings and the layers below ``train_from`` stay frozen: their outputs are computed once for every text
and cached (float16), then the layers from ``train_from`` up and a linear head are trained on those cached states.
With ``train_from=0`` every transformer layer is fine-tuned and the cache holds only the embedding output. Rows can
carry weights (noisy labels weigh less). The checkpoint kept is the one with the best dev macro-F1 (dev is used only
to select, never to train).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch
from net import Encoder
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from torch.nn import functional as F  # noqa: N812


@dataclass(frozen=True, slots=True)
class Cached:
    hidden: list[np.ndarray]  # float16 [len, hidden] per text, output of the frozen layers
    pooled: np.ndarray  # float32 [n, hidden], the frozen model's mean-pooled embedding (baseline)


def log(msg: str) -> None:
    print(time.strftime("%H:%M:%S"), msg, flush=True)


def _pad(seqs: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), n), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), n), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    return ids, mask


def _stack(hidden: Sequence[np.ndarray]) -> tuple[torch.Tensor, torch.Tensor]:
    n = max(len(h) for h in hidden)
    x = torch.zeros((len(hidden), n, hidden[0].shape[1]), dtype=torch.float32)
    mask = torch.zeros((len(hidden), n), dtype=torch.long)
    for i, h in enumerate(hidden):
        x[i, : len(h)] = torch.from_numpy(h.astype(np.float32))
        mask[i, : len(h)] = 1
    return x, mask


@torch.no_grad()
def cache(model: Encoder, ids: Sequence[Sequence[int]], train_from: int, pad_id: int, batch: int = 64,
          pooled: bool = True) -> Cached:
    """Frozen-layer outputs per text; ``pooled`` also runs the whole frozen model for the logistic baseline."""
    model.eval()
    order = np.argsort([len(s) for s in ids])
    hidden: list[np.ndarray] = [np.empty(0)] * len(ids)
    pool = np.zeros((len(ids), model.eln.normalized_shape[0]), dtype=np.float32)
    for k, start in enumerate(range(0, len(order), batch)):
        idx = order[start : start + batch]
        tok, mask = _pad([ids[i] for i in idx], pad_id)
        x = model.run_layers(model.embed(tok), mask, 0, train_from)
        if pooled:
            top = model.run_layers(x, mask, train_from, None)
            m = mask.unsqueeze(-1).float()
            pool[idx] = ((top * m).sum(1) / m.sum(1)).numpy()
        for j, i in enumerate(idx):
            hidden[i] = x[j, : len(ids[i])].numpy().astype(np.float16)
        if k % 40 == 0:
            log(f"cache {start}/{len(ids)}")
    return Cached(hidden, pool)


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """(threshold, macro-F1) maximising macro-F1 over a grid."""
    grid = np.linspace(0.05, 0.95, 91)
    scores = [f1_score(y, p >= t, average="macro") for t in grid]
    i = int(np.argmax(scores))
    return float(grid[i]), float(scores[i])


def quality(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    t, f1 = best_threshold(y, p)
    return {"macro_f1": f1, "threshold": t, "roc_auc": float(roc_auc_score(y, p)),
            "macro_f1_at_0.5": float(f1_score(y, p >= 0.5, average="macro"))}


def baseline(train: Cached, y_train: np.ndarray, dev: Cached, y_dev: np.ndarray) -> dict[str, float]:
    """Logistic regression on the frozen model's pooled embeddings: the floor fine-tuning must beat."""
    clf = LogisticRegression(C=1.0, max_iter=2000)
    clf.fit(train.pooled, y_train)
    return quality(y_dev, clf.predict_proba(dev.pooled)[:, 1])


@torch.no_grad()
def predict_cached(model: Encoder, c: Cached, train_from: int, batch: int = 64) -> np.ndarray:
    model.eval()
    order = np.argsort([len(h) for h in c.hidden])
    out = np.zeros(len(c.hidden), dtype=np.float32)
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        x, mask = _stack([c.hidden[i] for i in idx])
        logits = model.pool_and_head(model.run_layers(x, mask, train_from, None), mask)
        out[idx] = torch.sigmoid(logits[:, 0]).numpy()
    return out


def _batches(lengths: np.ndarray, batch: int, rng: np.random.Generator) -> list[np.ndarray]:
    noisy = lengths + rng.uniform(0, 6, len(lengths))
    order = np.argsort(noisy)
    chunks = [order[i : i + batch] for i in range(0, len(order), batch)]
    rng.shuffle(chunks)  # type: ignore[arg-type]
    return chunks


def finetune(
    model: Encoder, train: Cached, y_train: np.ndarray, dev: Cached, y_dev: np.ndarray, *,
    train_from: int, epochs: int, lr: float, head_lr: float, batch: int, evals_per_epoch: int, seed: int,
    select: bool = True, weights: np.ndarray | None = None,
) -> tuple[dict[str, torch.Tensor], dict[str, float], list[dict[str, float]]]:
    """Fine-tune; return (state, its dev quality, history). ``select``: keep the checkpoint with the best dev
    macro-F1; otherwise the last one (dev is then only watched, as the cross-fitted teachers need). ``weights``:
    one per training row (default 1), the loss is their weighted mean over a batch."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    top = [p for layer in model.layers[train_from:] for p in layer.parameters()]
    assert model.head is not None
    opt = torch.optim.AdamW([{"params": top, "lr": lr}, {"params": model.head.parameters(), "lr": head_lr}],
                            weight_decay=0.01)
    lengths = np.array([len(h) for h in train.hidden])
    steps_per_epoch = -(-len(lengths) // batch)
    total = steps_per_epoch * epochs
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    eval_every = max(1, steps_per_epoch // evals_per_epoch)
    best: tuple[float, dict[str, torch.Tensor], dict[str, float]] = (-1.0, {}, {})
    history: list[dict[str, float]] = []
    step = 0
    yt = torch.from_numpy(y_train.astype(np.float32))
    wt = torch.from_numpy((np.ones(len(y_train)) if weights is None else weights).astype(np.float32))
    for _ in range(epochs):
        for idx in _batches(lengths, batch, rng):
            model.train()
            x, mask = _stack([train.hidden[i] for i in idx])
            logits = model.pool_and_head(model.run_layers(x, mask, train_from, None), mask)[:, 0]
            w = wt[idx]
            loss = (F.binary_cross_entropy_with_logits(logits, yt[idx], reduction="none") * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top, 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % eval_every == 0 or step == total:
                q = quality(y_dev, predict_cached(model, dev, train_from))
                q.update({"epoch": step / steps_per_epoch, "step": step, "loss": loss.item()})
                history.append(q)
                log(f"step {step}/{total} loss {loss.item():.3f} dev macro-F1 {q['macro_f1']:.4f} "
                    f"auc {q['roc_auc']:.4f} thr {q['threshold']:.2f}")
                if select and q["macro_f1"] > best[0]:
                    best = (q["macro_f1"], copy.deepcopy(model.state_dict()), q)
    if not select:
        return copy.deepcopy(model.state_dict()), history[-1], history
    return best[1], best[2], history
