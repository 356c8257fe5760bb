"""Side-by-side costs of layer designs for the user's own numbers, all from engine summaries
of the equivalent layers: standard vs depthwise-separable, 1×1 bottleneck, stacked 3×3, and
an Inception block. Each comparison's first row is its baseline, the plain convolution the
design replaces (same output shape and receptive field); ratios are relative to it."""

from __future__ import annotations

from dataclasses import dataclass

from convviz import engine as E
from convviz.model.stack.branches import parallel_summary
from convviz.text import tr

Shape = tuple[int, ...]


@dataclass(frozen=True)
class CompareNumbers:
    in_channels: int = 192
    out_channels: int = 32
    size: int = 28  # height = width of the input maps
    kernel: int = 5
    bottleneck: int = 16
    bias: bool = False
    # Inception branches (GoogLeNet 3a): 1×1; 1×1 reduce → 3×3; 1×1 reduce → 5×5; 3×3 max pool → 1×1
    inc_1x1: int = 64
    inc_3x3_reduce: int = 96
    inc_3x3: int = 128
    inc_5x5_reduce: int = 16
    inc_5x5: int = 32
    inc_pool_proj: int = 32


@dataclass(frozen=True)
class Variant:
    label: str
    output_shape: Shape
    params: int
    mult_adds: int
    receptive_field: int = 0


@dataclass(frozen=True)
class Comparison:
    title: str
    note: str
    variants: list[Variant]  # the first is the baseline the others are measured against

    @property
    def baseline(self) -> Variant:
        return self.variants[0]

    def ratio(self, v: Variant) -> float | None:
        """v's multiply-adds ÷ the baseline's (None when the baseline has none)."""
        return v.mult_adds / self.baseline.mult_adds if self.baseline.mult_adds else None


def _variant(label: str, layers: list[E.Layer], shape: Shape) -> Variant:
    s = E.summary(layers, shape)
    rf = E.receptive_field(layers, shape)[-1].size[0]
    return Variant(label, s.rows[-1].output_shape, s.total_params, s.total_mult_adds, int(rf))


def _conv(cin: int, cout: int, k: int, n: CompareNumbers, groups: int = 1) -> E.Conv2d:
    return E.Conv2d(cin, cout, k, padding="same", groups=groups, bias=n.bias, seed=0)


def _plain(k: int, c: int, o: int) -> str:
    return tr("CompareDesigns", "Conv {k}×{k} {c}→{o}").format(k=k, c=c, o=o)


def separable(n: CompareNumbers) -> Comparison:
    shape, c, o, k = (n.in_channels, n.size, n.size), n.in_channels, n.out_channels, n.kernel
    return Comparison(
        tr("CompareDesigns", "Standard vs depthwise-separable {k}×{k}").format(k=k),
        tr("CompareDesigns", "Depthwise: one k×k filter per channel; pointwise 1×1 then mixes the channels."),
        [
            _variant(_plain(k, c, o), [_conv(c, o, k, n)], shape),
            _variant(
                tr("CompareDesigns", "Depthwise {k}×{k}, then pointwise 1×1 {c}→{o}").format(k=k, c=c, o=o),
                [_conv(c, c, k, n, groups=c), _conv(c, o, 1, n)],
                shape,
            ),
        ],
    )


def bottleneck(n: CompareNumbers) -> Comparison:
    shape, c, o, k, b = (n.in_channels, n.size, n.size), n.in_channels, n.out_channels, n.kernel, n.bottleneck
    return Comparison(
        tr("CompareDesigns", "{k}×{k} vs 1×1 bottleneck then {k}×{k}").format(k=k),
        tr(
            "CompareDesigns", "A 1×1 conv first shrinks {c} channels to {b}, so the {k}×{k} conv has far less to read."
        ).format(c=c, b=b, k=k),
        [
            _variant(_plain(k, c, o), [_conv(c, o, k, n)], shape),
            _variant(
                tr("CompareDesigns", "1×1 {c}→{b}, then {k}×{k} {b}→{o}").format(c=c, b=b, k=k, o=o),
                [_conv(c, b, 1, n), _conv(b, o, k, n)],
                shape,
            ),
        ],
    )


