"""multilingual-e5-small as a torch module (BERT post-LN encoder, mean pooling, optional linear head).

Built from the dequantised ``E5S1`` weights (``e5file``) with a pruned vocabulary (``vocab``). The word embedding
table is stored as int8 with one float scale per row (the weights are 4-bit to begin with, so this loses nothing that
matters and keeps the bundle small); it is frozen during fine-tuning.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from e5file import E5File
from torch import nn
from torch.nn import functional as F  # noqa: N812


class RowInt8Embedding(nn.Module):
    """A frozen embedding table as int8 rows times a float32 scale per row (Gather, Cast, Mul in ONNX)."""

    def __init__(self, table: np.ndarray) -> None:
        super().__init__()
        scale = np.abs(table).max(axis=1, keepdims=True) / 127.0
        scale[scale == 0] = 1.0
        q = np.clip(np.rint(table / scale), -127, 127).astype(np.int8)
        self.register_buffer("q", torch.from_numpy(q))
        self.register_buffer("scale", torch.from_numpy(scale.astype(np.float32)))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.q[ids].to(torch.float32) * self.scale[ids]


class Layer(nn.Module):
    def __init__(self, hidden: int, heads: int, ff: int, eps: float, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.q, self.k, self.v, self.ao = (nn.Linear(hidden, hidden) for _ in range(4))
        self.aln = nn.LayerNorm(hidden, eps=eps)
        self.fi = nn.Linear(hidden, ff)
        self.fo = nn.Linear(ff, hidden)
        self.oln = nn.LayerNorm(hidden, eps=eps)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, n, h = x.shape
        hd = h // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, self.heads, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + bias, dim=-1)
        ctx = (self.drop(att) @ v).transpose(1, 2).reshape(b, n, h)
        x = self.aln(x + self.drop(self.ao(ctx)))
        return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))


class Encoder(nn.Module):
    """``forward(input_ids, attention_mask)`` -> logits ``[batch, n_labels]`` (or the pooled embedding if 0 labels)."""

    def __init__(self, f: E5File, kept: np.ndarray, n_labels: int, dropout: float = 0.1,
                 n_layers: int | None = None) -> None:
        """``n_layers``: keep only the first ``n_layers`` transformer layers (a shallower, faster student)."""
        super().__init__()
        c, t = f.config, f.tensors
        self.word = RowInt8Embedding(t["emb.word"][kept])
        self.pos = nn.Parameter(torch.from_numpy(t["emb.pos"].copy()), requires_grad=False)
        self.type0 = nn.Parameter(torch.from_numpy(t["emb.type"][0].copy()), requires_grad=False)
        self.eln = nn.LayerNorm(c.hidden, eps=c.eps)
        self.layers = nn.ModuleList(Layer(c.hidden, c.heads, c.ff, c.eps, dropout) for _ in range(n_layers or c.layers))
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(c.hidden, n_labels) if n_labels else None
        self._load(f)

    def _load(self, f: E5File) -> None:
        t = f.tensors
        sd: dict[str, torch.Tensor] = {"eln.weight": t["emb.ln.w"], "eln.bias": t["emb.ln.b"]}
        for i in range(len(self.layers)):
            for name in ("q", "k", "v", "ao", "fi", "fo"):
                sd[f"layers.{i}.{name}.weight"] = t[f"l{i}.{name}.w"]
                sd[f"layers.{i}.{name}.bias"] = t[f"l{i}.{name}.b"]
            for name in ("aln", "oln"):
                sd[f"layers.{i}.{name}.weight"] = t[f"l{i}.{name}.w"]
                sd[f"layers.{i}.{name}.bias"] = t[f"l{i}.{name}.b"]
        self.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in sd.items()}, strict=False)

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        n = ids.shape[1]
        return self.eln(self.word(ids) + self.pos[:n] + self.type0)

    @staticmethod
    def attention_bias(mask: torch.Tensor) -> torch.Tensor:
        return ((1.0 - mask.to(torch.float32)) * -1e9)[:, None, None, :]

    def run_layers(self, x: torch.Tensor, mask: torch.Tensor, start: int = 0, stop: int | None = None) -> torch.Tensor:
        bias = self.attention_bias(mask)
        for layer in self.layers[start:stop]:
            x = layer(x, bias)
        return x

    def pool_and_head(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.to(torch.float32).unsqueeze(-1)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return pooled if self.head is None else self.head(self.drop(pooled))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        x = self.run_layers(self.embed(input_ids), attention_mask)
        return self.pool_and_head(x, attention_mask)
