#!/usr/bin/env python3
"""JAX peer of `deltac bench train`: the same GatedDeltaProductForCausalLM (reference sections 1-2) under
jax.jit, with optax.adamw. Variants: `jax-scan` (the recurrence of reference 1.2 as lax.scan over the
interleaved sub-steps tau = t n + j) and `jax-chunked` (the chunked WY form of reference 3.1/3.3,
chunk 64, lax.scan over chunks).

  python bench/peers/jax_peer.py JOB.json        (protocol: bench/peers/common.py)
  python bench/peers/jax_peer.py --selftest      (chunked vs scan, float64)
"""
import os
import sys

from common import main, no_decay, serve, timed


def build(jax, jnp):
    lax = jax.lax

    def rms_norm(x, w, eps):
        return x * lax.rsqrt(jnp.mean(x * x, -1, keepdims=True) + eps) * w

    def l2norm(x):
        return x / jnp.sqrt(jnp.sum(x * x, -1, keepdims=True) + 1e-6)

    def short_conv(u, w):
        """Depthwise causal conv + SiLU: u [B, T, C], w [C, 1, W]."""
        T, W = u.shape[1], w.shape[-1]
        up = jnp.pad(u, ((0, 0), (W - 1, 0), (0, 0)))
        y = sum(up[:, i:i + T] * w[:, 0, i] for i in range(W))
        return jax.nn.silu(y)

    def interleave(q, k, v, beta, g, scale):
        """The interleaved grid: [B, L, H, ...] with q only at j = n-1, the gate only at j = 0."""
        B, T, n, H, K = k.shape
        L = T * n
        qi = jnp.concatenate([jnp.zeros((B, T, n - 1, H, K), q.dtype), (q * scale)[:, :, None]], 2)
        gi = None if g is None else \
            jnp.concatenate([g[:, :, None], jnp.zeros((B, T, n - 1, H), g.dtype)], 2).reshape(B, L, H)
        return qi.reshape(B, L, H, K), k.reshape(B, L, H, K), v.reshape(B, L, H, -1), \
            beta.reshape(B, L, H), gi

    def scan(q, k, v, beta, g, scale, C=None):
        n = k.shape[2]
        qi, kk, vv, bb, gi = interleave(q, k, v, beta, g, scale)
        B, L, H, K = kk.shape
        V = vv.shape[-1]

        def body(S, x):
            qt, kt, vt, bt, at = x  # [B,H,K], [B,H,K], [B,H,V], [B,H], [B,H]
            S = S * at[..., None, None]
            Sk = jnp.einsum("bhkv,bhk->bhv", S, kt)
            S = S + bt[..., None, None] * kt[..., :, None] * (vt - Sk)[..., None, :]
            return S, jnp.einsum("bhkv,bhk->bhv", S, qt)

        alpha = jnp.ones((B, L, H), q.dtype) if gi is None else jnp.exp(gi)
        xs = tuple(jnp.moveaxis(x, 1, 0) for x in (qi, kk, vv, bb, alpha))
        _, o = lax.scan(body, jnp.zeros((B, H, K, V), q.dtype), xs)
        return jnp.moveaxis(o, 0, 1)[:, n - 1::n]

    def chunked(q, k, v, beta, g, scale, C):
        n = k.shape[2]
        qi, kk, vv, bb, gi = interleave(q, k, v, beta, g, scale)
        B, L, H, K = kk.shape
        V = vv.shape[-1]
        N = -(-L // C)
        pad = N * C - L

        def grid(x):  # [B, L, H, ...] -> [N, B, H, C, ...]
            x = jnp.moveaxis(x, 1, 2)
            x = jnp.pad(x, ((0, 0), (0, 0), (0, pad)) + ((0, 0),) * (x.ndim - 3))
            x = x.reshape(B, H, N, C, *x.shape[3:])
            return jnp.moveaxis(x, 2, 0)

        kk, vv, qq, bb = grid(kk), grid(vv), grid(qi), grid(bb)
        strict = jnp.tril(jnp.ones((C, C), bool), -1)
        causal = jnp.tril(jnp.ones((C, C), bool))
        kb = kk * bb[..., None]
        A = kb @ jnp.swapaxes(kk, -1, -2)
        qk = qq @ jnp.swapaxes(kk, -1, -2)
        G = jnp.zeros(bb.shape, q.dtype) if gi is None else jnp.cumsum(grid(gi), -1)
        diff = G[..., :, None] - G[..., None, :]
        A = jnp.where(strict, A * jnp.exp(jnp.where(strict, diff, 0)), 0)
        qk = jnp.where(causal, qk * jnp.exp(jnp.where(causal, diff, 0)), 0)
        eye = jnp.eye(C, dtype=q.dtype)
        Tm = jax.scipy.linalg.solve_triangular(
            eye + A, jnp.broadcast_to(eye, A.shape), lower=True, unit_diagonal=True)
        eG = jnp.exp(G)
        w = Tm @ (kb * eG[..., None])
        u = Tm @ (vv * bb[..., None])

        def body(S, x):
            w, u, qq, qk, kk, G, eG = x
            vnew = u - w @ S
            o = (qq * eG[..., None]) @ S + qk @ vnew
            last = G[..., -1]
            kd = kk * jnp.exp(last[..., None] - G)[..., None]
            S = S * jnp.exp(last)[..., None, None] + jnp.swapaxes(kd, -1, -2) @ vnew
            return S, o

        _, o = lax.scan(body, jnp.zeros((B, H, K, V), q.dtype), (w, u, qq, qk, kk, G, eG))
        o = jnp.moveaxis(o, 0, 2).reshape(B, H, N * C, V)[:, :, n - 1:L:n]
        return jnp.swapaxes(o, 1, 2)

    def mixer(c, P, a, x, chunk, recurrence):
        B, T, _ = x.shape
        H, K, n = c["num_heads"], c["head_dim"], c["num_householder"]
        V = int(K * c["expand_v"])
        q, k, v = x @ P[a + "q_proj.weight"].T, x @ P[a + "k_proj.weight"].T, x @ P[a + "v_proj.weight"].T
        b = x @ P[a + "b_proj.weight"].T
        if c["use_short_conv"]:
            q, k, v = (short_conv(t, P[a + s + "_conv1d.weight"]) for t, s in ((q, "q"), (k, "k"), (v, "v")))
        else:
            q, k, v = jax.nn.silu(q), jax.nn.silu(k), jax.nn.silu(v)
        q = l2norm(q.reshape(B, T, H, K))
        k = l2norm(k.reshape(B, T, n, H, K))
        v = v.reshape(B, T, n, H, V)
        beta = jax.nn.sigmoid(b).reshape(B, T, n, H) * (2.0 if c["allow_neg_eigval"] else 1.0)
        g = None
        if c["use_forget_gate"]:
            g = -jnp.exp(P[a + "A_log"]) * jax.nn.softplus(x @ P[a + "a_proj.weight"].T + P[a + "dt_bias"])
        o = recurrence(q, k, v, beta, g, K ** -0.5, chunk)
        y = rms_norm(o, P[a + "o_norm.weight"], c["norm_eps"])
        if c["use_output_gate"]:
            y = y * jax.nn.silu((x @ P[a + "g_proj.weight"].T).reshape(B, T, H, V))
        return y.reshape(B, T, H * V) @ P[a + "o_proj.weight"].T

    def logits(c, P, ids, chunk, recurrence):
        h = P["model.embeddings.weight"][ids]
        eps = c["norm_eps"]
        for i in range(c["num_hidden_layers"]):
            p = f"model.layers.{i}."
            h = h + mixer(c, P, p + "attn.", rms_norm(h, P[p + "attn_norm.weight"], eps), chunk, recurrence)
            m = rms_norm(h, P[p + "mlp_norm.weight"], eps)
            h = h + (jax.nn.silu(m @ P[p + "mlp.gate_proj.weight"].T) * (m @ P[p + "mlp.up_proj.weight"].T)) \
                @ P[p + "mlp.down_proj.weight"].T
        h = rms_norm(h, P["model.norm.weight"], eps)
        head = P["model.embeddings.weight"] if c["tie_word_embeddings"] else P["lm_head.weight"]
        return h @ head.T

    return logits, scan, chunked


def run(job, config, weights, batch):
    import time
    setup = time.perf_counter()
    import jax
    import jax.numpy as jnp
    import optax
    logits, scan, chunked = build(jax, jnp)
    recurrence = chunked if job["variant"] == "jax-chunked" else scan
    P = {name: jnp.asarray(w) for name, w in weights.items()}
    ids, labels = jnp.asarray(batch["input_ids"]), jnp.asarray(batch["labels"])
    chunk = job["chunk"]

    def loss_fn(P, ids, labels):
        z = logits(config, P, ids, chunk, recurrence)
        return optax.softmax_cross_entropy_with_integer_labels(z, labels).mean()

    a = job["adamw"]
    opt = optax.adamw(a["lr"], b1=a["beta1"], b2=a["beta2"], eps=a["eps"],
                      weight_decay=a["weight_decay"], mask={n: not no_decay(n) for n in P})
    state = opt.init(P)

    @jax.jit
    def train_step(P, state, ids, labels):
        loss, grads = jax.value_and_grad(loss_fn)(P, ids, labels)
        updates, state = opt.update(grads, state, P)
        return optax.apply_updates(P, updates), state, loss

    forward_fn = jax.jit(lambda P, x: logits(config, P, x, chunk, recurrence))
    loss0 = float(jax.jit(loss_fn)(P, ids, labels))
    current = [P, state]

    def step():
        def work():
            P, state, loss = train_step(current[0], current[1], ids, labels)
            loss.block_until_ready()
            current[0], current[1] = P, state
            return float(loss)
        return timed(work)

    def forward(length):
        x = jnp.zeros((1, length), jnp.int32)
        return timed(lambda: forward_fn(current[0], x).block_until_ready())[0]

    params = sum(int(w.size) for w in P.values())
    serve(job["variant"], jax.__version__, params, loss0, time.perf_counter() - setup, step, forward)


def selftest():
    import jax
    jax.config.update("jax_enable_x64", True)
    import jax.numpy as jnp
    _, scan, chunked = build(jax, jnp)
    key = jax.random.PRNGKey(0)
    for gated in (False, True):
        for T, n, C in ((13, 2, 8), (16, 3, 4), (5, 1, 64)):
            B, H, K, V = 2, 3, 4, 5
            ks = jax.random.split(key, 6)
            key = ks[0]
            nrm = lambda x: x / jnp.linalg.norm(x, axis=-1, keepdims=True)
            q = nrm(jax.random.normal(ks[1], (B, T, H, K), jnp.float64))
            k = nrm(jax.random.normal(ks[2], (B, T, n, H, K), jnp.float64))
            v = jax.random.normal(ks[3], (B, T, n, H, V), jnp.float64)
            beta = 2 * jax.nn.sigmoid(jax.random.normal(ks[4], (B, T, n, H), jnp.float64))
            g = -jax.random.uniform(ks[5], (B, T, H), jnp.float64) if gated else None
            err = float(jnp.abs(chunked(q, k, v, beta, g, K ** -0.5, C) - scan(q, k, v, beta, g, K ** -0.5)).max())
            print(f"gated={gated} T={T} n={n} C={C}: max |chunked - scan| = {err:.2e}")
            assert err < 1e-10, err
    print("ok")


if __name__ == "__main__":
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    if sys.argv[1:] == ["--selftest"]:
        selftest()
    else:
        main(run)
