#!/usr/bin/env python3
"""A GatedDeltaProductForCausalLM in plain PyTorch (reference sections 1-2), with random weights, saved
in flash-linear-attention's layout, plus token ids and the logits it computes (float64).

  torch_reference.py --variant nh3-gated-conv --out DIR [--layout fused|per-step] [--seed 0]

writes DIR/model/config.json, DIR/model/model.safetensors (F32 parameters, fla names and shapes; the
older per-step layout with --layout per-step, whose config names the output gate `use_gate`),
DIR/tokens.safetensors (input_ids I64 [B, T]) and DIR/expected.safetensors (logits F64 [B, T, vocab]).
The optional interop test runs `deltac forward DIR/model` and compares. Needs torch (CPU is enough):
scripts/install-peers.sh. The safetensors files are written by hand (no safetensors package needed).
"""
import argparse, json, math, os, struct
import torch
import torch.nn.functional as F

VARIANTS = {
    # n_h 1 (DeltaNet), no short conv, no gates.
    "nh1": dict(num_householder=1, use_short_conv=False, use_forget_gate=False,
                use_output_gate=False, num_hidden_layers=1),
    # n_h 3, forget gate, short conv with width 4, two layers.
    "nh3-gated-conv": dict(num_householder=3, use_short_conv=True, use_forget_gate=True,
                           use_output_gate=False, num_hidden_layers=2),
    # n_h 2, output gate (g_proj + gated RMSNorm), forget gate, short conv, tied embeddings, Dv = 2 Dk.
    "output-gate": dict(num_householder=2, use_short_conv=True, use_forget_gate=True,
                        use_output_gate=True, num_hidden_layers=2, tie_word_embeddings=True,
                        expand_v=2.0),
}
BASE = dict(hidden_size=32, num_heads=2, head_dim=8, expand_v=1.0, allow_neg_eigval=True,
            conv_size=4, hidden_ratio=4, intermediate_size=None, norm_eps=1e-6, vocab_size=19,
            tie_word_embeddings=False, initializer_range=0.02)


def intermediate(c):
    if c["intermediate_size"] is not None:
        return c["intermediate_size"]
    return 256 * math.ceil(int(c["hidden_size"] * c["hidden_ratio"] * 2 / 3) / 256)


def param_shapes(c):
    """fla parameter names and shapes (fused layout), reference section 1.1."""
    D, H, K, n = c["hidden_size"], c["num_heads"], c["head_dim"], c["num_householder"]
    V, W, I = int(K * c["expand_v"]), c["conv_size"], intermediate(c)
    shapes = {"model.embeddings.weight": [c["vocab_size"], D]}
    for i in range(c["num_hidden_layers"]):
        p = f"model.layers.{i}."
        a = p + "attn."
        shapes.update({p + "attn_norm.weight": [D], a + "q_proj.weight": [H * K, D],
                       a + "k_proj.weight": [n * H * K, D], a + "v_proj.weight": [n * H * V, D],
                       a + "b_proj.weight": [n * H, D]})
        if c["use_forget_gate"]:
            shapes.update({a + "a_proj.weight": [H, D], a + "A_log": [H], a + "dt_bias": [H]})
        if c["use_short_conv"]:
            shapes.update({a + "q_conv1d.weight": [H * K, 1, W], a + "k_conv1d.weight": [n * H * K, 1, W],
                           a + "v_conv1d.weight": [n * H * V, 1, W]})
        if c["use_output_gate"]:
            shapes[a + "g_proj.weight"] = [H * V, D]
        shapes.update({a + "o_norm.weight": [V], a + "o_proj.weight": [D, H * V],
                       p + "mlp_norm.weight": [D], p + "mlp.gate_proj.weight": [I, D],
                       p + "mlp.up_proj.weight": [I, D], p + "mlp.down_proj.weight": [D, I]})
    shapes["model.norm.weight"] = [D]
    if not c["tie_word_embeddings"]:
        shapes["lm_head.weight"] = [c["vocab_size"], D]
    return shapes


def random_weights(c, gen):
    """Random F32 values: larger than fla's init so every path matters."""
    out = {}
    for name, shape in param_shapes(c).items():
        if name.endswith("A_log"):
            w = torch.log(torch.rand(shape, generator=gen) * 15 + 1)
        elif name.endswith("dt_bias"):
            dt = torch.exp(torch.rand(shape, generator=gen) * (math.log(0.1) - math.log(1e-3)) + math.log(1e-3))
            w = dt + torch.log(-torch.expm1(-dt))
        elif name.endswith("norm.weight"):
            w = 1 + 0.2 * torch.randn(shape, generator=gen)
        elif "conv1d" in name:
            w = 0.4 * torch.randn(shape, generator=gen)
        else:
            w = torch.randn(shape, generator=gen) / math.sqrt(shape[-1])
        out[name] = w.to(torch.float32)
    return out


def rms_norm(x, w, eps):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w


def l2norm(x):
    return x / torch.sqrt((x * x).sum(-1, keepdim=True) + 1e-6)


def short_conv(u, w):
    """Depthwise causal conv + SiLU, u [B, T, C], w [C, 1, W] (reference 1.2 step 2)."""
    T, C, W = u.shape[1], u.shape[2], w.shape[-1]
    y = F.conv1d(u.transpose(1, 2), w, padding=W - 1, groups=C)[..., :T]
    return F.silu(y.transpose(1, 2))


