"""Regenerate keda-scaledobject-v1alpha1.json, the JSON schema tests/ops validates deploy/k8s/scaledobject.yaml with.

Source: the pydantic models that cloudcoil-models-keda (PyPI, Apache-2.0) generates from KEDA's CRDs (Apache-2.0).
Run in a throwaway venv, not the project's:

    python -m venv /tmp/keda && /tmp/keda/bin/pip install cloudcoil-models-keda==2.16.1.0
    /tmp/keda/bin/python deploy/schemas/make_keda_schema.py > deploy/schemas/keda-scaledobject-v1alpha1.json

Post-processing: `additionalProperties: false` on every object that lists its properties (the API server rejects
unknown fields of a structural CRD schema, and `kubectl apply` validates strictly by default), optional fields
accept null as in the CRD, `status` (set by KEDA, never by us) is dropped, titles are removed.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from typing import Any


def tighten(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: tighten(v) for k, v in node.items() if k != "title"}
        if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [tighten(v) for v in node]
    return node


def main() -> int:
    from cloudcoil.models.keda.v1alpha1 import ScaledObject

    schema = ScaledObject.model_json_schema(by_alias=True)
    schema["properties"].pop("status", None)
    schema["$defs"] = {k: v for k, v in schema["$defs"].items() if k not in ("ScaledObjectStatus", "Condition", "Health")}
    schema["required"] = ["apiVersion", "kind", "metadata", "spec"]
    schema = tighten(schema)
    pkg = version("cloudcoil-models-keda")
    doc = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "vigie/deploy/schemas/keda-scaledobject-v1alpha1.json",
        "description": f"KEDA ScaledObject (keda.sh/v1alpha1), from cloudcoil-models-keda {pkg} (generated from KEDA's CRDs). "
        "Regenerate with deploy/schemas/make_keda_schema.py.",
        **schema,
    }
    json.dump(doc, sys.stdout, indent=1, sort_keys=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
