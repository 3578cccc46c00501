"""What every peer shares: the job file deltac writes, safetensors reading, and the line protocol.

deltac (`deltac bench train`) starts one peer process per framework variant:

    python bench/peers/torch_peer.py JOB.json      (or jax_peer.py)

JOB.json: {"variant": ..., "model": DIR (an fla model folder: config.json + model.safetensors, deltac's
initial parameters), "batch": FILE (safetensors: input_ids, labels, I32 [B, T]), "threads": 2,
"chunk": 64, "adamw": {"lr", "beta1", "beta2", "eps", "weight_decay"}, "forward_lengths": [4096]}.

The peer answers on stdout, one JSON object per line:
  {"ready": true, "peer": "torch-eager", "version": "2.15.0", "params": N, "loss": L0, "setup_s": s}
      after loading, where L0 is the loss at the initial parameters on the batch (deltac compares it);
  {"skip": "why"}                      when its framework is not installed (then it exits 0);
  {"error": "what"}                    when it fails (then it exits 1).
Then for each line on stdin: "step" -> {"ms": t, "loss": l} (one training step: forward, backward,
AdamW); "forward T" -> {"ms": t} (a forward pass of batch 1 at length T, no gradient); "quit" -> exits.
Times are wall-clock milliseconds measured inside the peer around the work (results ready).
"""
import json
import math
import struct
import sys
import time


def read_safetensors(path):
    """name -> numpy array (F32, F64, I32, I64)."""
    import numpy as np
    dtypes = {"F32": np.float32, "F64": np.float64, "I32": np.int32, "I64": np.int64}
    with open(path, "rb") as f:
        data = f.read()
    n = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8:8 + n])
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        a, b = e["data_offsets"]
        arr = np.frombuffer(data[8 + n + a:8 + n + b], dtype=dtypes[e["dtype"]])
        out[name] = arr.reshape(e["shape"]).copy()
    return out


def load_job(path):
    with open(path) as f:
        job = json.load(f)
    with open(job["model"] + "/config.json") as f:
        config = json.load(f)
    if config.get("intermediate_size") is None:
        D, r = config["hidden_size"], config.get("hidden_ratio", 4)
        config["intermediate_size"] = 256 * math.ceil(int(D * r * 2 / 3) / 256)
    weights = read_safetensors(job["model"] + "/model.safetensors")
    batch = read_safetensors(job["batch"])
    return job, config, weights, batch


def say(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def no_decay(name):
    """AdamW weight decay exclusions, as deltac's AdamW.decays (fla/flame convention)."""
    return name.endswith("norm.weight") or name.endswith(".bias") or name.endswith(".A_log") \
        or name.endswith(".dt_bias")


def serve(peer, version, params, loss0, setup_s, step, forward):
    """The command loop: `step` and `forward T` call the given functions, which return (ms, loss)."""
    say({"ready": True, "peer": peer, "version": version, "params": int(params), "loss": float(loss0),
         "setup_s": setup_s})
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            return
        try:
            if words[0] == "step":
                ms, loss = step()
                say({"ms": ms, "loss": float(loss)})
            elif words[0] == "forward":
                say({"ms": forward(int(words[1]))})
            else:
                say({"error": f"unknown command {words[0]!r}"})
        except Exception as e:  # report, keep serving: deltac decides
            say({"error": f"{type(e).__name__}: {e}"})


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return (time.perf_counter() - start) * 1e3, out


def main(run):
    """Runs `run(job, config, weights, batch)`; a missing framework is a skip, anything else an error."""
    try:
        job, config, weights, batch = load_job(sys.argv[1])
        run(job, config, weights, batch)
    except ModuleNotFoundError as e:
        say({"skip": f"{e.name} is not installed in {sys.executable} (scripts/install-peers.sh)"})
    except Exception as e:
        say({"error": f"{type(e).__name__}: {e}"})
        sys.exit(1)