def mixer(c, P, a, x):
    B, T, _ = x.shape
    H, K, n = c["num_heads"], c["head_dim"], c["num_householder"]
    V = int(K * c["expand_v"])
    q, k, v = x @ P[a + "q_proj.weight"].T, x @ P[a + "k_proj.weight"].T, x @ P[a + "v_proj.weight"].T
    b = x @ P[a + "b_proj.weight"].T
    if c["use_short_conv"]:
        q, k, v = (short_conv(t, P[a + s + "_conv1d.weight"]) for t, s in ((q, "q"), (k, "k"), (v, "v")))
    else:
        q, k, v = F.silu(q), F.silu(k), F.silu(v)
    q = l2norm(q.view(B, T, H, K))
    k = l2norm(k.view(B, T, n, H, K))
    v = v.view(B, T, n, H, V)
    beta = torch.sigmoid(b).view(B, T, n, H) * (2.0 if c["allow_neg_eigval"] else 1.0)
    if c["use_forget_gate"]:
        g = -torch.exp(P[a + "A_log"]) * F.softplus(x @ P[a + "a_proj.weight"].T + P[a + "dt_bias"])
    S = x.new_zeros(B, H, K, V)
    outs = []
    for t in range(T):
        if c["use_forget_gate"]:
            S = S * torch.exp(g[:, t])[..., None, None]
        for j in range(n):
            kj, vj, bj = k[:, t, j], v[:, t, j], beta[:, t, j]
            Sk = torch.einsum("bhkv,bhk->bhv", S, kj)
            S = S + bj[..., None, None] * kj[..., :, None] * (vj - Sk)[..., None, :]
        outs.append(torch.einsum("bhkv,bhk->bhv", S, q[:, t]) * K ** -0.5)
    o = torch.stack(outs, 1)
    y = rms_norm(o, P[a + "o_norm.weight"], c["norm_eps"])
    if c["use_output_gate"]:
        y = y * F.silu((x @ P[a + "g_proj.weight"].T).view(B, T, H, V))
    return y.reshape(B, T, H * V) @ P[a + "o_proj.weight"].T


def forward(c, P, ids):
    h = P["model.embeddings.weight"][ids]
    eps = c["norm_eps"]
    for i in range(c["num_hidden_layers"]):
        p = f"model.layers.{i}."
        h = h + mixer(c, P, p + "attn.", rms_norm(h, P[p + "attn_norm.weight"], eps))
        m = rms_norm(h, P[p + "mlp_norm.weight"], eps)
        h = h + (F.silu(m @ P[p + "mlp.gate_proj.weight"].T) * (m @ P[p + "mlp.up_proj.weight"].T)) \
            @ P[p + "mlp.down_proj.weight"].T
    h = rms_norm(h, P["model.norm.weight"], eps)
    head = P["model.embeddings.weight"] if c["tie_word_embeddings"] else P["lm_head.weight"]
    return h @ head.T


PER_STEP = ("k_proj", "v_proj", "b_proj", "k_conv1d", "v_conv1d")


def per_step(P, n):
    """The paper-era layout: k_projs.{j}, ... (row blocks of the fused weights in step order)."""
    out = {}
    for name, w in P.items():
        module = next((m for m in PER_STEP if f".attn.{m}." in name), None)
        if module is None:
            out[name] = w
            continue
        for j, block in enumerate(torch.chunk(w, n, dim=0)):
            out[name.replace(f".attn.{module}.", f".attn.{module}s.{j}.")] = block.contiguous()
    return out


def save_safetensors(path, tensors, metadata=None):
    dtypes = {torch.float32: "F32", torch.float64: "F64", torch.int64: "I64"}
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name in sorted(tensors):
        t = tensors[name].contiguous()
        data = t.numpy().tobytes()
        header[name] = {"dtype": dtypes[t.dtype], "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", choices=sorted(VARIANTS), required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--layout", choices=["fused", "per-step"], default="fused")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=2)
    ap.add_argument("--length", type=int, default=13)
    args = ap.parse_args()
    c = dict(BASE, **VARIANTS[args.variant])
    gen = torch.Generator().manual_seed(args.seed)
    P32 = random_weights(c, gen)
    ids = torch.randint(0, c["vocab_size"], (args.batch, args.length), generator=gen)
    with torch.no_grad():
        logits = forward(c, {k: w.double() for k, w in P32.items()}, ids)
    os.makedirs(os.path.join(args.out, "model"), exist_ok=True)
    config = dict(c, model_type="gated_deltaproduct", architectures=["GatedDeltaProductForCausalLM"],
                  hidden_act="swish", attn=None)
    weights = P32
    if args.layout == "per-step":
        config["use_gate"] = config.pop("use_output_gate")
        weights = per_step(P32, c["num_householder"])
    with open(os.path.join(args.out, "model", "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    save_safetensors(os.path.join(args.out, "model", "model.safetensors"), weights, {"format": "pt"})
    save_safetensors(os.path.join(args.out, "tokens.safetensors"), {"input_ids": ids})
    save_safetensors(os.path.join(args.out, "expected.safetensors"), {"logits": logits})
    print(f"{args.variant}: {sum(w.numel() for w in P32.values())} parameters, logits {list(logits.shape)}")


if __name__ == "__main__":
    main()