def stacked(n: CompareNumbers) -> Comparison:
    k = n.kernel if n.kernel >= 5 and n.kernel % 2 else 5
    depth = (k - 1) // 2  # each 3×3 adds 2 to the receptive field
    shape, c, o = (n.in_channels, n.size, n.size), n.in_channels, n.out_channels
    chain: list[E.Layer] = [_conv(c, o, 3, n), *(_conv(o, o, 3, n) for _ in range(depth - 1))]
    channels = f"{c}→{o}" + f"→{o}" * (depth - 1)
    return Comparison(
        tr("CompareDesigns", "One {k}×{k} vs {depth} stacked 3×3").format(k=k, depth=depth),
        tr("CompareDesigns", "Same receptive field, fewer weights (and room for a nonlinearity between them)."),
        [
            _variant(_plain(k, c, o), [_conv(c, o, k, n)], shape),
            _variant(
                tr("CompareDesigns", "{depth} stacked 3×3 convs {channels}").format(depth=depth, channels=channels),
                chain,
                shape,
            ),
        ],
    )


def inception_layers(n: CompareNumbers) -> list[list[E.Layer]]:
    c = n.in_channels
    return [
        [_conv(c, n.inc_1x1, 1, n)],
        [_conv(c, n.inc_3x3_reduce, 1, n), _conv(n.inc_3x3_reduce, n.inc_3x3, 3, n)],
        [_conv(c, n.inc_5x5_reduce, 1, n), _conv(n.inc_5x5_reduce, n.inc_5x5, 5, n)],
        [E.MaxPool2d(3, 1, 1), _conv(c, n.inc_pool_proj, 1, n)],
    ]


def inception(n: CompareNumbers) -> Comparison:
    """The block against the plain 5×5 convolution it replaces: the same input, the same output
    channels (the branches' together) and the same receptive field; then each branch's share."""
    shape, c = (n.in_channels, n.size, n.size), n.in_channels
    names = [
        tr("CompareDesigns", "branch 1: 1×1 {c}→{o}").format(c=c, o=n.inc_1x1),
        tr("CompareDesigns", "branch 2: 1×1 {c}→{r}, then 3×3 {r}→{o}").format(c=c, r=n.inc_3x3_reduce, o=n.inc_3x3),
        tr("CompareDesigns", "branch 3: 1×1 {c}→{r}, then 5×5 {r}→{o}").format(c=c, r=n.inc_5x5_reduce, o=n.inc_5x5),
        tr("CompareDesigns", "branch 4: 3×3 max pool, then 1×1 {c}→{o}").format(c=c, o=n.inc_pool_proj),
    ]
    branches = inception_layers(n)
    block = parallel_summary(branches, shape)
    out = block.output_shape[0]
    variants = [_variant(_plain(5, c, out), [_conv(c, out, 5, n)], shape)]
    parts = [_variant(name, b, shape) for name, b in zip(names, branches, strict=True)]
    variants.append(
        Variant(
            tr("CompareDesigns", "Inception block (4 branches concatenated)"),
            block.output_shape,
            block.total_params,
            block.total_mult_adds,
            max(v.receptive_field for v in parts),
        )
    )
    variants += parts
    return Comparison(
        tr("CompareDesigns", "Inception-style block vs one 5×5 conv"),
        tr(
            "CompareDesigns",
            "Four parallel branches on one input, their {out} output channels stacked; 1×1 convolutions "
            "shrink the channels before the 3×3 and 5×5. Against one 5×5 conv with the same {out} "
            "outputs and receptive field; each branch's ratio is its share of that.",
        ).format(out=out),
        variants,
    )


def all_comparisons(n: CompareNumbers) -> list[Comparison]:
    return [separable(n), bottleneck(n), stacked(n), inception(n)]
