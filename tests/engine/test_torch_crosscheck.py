"""Cross-check forward and backward against torch.nn.functional (optional test extra)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from convviz import engine as E
from convviz.engine import reference as ref
from tests.conftest import reference_library

torch = reference_library("torch")
F = torch.nn.functional

TORCH_PAD_MODE = {"zeros": "constant", "reflect": "reflect", "replicate": "replicate", "circular": "circular"}


def T(a, grad=False):
    t = torch.from_numpy(np.ascontiguousarray(a, dtype=np.float64))
    return t.requires_grad_(grad)


def close(got, want, tol=1e-9):
    want = want.detach().numpy() if hasattr(want, "detach") else want
    assert np.shape(got) == want.shape
    scale = max(1.0, float(np.max(np.abs(want))) if want.size else 1.0)
    np.testing.assert_allclose(got, want, rtol=0, atol=tol * scale)


CONV_CASES = [
    dict(),
    dict(stride=2, padding=1),
    dict(stride=(2, 1), padding=(0, 2), dilation=(1, 2)),
    dict(padding=((0, 2), (1, 0)), stride=2),
    dict(padding=((2, 1), (1, 2)), padding_mode="reflect"),
    dict(padding=((1, 1), (2, 0)), padding_mode="replicate", dilation=2),
    dict(padding=((2, 0), (0, 1)), padding_mode="circular", stride=(1, 2)),
    dict(padding=1, padding_mode="reflect", groups=2),
    dict(padding=1, groups=4, stride=2),
    dict(padding="same"),
    dict(padding="same", dilation=(2, 1), padding_mode="replicate"),
    dict(padding=2, flip=True, stride=2, groups=2),
]


def torch_conv(xt, wt, bt, stride=1, padding=0, dilation=1, groups=1, padding_mode="zeros", flip=False):
    if flip:
        wt = torch.flip(wt, dims=(2, 3))
    kh, kw = wt.shape[2:]
    (t, b), (l, r) = ref.resolve_padding(padding, xt.shape[2:], (kh, kw), stride, dilation)
    xp = F.pad(xt, (l, r, t, b), mode=TORCH_PAD_MODE[padding_mode])
    return F.conv2d(xp, wt, bt, stride=stride, dilation=dilation, groups=groups)


@pytest.mark.parametrize("case", CONV_CASES, ids=str)
@pytest.mark.parametrize("k", [(3, 3), (2, 3)])
def test_conv2d_forward_backward(case, k):
    rng = np.random.default_rng(0)
    g = case.get("groups", 1)
    x = rng.standard_normal((2, 4, 7, 8))
    w = rng.standard_normal((4, 4 // g, *k))
    b = rng.standard_normal(4)
    xt, wt, bt = T(x, True), T(w, True), T(b, True)
    out = torch_conv(xt, wt, bt, **case)
    close(E.conv2d(x, w, b, **case), out)
    G = rng.standard_normal(tuple(out.shape))
    (out * T(G)).sum().backward()
    gx, gw, gb = E.conv2d_backward(G, x, w, b, **case)
    close(gx, xt.grad)
    close(gw, wt.grad)
    close(gb, bt.grad)


@pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel")
@pytest.mark.parametrize("k", [(3, 3), (4, 2), (2, 5)])
def test_conv2d_same_matches_torch_same(k):
    rng = np.random.default_rng(1)
    x, w = rng.standard_normal((1, 2, 6, 7)), rng.standard_normal((3, 2, *k))
    close(E.conv2d(x, w, padding="same"), F.conv2d(T(x), T(w), padding="same"))


def test_conv2d_float32_matches_torch_float32():
    rng = np.random.default_rng(2)
    x = rng.standard_normal((2, 3, 9, 9)).astype(np.float32)
    w = rng.standard_normal((5, 3, 3, 3)).astype(np.float32)
    got = E.conv2d(x, w, stride=2, padding=1)
    assert got.dtype == np.float32
    want = F.conv2d(torch.from_numpy(x), torch.from_numpy(w), stride=2, padding=1).numpy()
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)


TRANSPOSE_CASES = [
    dict(),
    dict(stride=2),
    dict(stride=2, padding=1, output_padding=1),
    dict(stride=(3, 2), padding=(1, 0), output_padding=(1, 1)),
    dict(groups=2, stride=2, dilation=2, output_padding=1),
    dict(dilation=(2, 3), padding=(2, 1)),
]


@pytest.mark.parametrize("case", TRANSPOSE_CASES, ids=str)
def test_conv_transpose2d_forward_backward(case):
    rng = np.random.default_rng(3)
    g = case.get("groups", 1)
    x, w, b = rng.standard_normal((2, 4, 4, 5)), rng.standard_normal((4, 6 // g, 3, 2)), rng.standard_normal(6)
    xt, wt, bt = T(x, True), T(w, True), T(b, True)
    out = F.conv_transpose2d(xt, wt, bt, **case)
    close(E.conv_transpose2d(x, w, b, **case), out)
    G = rng.standard_normal(tuple(out.shape))
    (out * T(G)).sum().backward()
    gx, gw, gb = E.conv_transpose2d_backward(G, x, w, b, **case)
    close(gx, xt.grad)
    close(gw, wt.grad)
    close(gb, bt.grad)


MAXPOOL_CASES = [
    dict(kernel_size=2),
    dict(kernel_size=3, stride=2, padding=1),
    dict(kernel_size=(3, 2), stride=(1, 2), padding=(1, 0), dilation=(2, 1)),
    dict(kernel_size=3, stride=2, ceil_mode=True),
    dict(kernel_size=2, stride=3, padding=1, ceil_mode=True),
    dict(kernel_size=3, stride=2, padding=1, dilation=2, ceil_mode=True),
]


@pytest.mark.parametrize("case", MAXPOOL_CASES, ids=str)
@pytest.mark.parametrize("ties", [False, True])
def test_max_pool2d_forward_backward(case, ties):
    rng = np.random.default_rng(4)
    x = rng.integers(0, 3, (2, 2, 9, 8)).astype(np.float64) if ties else rng.standard_normal((2, 2, 9, 8))
    xt = T(x, True)
    out = F.max_pool2d(xt, **case)
    close(E.max_pool2d(x, **case), out)
    G = rng.standard_normal(tuple(out.shape))
    (out * T(G)).sum().backward()
    close(E.max_pool2d_backward(G, x, **case), xt.grad)


@pytest.mark.parametrize("case", [c for c in MAXPOOL_CASES if "dilation" not in c], ids=str)
@pytest.mark.parametrize("count_include_pad", [True, False])
def test_avg_pool2d_forward_backward(case, count_include_pad):
    rng = np.random.default_rng(5)
    x = rng.standard_normal((2, 2, 9, 8))
    kw = dict(case, count_include_pad=count_include_pad)
    xt = T(x, True)
    out = F.avg_pool2d(xt, **kw)
    close(E.avg_pool2d(x, **kw), out)
    G = rng.standard_normal(tuple(out.shape))
    (out * T(G)).sum().backward()
    close(E.avg_pool2d_backward(G, x, **kw), xt.grad)


@pytest.mark.parametrize("kind", ["avg", "max"])
def test_global_pools(kind):
    rng = np.random.default_rng(6)
    x = rng.standard_normal((2, 3, 5, 4))
    xt = T(x, True)
    out = (F.adaptive_avg_pool2d if kind == "avg" else F.adaptive_max_pool2d)(xt, 1)
    close(getattr(E, f"global_{kind}_pool2d")(x), out)
    G = rng.standard_normal((2, 3, 1, 1))
    (out * T(G)).sum().backward()
    close(getattr(E, f"global_{kind}_pool2d_backward")(G, x), xt.grad)


@pytest.mark.parametrize(
    "name,tfn", [("relu", F.relu), ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("leaky_relu", F.leaky_relu)]
)
def test_activations(name, tfn):
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 3, 4, 5)) * 3
    xt = T(x, True)
    out = tfn(xt)
    close(getattr(E, name)(x), out)
    G = rng.standard_normal(x.shape)
    (out * T(G)).sum().backward()
    close(getattr(E, f"{name}_backward")(G, x), xt.grad)


def test_leaky_relu_custom_slope():
    x = np.random.default_rng(8).standard_normal((3, 6))
    close(E.leaky_relu(x, negative_slope=0.3), F.leaky_relu(T(x), 0.3))


def test_linear_and_flatten():
    rng = np.random.default_rng(9)
    x, w, b = rng.standard_normal((2, 3, 2, 2)), rng.standard_normal((5, 12)), rng.standard_normal(5)
    xt, wt, bt = T(x, True), T(w, True), T(b, True)
    out = F.linear(torch.flatten(xt, 1), wt, bt)
    flat = E.flatten(x)
    close(E.linear(flat, w, b), out)
    G = rng.standard_normal((2, 5))
    (out * T(G)).sum().backward()
    gflat, gw, gb = E.linear_backward(G, flat, w)
    close(E.flatten_backward(gflat, x.shape), xt.grad)
    close(gw, wt.grad)
    close(gb, bt.grad)


def test_reference_agrees_with_torch():
    """Guards the oracle itself: the loop references match torch on a mixed configuration."""
    rng = np.random.default_rng(10)
    x, w = rng.standard_normal((1, 4, 7, 6)), rng.standard_normal((2, 2, 3, 2))
    close(
        ref.conv2d(x, w, stride=(2, 1), padding=((1, 2), (0, 1)), dilation=(1, 2), groups=2, padding_mode="reflect"),
        torch_conv(
            T(x), T(w), None, stride=(2, 1), padding=((1, 2), (0, 1)), dilation=(1, 2), groups=2, padding_mode="reflect"
        ),
    )
    wt = rng.standard_normal((4, 1, 3, 2))
    close(
        ref.conv_transpose2d(x, wt, stride=2, padding=1, output_padding=1, groups=2, dilation=1),
        F.conv_transpose2d(T(x), T(wt), stride=2, padding=1, output_padding=1, groups=2),
    )
    close(ref.max_pool2d(x, 3, 2, 1, 1, True), F.max_pool2d(T(x), 3, 2, 1, 1, True))
    close(ref.avg_pool2d(x, 3, 2, 1, True, False), F.avg_pool2d(T(x), 3, 2, 1, True, False))


def test_reference_backward_agrees_with_torch():
    """Guards the backward oracles: the loop references' gradients match torch's autograd."""
    rng = np.random.default_rng(11)
    x, w, b = rng.standard_normal((1, 4, 7, 6)), rng.standard_normal((2, 2, 3, 2)), rng.standard_normal(2)
    kw = dict(stride=(2, 1), padding=((1, 2), (0, 1)), dilation=(1, 2), groups=2, padding_mode="reflect")
    xt, wt, bt = T(x, True), T(w, True), T(b, True)
    y = torch_conv(xt, wt, bt, **kw)
    G = rng.standard_normal(tuple(y.shape))
    (y * T(G)).sum().backward()
    for got, want in zip(ref.conv2d_backward(G, x, w, b, **kw), (xt.grad, wt.grad, bt.grad), strict=True):
        close(got, want)
    w_t = rng.standard_normal((4, 1, 3, 2))
    tkw = dict(stride=2, padding=1, output_padding=1, groups=2, dilation=(1, 2))
    xt, wtt = T(x, True), T(w_t, True)
    y = F.conv_transpose2d(xt, wtt, **tkw)
    G = rng.standard_normal(tuple(y.shape))
    (y * T(G)).sum().backward()
    rx, rw, _ = ref.conv_transpose2d_backward(G, x, w_t, **tkw)
    close(rx, xt.grad)
    close(rw, wtt.grad)
    for fn, args, torch_fn in (
        (ref.max_pool2d_backward, (3, 2, 1, 1, True), lambda a: F.max_pool2d(a, 3, 2, 1, 1, True)),
        (ref.avg_pool2d_backward, (3, 2, 1, True, False), lambda a: F.avg_pool2d(a, 3, 2, 1, True, False)),
    ):
        xt = T(x, True)
        y = torch_fn(xt)
        G = rng.standard_normal(tuple(y.shape))
        (y * T(G)).sum().backward()
        close(fn(G, x, *args), xt.grad)


@st.composite
def conv_cfg(draw):
    g = draw(st.sampled_from([1, 2]))
    C, O = g * draw(st.integers(1, 2)), g * draw(st.integers(1, 2))
    k = (draw(st.integers(1, 4)), draw(st.integers(1, 4)))
    s, d = (draw(st.integers(1, 3)), draw(st.integers(1, 3))), (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    H, W = d[0] * (k[0] - 1) + draw(st.integers(2, 7)), d[1] * (k[1] - 1) + draw(st.integers(2, 7))
    mode = draw(st.sampled_from(sorted(TORCH_PAD_MODE)))
    pads = tuple(tuple(draw(st.integers(0, 2)) for _ in range(2)) for _ in range(2))
    padding = draw(st.sampled_from([pads, "same", pads[0][0]]))
    (t, b), (l, r) = ref.resolve_padding(padding, (H, W), k, s, d)
    if mode in ("reflect", "circular") and (max(t, b) >= H or max(l, r) >= W):
        mode = "replicate"  # torch (and the contract, for reflect) reject padding as wide as the input
    return dict(
        C=C,
        O=O,
        k=k,
        H=H,
        W=W,
        kw=dict(stride=s, dilation=d, groups=g, padding=padding, padding_mode=mode, flip=draw(st.booleans())),
    )


@settings(max_examples=40, deadline=None)
@given(conv_cfg(), st.integers(0, 2**31))
def test_property_conv2d_forward_backward(cfg, seed):
    rng = np.random.default_rng(seed)
    kw = cfg["kw"]
    x = rng.standard_normal((2, cfg["C"], cfg["H"], cfg["W"]))
    w = rng.standard_normal((cfg["O"], cfg["C"] // kw["groups"], *cfg["k"]))
    b = rng.standard_normal(cfg["O"])
    xt, wt, bt = T(x, True), T(w, True), T(b, True)
    out = torch_conv(xt, wt, bt, **kw)
    close(E.conv2d(x, w, b, **kw), out)
    G = rng.standard_normal(tuple(out.shape))
    (out * T(G)).sum().backward()
    gx, gw, gb = E.conv2d_backward(G, x, w, b, **kw)
    close(gx, xt.grad)
    close(gw, wt.grad)
    close(gb, bt.grad)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 4),
    st.integers(1, 4),
    st.integers(1, 3),
    st.integers(1, 3),
    st.integers(1, 2),
    st.booleans(),
    st.booleans(),
    st.integers(0, 2**31),
    st.data(),
)
def test_property_pools_forward_backward(kh, kw_, sh, sw, dil, ceil_mode, ties, seed, data):
    ph, pw = data.draw(st.integers(0, kh // 2)), data.draw(st.integers(0, kw_ // 2))
    rng = np.random.default_rng(seed)
    shape = (1, 2, dil * (kh - 1) + data.draw(st.integers(1, 7)), dil * (kw_ - 1) + data.draw(st.integers(1, 7)))
    x = rng.integers(0, 3, shape).astype(float) if ties else rng.standard_normal(shape)
    kw = dict(kernel_size=(kh, kw_), stride=(sh, sw), padding=(ph, pw), ceil_mode=ceil_mode)
    for fn, efn, bfn, extra in [
        (F.max_pool2d, E.max_pool2d, E.max_pool2d_backward, dict(dilation=dil)),
        (F.avg_pool2d, E.avg_pool2d, E.avg_pool2d_backward, dict(count_include_pad=data.draw(st.booleans()))),
    ]:
        if fn is F.avg_pool2d and (shape[2] + 2 * ph < kh or shape[3] + 2 * pw < kw_):
            continue
        xt = T(x, True)
        out = fn(xt, **kw, **extra)
        close(efn(x, **kw, **extra), out)
        G = rng.standard_normal(tuple(out.shape))
        (out * T(G)).sum().backward()
        close(bfn(G, x, **kw, **extra), xt.grad)


@pytest.mark.parametrize("shape,k,s,p", [((2, 11), (3, 5), 3, 0), ((5, 7), 4, 3, 1), ((1, 9), (2, 4), (2, 3), (1, 2))])
def test_ceil_mode_keeps_an_overhanging_window_like_torch(shape, k, s, p):
    import convviz.engine as E

    x = np.random.default_rng(5).standard_normal((1, 2, *shape))
    xt = torch.tensor(x, requires_grad=True)
    yt = F.max_pool2d(xt, k, s, p, ceil_mode=True)
    at = F.avg_pool2d(torch.tensor(x), k, s, p, ceil_mode=True)
    yt.sum().backward()
    np.testing.assert_allclose(E.max_pool2d(x, k, s, p, ceil_mode=True), yt.detach().numpy())
    np.testing.assert_allclose(E.avg_pool2d(x, k, s, p, ceil_mode=True), at.numpy())
    np.testing.assert_allclose(E.max_pool2d_backward(np.ones(yt.shape), x, k, s, p, ceil_mode=True), xt.grad.numpy())
