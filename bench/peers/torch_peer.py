#!/usr/bin/env python3
"""PyTorch peer of `deltac bench train`: the same GatedDeltaProductForCausalLM (reference sections 1-2),
with a chunked recurrence (reference 3.1/3.3, WY form on the interleaved sequence, chunk 64) written in
plain tensor ops, and torch.optim.AdamW. Variants: `torch-eager`, and `torch-compile` (torch.compile
of the loss, forward and backward through AOTAutograd/Inductor on CPU).

  python bench/peers/torch_peer.py JOB.json        (protocol: bench/peers/common.py)
  python bench/peers/torch_peer.py --selftest      (chunked vs the per-token recurrence, float64)
"""
import math
import sys

from common import main, no_decay, serve, timed


def build(torch, F):
    """The model functions, given the torch modules (imported late so a missing torch is a skip)."""

    def rms_norm(x, w, eps):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * w

    def l2norm(x):
        return x / torch.sqrt((x * x).sum(-1, keepdim=True) + 1e-6)

    def short_conv(u, w):
        T, C, W = u.shape[1], u.shape[2], w.shape[-1]
        y = F.conv1d(u.transpose(1, 2), w, padding=W - 1, groups=C)[..., :T]
        return F.silu(y.transpose(1, 2))

    def chunked(q, k, v, beta, g, scale, C):
        """o [B,T,H,V] for q [B,T,H,K], k [B,T,n,H,K], v [B,T,n,H,V], beta [B,T,n,H], g [B,T,H] | None.
        Runs the (gated) delta rule on the interleaved sequence tau = t n + j (length L = T n), with
        the query only at j = n-1 and the gate only at j = 0, in chunks of C sub-steps."""
        B, T, n, H, K = k.shape
        V, L = v.shape[-1], T * n
        N = -(-L // C)
        pad = N * C - L
        z = q.new_zeros(B, T, n - 1, H, K)
        qi = torch.cat([z, (q * scale)[:, :, None]], 2).reshape(B, L, H, K)
        gi = None if g is None else torch.cat([g[:, :, None], g.new_zeros(B, T, n - 1, H)], 2)

        def grid(x):  # [B, L, H, ...] -> [B, H, N, C, ...]
            x = x.transpose(1, 2)
            if pad:
                x = F.pad(x, (0, 0) * (x.dim() - 3) + (0, pad))
            return x.reshape(x.shape[0], x.shape[1], N, C, *x.shape[3:])

        kk, vv = grid(k.reshape(B, L, H, K)), grid(v.reshape(B, L, H, V))
        qq, bb = grid(qi), grid(beta.reshape(B, L, H))
        strict = torch.ones(C, C, dtype=torch.bool, device=q.device).tril(-1)
        causal = torch.ones(C, C, dtype=torch.bool, device=q.device).tril()
        kb = kk * bb[..., None]
        A = kb @ kk.transpose(-1, -2)
        qk = qq @ kk.transpose(-1, -2)
        if gi is not None:
            G = grid(gi.reshape(B, L, H)).cumsum(-1)
            diff = G[..., :, None] - G[..., None, :]
            A = A * torch.exp(diff.masked_fill(~strict, 0))
            qk = qk * torch.exp(diff.masked_fill(~causal, 0))
            eG = torch.exp(G)
        A = A.masked_fill(~strict, 0)
        qk = qk.masked_fill(~causal, 0)
        eye = torch.eye(C, dtype=q.dtype, device=q.device)
        Tm = torch.linalg.solve_triangular(eye + A, eye.expand_as(A), upper=False, unitriangular=True)
        w = Tm @ (kb if gi is None else kb * eG[..., None])
        u = Tm @ (vv * bb[..., None])
        S = q.new_zeros(B, H, K, V)
        outs = []
        for c in range(N):
            vnew = u[:, :, c] - w[:, :, c] @ S
            qs = qq[:, :, c] if gi is None else qq[:, :, c] * eG[:, :, c, :, None]
            outs.append(qs @ S + qk[:, :, c] @ vnew)
            kc = kk[:, :, c]
            if gi is None:
                S = S + kc.transpose(-1, -2) @ vnew
            else:
                last = G[:, :, c, -1]
                kc = kc * torch.exp(last[..., None] - G[:, :, c])[..., None]
                S = S * torch.exp(last)[..., None, None] + kc.transpose(-1, -2) @ vnew
        o = torch.stack(outs, 2).reshape(B, H, N * C, V)[:, :, n - 1:L:n]
        return o.transpose(1, 2)

    def recurrent(q, k, v, beta, g, scale, C=None):
        """The per-token recurrence of reference 1.2 (self-test only)."""
        B, T, n, H, K = k.shape
        S = q.new_zeros(B, H, K, v.shape[-1])
        outs = []
        for t in range(T):
            if g is not None:
                S = S * torch.exp(g[:, t])[..., None, None]
            for j in range(n):
                kj, vj, bj = k[:, t, j], v[:, t, j], beta[:, t, j]
                Sk = torch.einsum("bhkv,bhk->bhv", S, kj)
                S = S + bj[..., None, None] * kj[..., :, None] * (vj - Sk)[..., None, :]
            outs.append(torch.einsum("bhkv,bhk->bhv", S, q[:, t]) * scale)
        return torch.stack(outs, 1)

    def mixer(c, P, a, x, chunk, scan):
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
        g = None
        if c["use_forget_gate"]:
            g = -torch.exp(P[a + "A_log"]) * F.softplus(x @ P[a + "a_proj.weight"].T + P[a + "dt_bias"])
        o = scan(q, k, v, beta, g, K ** -0.5, chunk)
        y = rms_norm(o, P[a + "o_norm.weight"], c["norm_eps"])
        if c["use_output_gate"]:
            y = y * F.silu((x @ P[a + "g_proj.weight"].T).view(B, T, H, V))
        return y.reshape(B, T, H * V) @ P[a + "o_proj.weight"].T

    def logits(c, P, ids, chunk, scan=chunked):
        h = P["model.embeddings.weight"][ids]
        eps = c["norm_eps"]
        for i in range(c["num_hidden_layers"]):
            p = f"model.layers.{i}."
            h = h + mixer(c, P, p + "attn.", rms_norm(h, P[p + "attn_norm.weight"], eps), chunk, scan)
            m = rms_norm(h, P[p + "mlp_norm.weight"], eps)
            h = h + (F.silu(m @ P[p + "mlp.gate_proj.weight"].T) * (m @ P[p + "mlp.up_proj.weight"].T)) \
                @ P[p + "mlp.down_proj.weight"].T
        h = rms_norm(h, P["model.norm.weight"], eps)
        head = P["model.embeddings.weight"] if c["tie_word_embeddings"] else P["lm_head.weight"]
        return h @ head.T

    return logits, chunked, recurrent


def run(job, config, weights, batch):
    import time
    setup = time.perf_counter()
    import torch
    import torch.nn.functional as F
    torch.set_num_threads(job["threads"])
    logits, _, _ = build(torch, F)
    P = {name: torch.nn.Parameter(torch.from_numpy(w)) for name, w in weights.items()}
    ids = torch.from_numpy(batch["input_ids"]).long()
    labels = torch.from_numpy(batch["labels"]).long()
    chunk, vocab = job["chunk"], config["vocab_size"]

    def loss_fn(P, ids, labels):
        return F.cross_entropy(logits(config, P, ids, chunk).reshape(-1, vocab), labels.reshape(-1))

    compiled = job["variant"] == "torch-compile"
    fn = torch.compile(loss_fn) if compiled else loss_fn
    a = job["adamw"]
    groups = [{"params": [p for n, p in P.items() if not no_decay(n)], "weight_decay": a["weight_decay"]},
              {"params": [p for n, p in P.items() if no_decay(n)], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(groups, lr=a["lr"], betas=(a["beta1"], a["beta2"]), eps=a["eps"])
    with torch.no_grad():
        loss0 = loss_fn(P, ids, labels).item()

    def step():
        def work():
            opt.zero_grad(set_to_none=True)
            loss = fn(P, ids, labels)
            loss.backward()
            opt.step()
            return loss.item()
        return timed(work)

    def forward(length):
        x = ids[:1, :1].repeat(1, length)
        with torch.no_grad():
            return timed(lambda: logits(config, P, x, chunk))[0]

    params = sum(p.numel() for p in P.values())
    serve(job["variant"], torch.__version__, params, loss0, time.perf_counter() - setup, step, forward)


def selftest():
    import torch
    import torch.nn.functional as F
    _, chunked, recurrent = build(torch, F)
    gen = torch.Generator().manual_seed(0)
    for gated in (False, True):
        for T, n, C in ((13, 2, 8), (16, 3, 4), (5, 1, 64)):
            B, H, K, V = 2, 3, 4, 5
            r = lambda *s: torch.randn(*s, generator=gen, dtype=torch.float64)
            nrm = lambda x: x / x.norm(dim=-1, keepdim=True)
            q, k, v = nrm(r(B, T, H, K)), nrm(r(B, T, n, H, K)), r(B, T, n, H, V)
            beta = 2 * torch.sigmoid(r(B, T, n, H))
            g = -torch.rand(B, T, H, generator=gen, dtype=torch.float64) if gated else None
            err = (chunked(q, k, v, beta, g, K ** -0.5, C) - recurrent(q, k, v, beta, g, K ** -0.5)).abs().max()
            print(f"gated={gated} T={T} n={n} C={C}: max |chunked - recurrent| = {err:.2e}")
            assert err < 1e-10, err
    print("ok")


if __name__ == "__main__":
    if sys.argv[1:] == ["--selftest"]:
        selftest()
    else:
        main(run)
