#!/usr/bin/env python3
"""Runs flash-linear-attention's own GatedDeltaProductForCausalLM (Triton kernels: needs a GPU) on
folders made by scripts/torch_reference.py and compares its logits with deltac's and the reference's.

  for v in nh1 nh3-gated-conv output-gate; do
    scripts/torch_reference.py --variant $v --out check/$v
    deltac forward check/$v/model --tokens check/$v/tokens.safetensors --out check/$v/deltac.safetensors
  done
  python3 scripts/fla_check.py check/*        # on a GPU machine with torch + flash-linear-attention

Per folder it prints fla's loading info (missing / unexpected / mismatched keys: all empty when
deltac's names and shapes are fla's) and max |difference| in float32 and bfloat16.
"""
import json, os, struct, sys, warnings
import numpy as np
import torch
from fla.models import GatedDeltaProductForCausalLM

warnings.filterwarnings("ignore")


def load(path, name):
    b = open(path, "rb").read()
    n = struct.unpack("<Q", b[:8])[0]
    h = json.loads(b[8:8 + n])[name]
    dtype = {"F32": np.float32, "F64": np.float64, "I64": np.int64}[h["dtype"]]
    s, e = h["data_offsets"]
    return np.frombuffer(b[8 + n + s:8 + n + e], dtype=dtype).reshape(h["shape"])


def check(d):
    model, info = GatedDeltaProductForCausalLM.from_pretrained(os.path.join(d, "model"), output_loading_info=True)
    print(d, "loading info", {k: sorted(x) for k, x in info.items()})
    ids = torch.from_numpy(load(os.path.join(d, "tokens.safetensors"), "input_ids").copy()).cuda()
    ref = load(os.path.join(d, "expected.safetensors"), "logits")
    ours = load(os.path.join(d, "deltac.safetensors"), "logits").astype(np.float64)
    for dtype in (torch.float32, torch.bfloat16):
        m = model.to(device="cuda", dtype=dtype).eval()
        with torch.no_grad():
            fla = m(input_ids=ids).logits.float().cpu().numpy().astype(np.float64)
        print(f"  {dtype}: max|fla - deltac| = {np.abs(fla - ours).max():.3e}, "
              f"max|fla - reference| = {np.abs(fla - ref).max():.3e}, "
              f"max|deltac - reference| = {np.abs(ours - ref).max():.3e}")


if __name__ == "__main__":
    print("torch", torch.__version__, torch.cuda.get_device_name(0))
    for d in sys.argv[1:]:
        check(d)
